// SPDX-License-Identifier: MIT
// `calfatlas-cli measure`, end to end through the built executable, with a history of its own.
#include "cliprocess.h"
#include "history/historystore.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject leg(const QJsonObject &json, const char *side)
{
    return json.value(QStringLiteral("legs")).toObject().value(QLatin1String(side)).toObject();
}

TEST(CliMeasure, HeelRaiseJsonFollowsTheRules)
{
    const CliRun run = runCli(
        args("measure heel-raise --left 22 --right 31 --sex male --previous-left 15 --previous-right 26 --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("test")).toString(), QStringLiteral("heel-raise"));
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("asymmetry_percent")).toDouble(), 29.0);
    EXPECT_FALSE(json.value(QStringLiteral("asymmetry_ok")).toBool(true));
    EXPECT_EQ(json.value(QStringLiteral("weaker")).toString(), QStringLiteral("left"));
    const QJsonObject left = leg(json, "left");
    EXPECT_EQ(left.value(QStringLiteral("value")).toDouble(), 22.0);
    EXPECT_EQ(left.value(QStringLiteral("reference_median")).toInt(), 24);
    EXPECT_EQ(left.value(QStringLiteral("benchmark")).toInt(), 30);
    EXPECT_FALSE(left.value(QStringLiteral("meets_benchmark")).toBool(true));
    EXPECT_EQ(left.value(QStringLiteral("change")).toObject().value(QStringLiteral("by")).toDouble(), 7.0);
    EXPECT_TRUE(left.value(QStringLiteral("change")).toObject().value(QStringLiteral("beyond_error")).toBool());
    const QJsonObject right = leg(json, "right");
    EXPECT_TRUE(right.value(QStringLiteral("meets_benchmark")).toBool());
    EXPECT_EQ(right.value(QStringLiteral("change")).toObject().value(QStringLiteral("by")).toDouble(), 5.0);
    EXPECT_FALSE(right.value(QStringLiteral("change")).toObject().value(QStringLiteral("beyond_error")).toBool(true));

    const CliRun noSex = runCli(args("measure heel-raise --left 20 --right 20 --json"));
    EXPECT_TRUE(leg(noSex.json(), "left").value(QStringLiteral("reference_median")).isNull());
    EXPECT_TRUE(noSex.json().value(QStringLiteral("weaker")).isNull());
    EXPECT_DOUBLE_EQ(noSex.json().value(QStringLiteral("asymmetry_percent")).toDouble(), 0.0);
    const CliRun zero = runCli(args("measure heel-raise --left 0 --right 0 --json"));
    EXPECT_TRUE(zero.json().value(QStringLiteral("asymmetry_percent")).isNull());
    EXPECT_TRUE(zero.json().value(QStringLiteral("asymmetry_ok")).isNull());
}

TEST(CliMeasure, KneeToWallInCentimetresOrInches)
{
    const CliRun run = runCli(args("measure knee-to-wall --left 8.5 --right 11 --previous-left 10.5 --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("difference_cm")).toDouble(), 2.5);
    EXPECT_TRUE(json.value(QStringLiteral("difference_meaningful")).toBool());
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("asymmetry_percent")).toDouble(), 22.7);
    EXPECT_EQ(json.value(QStringLiteral("weaker")).toString(), QStringLiteral("left"));
    EXPECT_FALSE(leg(json, "left").contains(QStringLiteral("benchmark")));
    EXPECT_EQ(leg(json, "left").value(QStringLiteral("change")).toObject().value(QStringLiteral("by")).toDouble(),
              -2.0);
    EXPECT_TRUE(
        leg(json, "left").value(QStringLiteral("change")).toObject().value(QStringLiteral("beyond_error")).toBool());

    const CliRun inches = runCli(args("measure knee-to-wall --left 4 --right 5 --inches --json"));
    ASSERT_EQ(inches.exitCode, 0) << inches.err.toStdString();
    EXPECT_DOUBLE_EQ(leg(inches.json(), "left").value(QStringLiteral("value")).toDouble(), 10.16) << "always cm";
    EXPECT_DOUBLE_EQ(inches.json().value(QStringLiteral("difference_cm")).toDouble(), 2.54);
}

