// SPDX-License-Identifier: MIT
// `calfatlas-cli plan`, end to end through the built executable, with a history of its own: a plan walked
// from settle to full training through both gates, and every way a command is refused.
#include "cliprocess.h"

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

class CliPlan : public ::testing::Test {
protected:
    CliPlan() { m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data"))); }

    CliRun run(const QString &line) const { return runCli(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), m_env); }
    // Runs a command that must succeed and returns its JSON status.
    QJsonObject ok(const QString &line) const
    {
        const CliRun result = run(line + QStringLiteral(" --json"));
        EXPECT_EQ(result.exitCode, 0) << line.toStdString() << ": " << result.err.toStdString();
        return result.json();
    }
    // A good session today and a better morning tomorrow; returns the status after the morning.
    QJsonObject goodDay(int pain = 0)
    {
        ok(QStringLiteral("plan log --pain %1 --date %2").arg(pain).arg(day()));
        m_day = m_day.addDays(2); // a day off in between keeps the running rules
        return ok(QStringLiteral("plan morning --compared better --date %1").arg(day()));
    }
    QString day() const { return m_day.toString(Qt::ISODate); }

    void expectRefused(const QString &line) const
    {
        const CliRun result = run(line);
        EXPECT_EQ(result.exitCode, 2) << line.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << line.toStdString() << ": " << result.out.toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << line.toStdString() << ": " << result.err.toStdString();
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QDate m_day{2026, 3, 2};
};

QJsonObject gateOf(const QJsonObject &status)
{
    return status.value(QStringLiteral("gate")).toObject();
}

QJsonObject criterion(const QJsonObject &status, const char *id)
{
    for (const auto &value : gateOf(status).value(QStringLiteral("criteria")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String(id))
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_F(CliPlan, WalksFromSettleToFullTrainingThroughTheGates)
{
    QJsonObject status = ok(QStringLiteral("plan start --leg right --date %1").arg(day()));
    EXPECT_TRUE(status.value(QStringLiteral("active")).toBool());
    EXPECT_EQ(status.value(QStringLiteral("leg")).toString(), QStringLiteral("right"));
    EXPECT_EQ(status.value(QStringLiteral("phase")).toString(), QStringLiteral("settle"));
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 1);
    EXPECT_FALSE(status.value(QStringLiteral("paused")).toBool(true));
    EXPECT_TRUE(status.value(QStringLiteral("urgency")).isNull());
    EXPECT_FALSE(status.value(QStringLiteral("awaiting_morning")).toBool(true));
    EXPECT_EQ(status.value(QStringLiteral("next")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("walk-and-sit"));

    // Up through settle and strengthen: no gate before strengthen.
    for (int level = 2; level <= 6; ++level)
        status = goodDay();
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 6);
    EXPECT_EQ(status.value(QStringLiteral("phase")).toString(), QStringLiteral("strengthen"));

    // Held at the top of strengthen until the heel-raise test is good enough.
    status = goodDay();
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 6);
    EXPECT_EQ(gateOf(status).value(QStringLiteral("phase")).toString(), QStringLiteral("run-walk"));
    EXPECT_FALSE(gateOf(status).value(QStringLiteral("met")).toBool(true));
    EXPECT_TRUE(criterion(status, "heel-raise-count").value(QStringLiteral("value")).isNull());
    EXPECT_EQ(criterion(status, "heel-raise-count").value(QStringLiteral("needed")).toInt(), 25);

    // 24 raises on the plan's (right) leg: still held; the count is reported.
    ASSERT_EQ(run(QStringLiteral("measure heel-raise --left 26 --right 24 --save --date %1").arg(day())).exitCode, 0);
    status = goodDay();
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 6);
    EXPECT_EQ(criterion(status, "heel-raise-count").value(QStringLiteral("value")).toInt(), 24);
    EXPECT_FALSE(criterion(status, "heel-raise-count").value(QStringLiteral("met")).toBool(true));

