// SPDX-License-Identifier: MIT
// `calfatlas-cli assess`, end to end through the built executable.
#include "cliprocess.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList adviceIds(const QJsonObject &json)
{
    QStringList ids;
    for (const QJsonValue advice : json.value(QStringLiteral("advice")).toArray())
        ids.append(advice.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

TEST(CliAssess, JsonForEachVerdict)
{
    struct Case {
        const char *arguments;
        const char *verdict;
        const char *confidence; // nullptr for null
    } cases[] = {
        {"assess --bench none --wall none --json", "neither", nullptr},
        {"assess --bench moderate --wall none --json", "soleus", "likely"},
        {"assess --bench mild --wall none --json", "soleus", "possible"},
        {"assess --bench none --wall strong --json", "gastrocnemius", "likely"},
        {"assess --bench mild --wall strong --json", "both", "possible"},
        {"assess --bench strong --wall strong --json", "soleus", "possible"},
        {"assess --bench mild --wall none --strike midfoot --json", "soleus", "possible"}, // strike is context only
        {"assess --red-flag sudden-pop --json", "seek-care", nullptr},
        {"assess --where achilles --json", "elsewhere", nullptr},
        {"assess --where heel --bench strong --wall none --json", "elsewhere", nullptr},
        {"assess --where upper-calf --bench strong --wall none --json", "soleus", "possible"},
        {"assess --where lower-calf --bench strong --wall none --json", "soleus", "likely"},
        {"assess --where lower-calf --bench none --wall moderate --json", "gastrocnemius", "possible"},
        {"assess --where whole-calf --bench none --wall moderate --json", "gastrocnemius", "likely"},
        {"assess --red-flag bone-pain --where inner-shin --json", "seek-care", nullptr},
    };
    for (const Case &c : cases) {
        const CliRun run = runCli(args(c.arguments));
        ASSERT_EQ(run.exitCode, 0) << c.arguments << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << c.arguments;
        const QJsonObject json = run.json();
        EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(), QString::fromLatin1(c.verdict)) << c.arguments;
        if (c.confidence) {
            EXPECT_EQ(json.value(QStringLiteral("confidence")).toString(), QString::fromLatin1(c.confidence))
                << c.arguments;
        } else {
            EXPECT_TRUE(json.value(QStringLiteral("confidence")).isNull()) << c.arguments;
        }
    }
}

TEST(CliAssess, JsonHasTheDocumentedShape)
{
    const CliRun run = runCli(args("assess --bench moderate --wall none --side left --runner --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    for (const char *key :
         {"verdict", "confidence", "urgency", "side", "where", "red_flags", "explanation", "advice", "knee_to_wall"})
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    EXPECT_TRUE(json.value(QStringLiteral("where")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("side")).toString(), QStringLiteral("left"));
    EXPECT_TRUE(json.value(QStringLiteral("red_flags")).isArray());
    EXPECT_TRUE(json.value(QStringLiteral("red_flags")).toArray().isEmpty());
    EXPECT_FALSE(json.value(QStringLiteral("explanation")).toString().isEmpty());
    EXPECT_EQ(adviceIds(json),
              (QStringList{QStringLiteral("bent-knee-theraband"), QStringLiteral("seated-calf-raise"),
                           QStringLiteral("pain-guided-activity"), QStringLiteral("incremental-volume")}));
    for (const QJsonValue advice : json.value(QStringLiteral("advice")).toArray()) {
        const QJsonObject item = advice.toObject();
        EXPECT_EQ(item.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("title")}));
        EXPECT_FALSE(item.value(QStringLiteral("title")).toString().isEmpty());
        EXPECT_FALSE(item.value(QStringLiteral("text")).toString().isEmpty());
    }
}