TEST(CliMeasure, ReadableReportSaysBeyondOrWithinError)
{
    const CliRun run = runCli(args("measure heel-raise --left 25 --right 27 --previous-left 20 --sex female"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("within measurement error"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("reference median for women: 21")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Hébert-Losier 2017")));
    EXPECT_FALSE(run.out.trimmed().startsWith(QLatin1Char('{')));
}

TEST(CliMeasure, SaveKeepsBothLegsInTheHistory)
{
    QTemporaryDir home;
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const CliRun run = runCli(args("measure heel-raise --left 18 --right 26 --sex female --save --json"), extra);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("saved")).toBool());
    calfatlas::history::HistoryStore store(home.filePath(QStringLiteral("data/CalfAtlas/CalfAtlas")));
    const auto saved = store.measurements();
    ASSERT_EQ(saved.size(), 2u);
    EXPECT_EQ(saved[0].value, 18.0);
    EXPECT_EQ(saved[1].value, 26.0);
    EXPECT_EQ(saved[0].sex, calfatlas::measure::Sex::Female);
}

TEST(CliMeasure, ExportCarriesTheMeasurements)
{
    QTemporaryDir home;
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    ASSERT_EQ(runCli(args("measure knee-to-wall --left 8 --right 11 --save"), extra).exitCode, 0);
    ASSERT_EQ(runCli(args("measure knee-to-wall --left 10.5 --right 11 --save"), extra).exitCode, 0);
    const CliRun json = runCli(args("export --format json"), extra);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_EQ(json.json().value(QStringLiteral("measurements")).toArray().size(), 4);
    const QJsonArray changes = json.json().value(QStringLiteral("measurement_changes")).toArray();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_TRUE(changes[0].toObject().value(QStringLiteral("beyond_error")).toBool()) << "left 8 -> 10.5";
    EXPECT_FALSE(changes[1].toObject().value(QStringLiteral("beyond_error")).toBool(true)) << "right 11 -> 11";
    const CliRun csv = runCli(args("export --format csv --measurements"), extra);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("taken_at,test,leg,value"))) << csv.out.toStdString();
    EXPECT_EQ(csv.out.count(QStringLiteral("knee-to-wall")), 4);
    EXPECT_EQ(runCli(args("export --format json --measurements"), extra).exitCode, 2);
}

struct BadInput {
    const char *arguments;
    const char *mentions;
    const char *lists;
};

void PrintTo(const BadInput &bad, std::ostream *out)
{
    *out << bad.arguments;
}

class CliMeasureBadInput : public ::testing::TestWithParam<BadInput> {};

TEST_P(CliMeasureBadInput, ExitsTwoWithOneLineOnStderrAndNothingOnStdout)
{
    const BadInput &bad = GetParam();
    const CliRun run = runCli(args(bad.arguments));
    EXPECT_EQ(run.exitCode, 2) << bad.arguments;
    EXPECT_TRUE(run.out.isEmpty()) << bad.arguments << ": " << run.out.toStdString();
    ASSERT_EQ(run.errLines().size(), 1) << bad.arguments << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(bad.mentions))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(bad.lists))) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Every, CliMeasureBadInput,
    ::testing::Values(BadInput{"measure", "TEST", "heel-raise, knee-to-wall"},
                      BadInput{"measure squat --left 1 --right 2", "'squat'", "heel-raise, knee-to-wall"},
                      BadInput{"measure heel-raise --left 20", "--right", "0 to 200"},
                      BadInput{"measure heel-raise --right 20", "--left", "0 to 200"},
                      BadInput{"measure heel-raise --left 12.5 --right 3", "'12.5'", "whole number"},
                      BadInput{"measure heel-raise --left 201 --right 3", "'201'", "0 to 200"},
                      BadInput{"measure heel-raise --left -1 --right 3", "'-1'", "0 to 200"},
                      BadInput{"measure heel-raise --left ten --right 3", "'ten'", "0 to 200"},
                      BadInput{"measure heel-raise --left 10 --right 3 --previous-left 300", "'300'", "0 to 200"},
                      BadInput{"measure heel-raise --left 10 --right 3 --sex other", "'other'", "female, male"},
                      BadInput{"measure knee-to-wall --left 26 --right 3", "'26'", "0 to 25"},
                      BadInput{"measure knee-to-wall --left 11 --right 3 --inches", "'11'", "inches"},
                      BadInput{"measure knee-to-wall --left 10 --right 3 --sex male", "--sex", "heel-raise"},
                      BadInput{"measure heel-raise --left 10 --right 3 --inches", "--inches", "knee-to-wall"},
                      BadInput{"measure heel-raise --left 10 --right 3 --verbose", "'--verbose'", "--left"},
                      BadInput{"measure heel-raise knee-to-wall --left 10 --right 3", "'knee-to-wall'", "--left"}),
    [](const ::testing::TestParamInfo<BadInput> &info) {
        return calfatlas::test::caseNameFrom(info.index, info.param.arguments);
    });

TEST(CliMeasure, HelpListsEveryOption)
{
    const CliRun run = runCli(args("measure --help"));
    EXPECT_EQ(run.exitCode, 0);
    for (const char *option :
         {"--left", "--right", "--previous-left", "--previous-right", "--sex", "--inches", "--json", "--save"})
        EXPECT_TRUE(run.out.contains(QString::fromLatin1(option))) << option;
    EXPECT_TRUE(runCli(args("--help")).out.contains(QStringLiteral("measure")));
}

} // namespace
