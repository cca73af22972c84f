// SPDX-License-Identifier: MIT
// `calfatlas-cli study schedule`, end to end through the built executable, against sequences of the
// reference scheduler's fixture (tests/data/fsrs-reference.json).
#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

#include <ostream>

#include <cmath>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject referenceSequence(const QString &name)
{
    QFile file(calfatlas::test::dataFile(QStringLiteral("fsrs-reference.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const auto &sequence :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sequences")).toArray())
        if (sequence.toObject().value(QStringLiteral("name")).toString() == name)
            return sequence.toObject();
    return {};
}

// Runs the reference sequence through the CLI and compares every review's result.
void expectScheduledAsTheReference(const QString &name)
{
    const QJsonArray expected = referenceSequence(name).value(QStringLiteral("reviews")).toArray();
    ASSERT_FALSE(expected.isEmpty()) << name.toStdString();
    QStringList arguments{QStringLiteral("study"), QStringLiteral("schedule"), QStringLiteral("--json")};
    for (const auto &review : expected)
        arguments << QStringLiteral("--review")
                  << QStringLiteral("%1:%2")
                         .arg(review.toObject().value(QStringLiteral("rating")).toString())
                         .arg(review.toObject().value(QStringLiteral("elapsed_days")).toInt());
    const CliRun run = runCli(arguments);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QJsonArray reviews = run.json().value(QStringLiteral("reviews")).toArray();
    ASSERT_EQ(reviews.size(), expected.size());
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const QJsonObject got = reviews.at(i).toObject();
        const QJsonObject want = expected.at(i).toObject();
        const std::string where = QStringLiteral("%1, review %2").arg(name).arg(i + 1).toStdString();
        EXPECT_EQ(got.keys(), want.keys()) << where;
        EXPECT_EQ(got.value(QStringLiteral("rating")), want.value(QStringLiteral("rating"))) << where;
        EXPECT_EQ(got.value(QStringLiteral("elapsed_days")).toInt(), want.value(QStringLiteral("elapsed_days")).toInt())
            << where;
        for (const char *key : {"stability", "difficulty"}) {
            const double wanted = want.value(QLatin1String(key)).toDouble();
            EXPECT_LE(std::abs(got.value(QLatin1String(key)).toDouble() - wanted), 1e-6 * wanted) << where << key;
        }
        EXPECT_EQ(got.value(QStringLiteral("interval_days")).toInt(),
                  want.value(QStringLiteral("interval_days")).toInt())
            << where;
    }
}

TEST(CliStudy, ScheduleMatchesTheReferenceWithLapses)
{
    expectScheduledAsTheReference(QStringLiteral("a lapse on time, then relearning"));
    expectScheduledAsTheReference(QStringLiteral("late reviews and a late lapse"));
}

TEST(CliStudy, ScheduleMatchesTheReferenceWithEveryRatingAndEarlyReviews)
{
    expectScheduledAsTheReference(QStringLiteral("every rating in turn"));
    expectScheduledAsTheReference(QStringLiteral("early and same-day reviews"));
}

TEST(CliStudy, ReadableScheduleHasARowPerReview)
{
    const CliRun run = runCli(args("study schedule --review good:0 --review good:3 --review again:20"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("FSRS-6")));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines.at(lines.size() - 3).contains(QStringLiteral("2.31")))
        << lines.at(lines.size() - 3).toStdString();
    EXPECT_TRUE(lines.at(lines.size() - 3).trimmed().endsWith(QStringLiteral("3 days")));
    EXPECT_TRUE(lines.at(lines.size() - 2).trimmed().endsWith(QStringLiteral("14 days")));
    EXPECT_TRUE(lines.last().contains(QStringLiteral("again")));
}

TEST(CliStudy, HelpSaysWhatAReviewIs)
{
    const CliRun run = runCli(args("study --help"));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("RATING:DAYS")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("DAYS must be 0")));
}

struct BadInput {
    const char *arguments;
    const char *says;
};

// The case's command line, where a failure names its parameter.
void PrintTo(const BadInput &bad, std::ostream *out)
{
    *out << bad.arguments;
}

class CliStudyBadInput : public testing::TestWithParam<BadInput> {};

TEST_P(CliStudyBadInput, ExitsTwoWithOneLineAndNothingOnStdout)
{
    const CliRun run = runCli(args(GetParam().arguments));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("calfatlas-cli study: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String(GetParam().says))) << run.err.toStdString();
}

const BadInput kBadInputs[] = {
    {"study", "an ACTION is required; valid: schedule, due"},
    {"study learn", "unknown action 'learn'; valid: schedule, due"},
    {"study due --review good:0", "--review is for schedule only"},
    {"study due --date 2026-13-01", "invalid value '2026-13-01' for --date"},
    {"study schedule --review good:0 --date 2026-03-01", "--date is for due only"},
    {"study schedule", "--review is required"},
    {"study schedule --review great:0", "invalid value 'great:0' for --review"},
    {"study schedule --review Good:0", "invalid value 'Good:0'"},
    {"study schedule --review good:0 --review good:-1", "invalid value 'good:-1'"},
    {"study schedule --review good:0 --review good:2.5", "invalid value 'good:2.5'"},
    {"study schedule --review good:0 --review good:", "invalid value 'good:'"},
    {"study schedule --review good:0 --review good:1:2", "invalid value 'good:1:2'"},
    {"study schedule --review good:0 --review good:100001", "a whole number from 0 to 100000"},
    {"study schedule --review good", "invalid value 'good' for --review; valid: RATING:DAYS"},
    {"study schedule --review good3", "invalid value 'good3'"},
    {"study schedule --review good:3", "the first review is of a new card, so its DAYS must be 0"},
    {"study schedule --review", "--review needs a value"},
    {"study schedule --review good:0 --days 3", "unknown option '--days'"},
    {"study schedule extra --review good:0", "unexpected argument 'extra'"},
};

INSTANTIATE_TEST_SUITE_P(Cases, CliStudyBadInput, testing::ValuesIn(kBadInputs),
                         [](const testing::TestParamInfo<BadInput> &info) {
                             return calfatlas::test::caseNameFrom(info.index, info.param.arguments);
                         });

} // namespace