TEST(CliAssess, RedFlagsNeedNoTestsAndGiveOneAdvice)
{
    const CliRun run = runCli(args("assess --red-flag numbness --red-flag heel-gap --bench mild --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("seek-care"));
    EXPECT_EQ(json.value(QStringLiteral("red_flags")).toArray(),
              (QJsonArray{QStringLiteral("heel-gap"), QStringLiteral("numbness")}));
    EXPECT_EQ(adviceIds(json), QStringList{QStringLiteral("see-clinician")});
}

TEST(CliAssess, VolumeIncreaseAddsAdviceThatWarnsAboveTenPercent)
{
    const CliRun run = runCli(args("assess --bench none --wall mild --volume-increase 25 --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray advice = run.json().value(QStringLiteral("advice")).toArray();
    ASSERT_EQ(advice.size(), 3);
    EXPECT_EQ(advice.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("incremental-volume"));
    EXPECT_TRUE(advice.at(2).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("25 %")));
}

// The JSON says how urgent a warning sign is: the most urgent of those given, or null without one.
TEST(CliAssess, JsonCarriesTheUrgency)
{
    const struct {
        const char *arguments;
        const char *urgency; // nullptr for null
    } cases[] = {
        {"assess --red-flag numbness --json", "soon"},
        {"assess --red-flag numbness --red-flag fever-redness --json", "same-day"},
        {"assess --red-flag numbness --red-flag cold-pale-foot --red-flag heel-gap --json", "emergency"},
        {"assess --red-flag both-legs-saddle --json", "emergency"},
        {"assess --clot-risk --rest-pain --json", "same-day"},
        {"assess --bench mild --wall none --clot-risk --json", nullptr},
        {"assess --bench mild --wall none --json", nullptr},
    };
    for (const auto &c : cases) {
        const CliRun run = runCli(args(c.arguments));
        ASSERT_EQ(run.exitCode, 0) << c.arguments << run.err.toStdString();
        const QJsonValue urgency = run.json().value(QStringLiteral("urgency"));
        if (c.urgency)
            EXPECT_EQ(urgency.toString(), QString::fromLatin1(c.urgency)) << c.arguments;
        else
            EXPECT_TRUE(urgency.isNull()) << c.arguments;
    }
}

// Where it hurts, end to end: each area is carried into the JSON, and outside the calf muscles the tests
// may be left out and the advice is to have it examined while pain guides activity.
TEST(CliAssess, WhereItHurts)
{
    for (const char *area :
         {"upper-calf", "lower-calf", "whole-calf", "achilles", "heel", "behind-knee", "inner-shin", "outer-leg"}) {
        const bool calf = QByteArray(area).endsWith("calf");
        const QString line =
            QStringLiteral("assess --where %1 %2 --json")
                .arg(QString::fromLatin1(area), calf ? QStringLiteral("--bench mild --wall none") : QString());
        const CliRun run = runCli(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        ASSERT_EQ(run.exitCode, 0) << area << run.err.toStdString();
        const QJsonObject json = run.json();
        EXPECT_EQ(json.value(QStringLiteral("where")).toString(), QString::fromLatin1(area));
        EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(),
                  calf ? QStringLiteral("soleus") : QStringLiteral("elsewhere"));
        if (!calf) {
            const bool tendon = QByteArray(area) == "achilles" || QByteArray(area) == "heel";
            EXPECT_EQ(adviceIds(json),
                      tendon ? (QStringList{QStringLiteral("see-clinician"), QStringLiteral("pain-guided-activity")})
                             : QStringList{QStringLiteral("see-clinician")})
                << area;
            EXPECT_TRUE(json.value(QStringLiteral("urgency")).isNull());
        }
    }
    // The derived clot-signs is listed among the red flags.
    const CliRun clot = runCli(args("assess --clot-risk --rest-pain --where behind-knee --json"));
    ASSERT_EQ(clot.exitCode, 0) << clot.err.toStdString();
    EXPECT_EQ(clot.json().value(QStringLiteral("red_flags")).toArray(), QJsonArray{QStringLiteral("clot-signs")});
    EXPECT_EQ(clot.json().value(QStringLiteral("where")).toString(), QStringLiteral("behind-knee"));
}

TEST(CliAssess, KneeToWallObject)
{
    const CliRun run =
        runCli(args("assess --bench mild --wall none --knee-to-wall-cm 8.5 --other-leg-knee-to-wall-cm 10.5 --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject measure = run.json().value(QStringLiteral("knee_to_wall")).toObject();
    EXPECT_EQ(measure.value(QStringLiteral("cm")).toDouble(), 8.5);
    EXPECT_EQ(measure.value(QStringLiteral("band")).toString(), QStringLiteral("reduced"));
    EXPECT_EQ(measure.value(QStringLiteral("other_leg_cm")).toDouble(), 10.5);
    EXPECT_EQ(measure.value(QStringLiteral("difference_cm")).toDouble(), 2.0);
    EXPECT_EQ(measure.value(QStringLiteral("difference_meaningful")).toBool(false), true);
    EXPECT_EQ(run.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("soleus"));

    const CliRun single = runCli(args("assess --bench mild --wall none --knee-to-wall-cm 12 --json"));
    const QJsonObject alone = single.json().value(QStringLiteral("knee_to_wall")).toObject();
    EXPECT_EQ(alone.value(QStringLiteral("band")).toString(), QStringLiteral("typical"));
    EXPECT_TRUE(alone.value(QStringLiteral("other_leg_cm")).isNull());
    EXPECT_TRUE(alone.value(QStringLiteral("difference_meaningful")).isNull());
}

TEST(CliAssess, ReadableReportWithoutJson)
{
    const CliRun run = runCli(args("assess --bench none --wall moderate --side right"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Points to your gastrocnemius"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("right leg")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Straight-knee calf raises")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Sources:")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("not a diagnosis")));
    EXPECT_FALSE(run.out.trimmed().startsWith(QLatin1Char('{')));
}

struct BadInput {
    const char *arguments;
    const char *mentions; // the bad value or option named in the message
    const char *lists;    // one of the valid values listed
};

void PrintTo(const BadInput &bad, std::ostream *out)
{
    *out << bad.arguments;
}

class CliAssessBadInput : public ::testing::TestWithParam<BadInput> {};

TEST_P(CliAssessBadInput, ExitsTwoWithOneLineOnStderrAndNothingOnStdout)
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
    Every, CliAssessBadInput,
    ::testing::Values(
        BadInput{"assess --bench severe --wall none", "'severe'", "none, mild, moderate, strong"},
        BadInput{"assess --bench none --wall Mild", "'Mild'", "moderate"},
        BadInput{"assess --wall none", "--bench", "none, mild, moderate, strong"},
        BadInput{"assess --bench none", "--wall", "none, mild, moderate, strong"},
        BadInput{"assess", "--bench", "strong"}, BadInput{"assess --bench", "--bench", "none, mild, moderate, strong"},
        BadInput{"assess --bench mild --wall none --side middle", "'middle'", "left, right"},
        BadInput{"assess --bench mild --wall none --strike toe", "'toe'", "rearfoot, midfoot, forefoot, unknown"},
        BadInput{"assess --red-flag broken", "'broken'", "sudden-pop"},
        BadInput{"assess --red-flag shin", "'shin'", "bone-pain"},
        BadInput{"assess --where elbow", "'elbow'", "upper-calf, lower-calf, whole-calf, achilles"},
        BadInput{"assess --where", "--where", "inner-shin"},
        BadInput{"assess --where upper-calf", "--bench", "none, mild, moderate, strong"},
        BadInput{"assess --where lower-calf --bench mild", "--wall", "none, mild, moderate, strong"},
        BadInput{"assess --rest-pain", "--bench", "none, mild, moderate, strong"},
        BadInput{"assess --bench mild --wall none --volume-increase -5", "'-5'", "0 or more"},
        BadInput{"assess --bench mild --wall none --volume-increase lots", "'lots'", "0 or more"},
        BadInput{"assess --bench mild --wall none --volume-increase nan", "'nan'", "0 or more"},
        BadInput{"assess --bench mild --wall none --volume-increase inf", "'inf'", "0 or more"},
        BadInput{"assess --bench mild --wall none --knee-to-wall-cm 26", "'26'", "0 to 25"},
        BadInput{"assess --bench mild --wall none --knee-to-wall-cm -1", "'-1'", "0 to 25"},
        BadInput{"assess --bench mild --wall none --knee-to-wall-cm ten", "'ten'", "0 to 25"},
        BadInput{"assess --bench mild --wall none --other-leg-knee-to-wall-cm 30 --knee-to-wall-cm 5", "'30'",
                 "0 to 25"},
        BadInput{"assess --bench mild --wall none --other-leg-knee-to-wall-cm 12", "--knee-to-wall-cm", "0 to 25"},
        BadInput{"assess --bench mild --wall none --verbose", "'--verbose'", "--bench"},
        BadInput{"assess --bench mild --wall none -x", "'-x'", "--wall"},
        BadInput{"assess --bench mild --wall none leftover", "'leftover'", "--json"}),
    [](const ::testing::TestParamInfo<BadInput> &info) {
        return calfatlas::test::caseNameFrom(info.index, info.param.arguments);
    });

TEST(CliAssess, HelpListsEveryOption)
{
    const CliRun run = runCli(args("assess --help"));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: calfatlas-cli assess")));
    for (const char *option :
         {"--bench", "--wall", "--side", "--red-flag", "--where", "--clot-risk", "--rest-pain", "--sudden-onset",
          "--runner", "--strike", "--converting-to-midfoot", "--volume-increase", "--painful-plantarflexion",
          "--knee-to-wall-cm", "--other-leg-knee-to-wall-cm", "--json"})
        EXPECT_TRUE(run.out.contains(QString::fromLatin1(option))) << option;
    EXPECT_EQ(runCli(args("help assess")).out, run.out);
}

} // namespace