    ASSERT_EQ(run(QStringLiteral("measure heel-raise --left 27 --right 26 --save --date %1").arg(day())).exitCode, 0);
    EXPECT_TRUE(gateOf(ok(QStringLiteral("plan status --date %1").arg(day()))).value(QStringLiteral("met")).toBool());
    status = goodDay();
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 7);
    EXPECT_EQ(status.value(QStringLiteral("phase")).toString(), QStringLiteral("run-walk"));

    // Running on two days in a row warns, and is still logged.
    QJsonObject logged = ok(QStringLiteral("plan log --pain 1 --date %1").arg(day()));
    m_day = m_day.addDays(1);
    logged = ok(QStringLiteral("plan log --pain 1 --date %1").arg(day()));
    const QJsonArray warnings = logged.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("no-consecutive-runs"));
    m_day = m_day.addDays(2);
    ok(QStringLiteral("plan morning --compared same --date %1").arg(day()));

    for (int level = 9; level <= 11; ++level)
        status = goodDay();
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 10);
    EXPECT_EQ(gateOf(status).value(QStringLiteral("phase")).toString(), QStringLiteral("full-training"));
    EXPECT_FALSE(criterion(status, "heel-raise-count").value(QStringLiteral("met")).toBool(true));

    // The expert criteria: 30 raises within 10 %, knee-to-wall within 10 %, a pain-free session.
    ASSERT_EQ(run(QStringLiteral("measure heel-raise --left 31 --right 30 --save --date %1").arg(day())).exitCode, 0);
    ASSERT_EQ(run(QStringLiteral("measure knee-to-wall --left 10 --right 9.5 --save --date %1").arg(day())).exitCode,
              0);
    status = goodDay(2);
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 10) << "pain 2 is not pain-free";
    EXPECT_EQ(criterion(status, "session-pain").value(QStringLiteral("value")).toInt(), 2);
    status = goodDay(0);
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 11);
    EXPECT_EQ(status.value(QStringLiteral("phase")).toString(), QStringLiteral("full-training"));
    EXPECT_TRUE(status.value(QStringLiteral("gate")).isNull());

    // Pain above 5 steps down at once, back across the gate.
    status = ok(QStringLiteral("plan log --pain 7 --date %1").arg(day()));
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 10);
    EXPECT_EQ(status.value(QStringLiteral("phase")).toString(), QStringLiteral("run-walk"));
}

TEST_F(CliPlan, AWarningSignPausesThePlanUntilResumed)
{
    ok(QStringLiteral("plan start --leg left --date %1").arg(day()));
    goodDay();
    QJsonObject status = ok(QStringLiteral("plan log --pain 2 --red-flag swelling-warmth --date %1").arg(day()));
    EXPECT_TRUE(status.value(QStringLiteral("paused")).toBool());
    EXPECT_EQ(status.value(QStringLiteral("urgency")).toString(), QStringLiteral("same-day"));
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 2);
    expectRefused(QStringLiteral("plan log --pain 1 --date %1").arg(day()));
    expectRefused(QStringLiteral("plan morning --compared better --date %1").arg(day()));
    const CliRun text = run(QStringLiteral("plan status"));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Paused"))) << text.out.toStdString();
    status = ok(QStringLiteral("plan resume --date %1").arg(m_day.addDays(3).toString(Qt::ISODate)));
    EXPECT_FALSE(status.value(QStringLiteral("paused")).toBool(true));
    EXPECT_TRUE(status.value(QStringLiteral("urgency")).isNull());
    EXPECT_EQ(status.value(QStringLiteral("level")).toInt(), 2);
    status = ok(QStringLiteral("plan log --pain 1 --red-flag breathless-chest-pain --date %1")
                    .arg(m_day.addDays(4).toString(Qt::ISODate)));
    EXPECT_EQ(status.value(QStringLiteral("urgency")).toString(), QStringLiteral("emergency"));
}

TEST_F(CliPlan, RefusesBadInputWithOneLineAndNothingOnStdout)
{
    expectRefused(QStringLiteral("plan log --pain 2"));
    expectRefused(QStringLiteral("plan morning --compared better"));
    expectRefused(QStringLiteral("plan resume"));
    expectRefused(QStringLiteral("plan stop"));
    expectRefused(QStringLiteral("plan"));
    expectRefused(QStringLiteral("plan fly"));
    expectRefused(QStringLiteral("plan start"));
    expectRefused(QStringLiteral("plan start --leg middle"));
    expectRefused(QStringLiteral("plan start --leg left --date 2026-13-01"));
    ok(QStringLiteral("plan start --leg left --date %1").arg(day()));
    expectRefused(QStringLiteral("plan start --leg right"));
    expectRefused(QStringLiteral("plan log"));
    expectRefused(QStringLiteral("plan log --pain 11"));
    expectRefused(QStringLiteral("plan log --pain -1"));
    expectRefused(QStringLiteral("plan log --pain two"));
    expectRefused(QStringLiteral("plan log --pain 2 --red-flag numbness"));
    expectRefused(QStringLiteral("plan log --pain 2 --red-flag no-such-sign"));
    expectRefused(QStringLiteral("plan log --pain 2 --compared better"));
    expectRefused(QStringLiteral("plan morning --compared better"));
    expectRefused(QStringLiteral("plan morning --compared fine"));
    expectRefused(QStringLiteral("plan resume"));
    expectRefused(QStringLiteral("measure heel-raise --left 20 --right 20 --date 2026-03-02"));
    expectRefused(QStringLiteral("measure heel-raise --left 20 --right 20 --save --date yesterday"));
    const CliRun stopped = run(QStringLiteral("plan stop"));
    EXPECT_EQ(stopped.exitCode, 0) << stopped.err.toStdString();
    EXPECT_FALSE(ok(QStringLiteral("plan status")).value(QStringLiteral("active")).toBool(true));
}
