// SPDX-License-Identifier: MIT
// `calfatlas-cli quiz`: quiz sheets for teachers, end to end through the built executable.
#include "cliprocess.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

QJsonArray sheet(const QString &seed, const QString &count)
{
    const CliRun run = runCli({QStringLiteral("quiz"), QStringLiteral("--seed"), seed, QStringLiteral("--count"), count,
                               QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QStringList knownIds()
{
    return runCli({QStringLiteral("list")}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

TEST(CliQuiz, JsonSheetHasTheAskedShape)
{
    const QJsonArray questions = sheet(QStringLiteral("7"), QStringLiteral("12"));
    ASSERT_EQ(questions.size(), 12);
    const QStringList ids = knownIds();
    for (const QJsonValue value : questions) {
        const QJsonObject q = value.toObject();
        EXPECT_EQ(q.keys(), (QStringList{QStringLiteral("answer"), QStringLiteral("choices"), QStringLiteral("id"),
                                         QStringLiteral("kind"), QStringLiteral("prompt"), QStringLiteral("sources"),
                                         QStringLiteral("structure")}));
        EXPECT_EQ(q.value(QStringLiteral("id")).toString(), q.value(QStringLiteral("kind")).toString() +
                                                                QLatin1Char(':') +
                                                                q.value(QStringLiteral("structure")).toString());
        const QJsonArray choices = q.value(QStringLiteral("choices")).toArray();
        EXPECT_GE(choices.size(), 2);
        EXPECT_TRUE(choices.contains(q.value(QStringLiteral("answer"))));
        EXPECT_TRUE(ids.contains(q.value(QStringLiteral("structure")).toString()));
        EXPECT_FALSE(q.value(QStringLiteral("sources")).toArray().isEmpty());
        EXPECT_NE(q.value(QStringLiteral("kind")).toString(), QStringLiteral("click"));
    }
}

TEST(CliQuiz, SameSeedSameSheetOtherSeedOtherSheet)
{
    const QJsonArray first = sheet(QStringLiteral("2026"), QStringLiteral("8"));
    EXPECT_EQ(first, sheet(QStringLiteral("2026"), QStringLiteral("8")));
    EXPECT_NE(first, sheet(QStringLiteral("2027"), QStringLiteral("8")));
    // The plain sheet is the same for the same seed too, with the answers at the end.
    const QStringList args{QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("3"),
                           QStringLiteral("--count"), QStringLiteral("5")};
    const CliRun text = runCli(args);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.out, runCli(args).out);
    EXPECT_TRUE(text.out.contains(QStringLiteral("\nAnswers\n")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("   a) ")));
}

TEST(CliQuiz, CountBeyondTheDataSaysSoAndExitsTwo)
{
    const CliRun run = runCli({QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("1"),
                               QStringLiteral("--count"), QStringLiteral("100000")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("at most"))) << run.err.toStdString();
    // The largest sheet the data allows is accepted.
    const QString most = run.err.section(QStringLiteral("at most "), 1).section(QLatin1Char(' '), 0, 0);
    EXPECT_EQ(sheet(QStringLiteral("1"), most).size(), most.toInt());
}

TEST(CliQuiz, BadSeedOrCountExitsTwoWithOneLine)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("quiz")},
          QStringList{QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("x")},
          QStringList{QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("-1")},
          QStringList{QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("4294967296")},
          QStringList{QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--count"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("quiz"), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--count"),
                      QStringLiteral("2.5")}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.errLines().size(), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
}

} // namespace
