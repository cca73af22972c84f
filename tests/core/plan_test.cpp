// SPDX-License-Identifier: MIT
// The plan back to running: every transition rule and every gate, written out from the rules, and the plan
// data itself.
#include "builtins.h"
#include "history/historystore.h"
#include "plan/json.h"
#include "plan/planbook.h"
#include "plan/planengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::plan;
using assessment::RedFlag;
using assessment::Side;
using assessment::Urgency;
using history::SavedMeasurement;

namespace {

const QDate kStart(2026, 3, 2);

// The built-in plan's shape, which the rules below rely on: settle 1-2, strengthen 3-6, run-walk 7-10,
// full-training 11-12.
constexpr int kFirstStrengthen = 3;
constexpr int kLastStrengthen = 6;
constexpr int kFirstRunWalk = 7;
constexpr int kLastRunWalk = 10;
constexpr int kFirstFull = 11;

class PlanRules : public ::testing::Test {
protected:
    const PlanContent &content() const { return test::planContent(); }

    // A plan that was moved to `level` by hand: the events are what the test adds.
    Status run() const
    {
        Plan plan;
        plan.leg = Side::Left;
        plan.started = kStart;
        plan.events = m_events;
        Status status = replay(content(), plan, m_measurements, m_day);
        return status;
    }

    void session(int pain)
    {
        Event event;
        event.id = ++m_id;
        event.kind = Event::Kind::Session;
        event.pain = pain;
        event.date = m_day;
        m_events.push_back(event);
    }
    void morning(Morning compared)
    {
        m_day = m_day.addDays(1);
        Event event;
        event.id = ++m_id;
        event.kind = Event::Kind::Morning;
        event.morning = compared;
        event.date = m_day;
        m_events.push_back(event);
    }
    void nextDay() { m_day = m_day.addDays(1); }
    // A good session and a better morning: one level up, gates allowing.
    void climb(int levels, int pain = 0)
    {
        for (int i = 0; i < levels; ++i) {
            session(pain);
            morning(Morning::Better);
        }
    }
    void measure(measure::Test test, std::optional<double> left, std::optional<double> right, const QDate &date,
                 const QTime &time = QTime(12, 0))
    {
        const QDateTime at(date, time);
        if (left)
            m_measurements.push_back({++m_id, at.toUTC(), test, Side::Left, *left, {}, {}});
        if (right)
            m_measurements.push_back({++m_id, at.toUTC(), test, Side::Right, *right, {}, {}});
    }

    QDate m_day = kStart;
    qint64 m_id = 0;
    std::vector<Event> m_events;
    std::vector<SavedMeasurement> m_measurements;
};

} // namespace

TEST_F(PlanRules, TheBuiltInPlanHasItsFourPhasesInOrder)
{
    ASSERT_EQ(content().phases().size(), 4);
    EXPECT_EQ(content().phases().at(0).id, QStringLiteral("settle"));
    EXPECT_EQ(content().phases().at(1).id, QStringLiteral("strengthen"));
    EXPECT_EQ(content().phases().at(2).id, QStringLiteral("run-walk"));
    EXPECT_EQ(content().phases().at(3).id, QStringLiteral("full-training"));
    EXPECT_EQ(content().firstLevel(content().phases().at(1)), kFirstStrengthen);
    EXPECT_EQ(content().lastLevel(content().phases().at(1)), kLastStrengthen);
    EXPECT_EQ(content().firstLevel(content().phases().at(2)), kFirstRunWalk);
    EXPECT_EQ(content().lastLevel(content().phases().at(2)), kLastRunWalk);
    EXPECT_EQ(content().firstLevel(content().phases().at(3)), kFirstFull);
    for (int n = 1; n <= content().levelCount(); ++n)
        EXPECT_EQ(content().level(n).number, n);
}

TEST_F(PlanRules, APlanStartsAtLevelOneInSettle)
{
    const Status status = run();
    EXPECT_FALSE(status.held);
    EXPECT_EQ(status.level, 1);
    EXPECT_EQ(status.phase, QStringLiteral("settle"));
    EXPECT_FALSE(status.awaitingMorning);
    EXPECT_FALSE(status.paused);
}

// Pain during the session above 5: one level down at once, never below 1.
TEST_F(PlanRules, PainAboveFiveStepsDownAtOnceButNeverBelowOne)
{
    climb(2);
    ASSERT_EQ(run().level, 3);
    session(6);
    Status status = run();
    EXPECT_EQ(status.level, 2);
    EXPECT_FALSE(status.awaitingMorning) << "the step down is already made";
    nextDay();
    session(10);
    nextDay();
    session(7);
    EXPECT_EQ(run().level, 1);
}

// Pain 4-5: the same level; a worse morning then steps down, a better or same one does not step up.
TEST_F(PlanRules, PainFourOrFiveKeepsTheLevelAndAWorseMorningStepsDown)
{
    climb(2);
    for (const Morning compared : {Morning::Better, Morning::Same}) {
        for (const int pain : {4, 5}) {
            session(pain);
            EXPECT_TRUE(run().awaitingMorning);
            morning(compared);
            EXPECT_EQ(run().level, 3) << "pain " << pain << ", morning " << idOf(compared).toStdString();
        }
    }
    session(5);
    morning(Morning::Worse);
    EXPECT_EQ(run().level, 2);
    session(4);
    morning(Morning::Worse);
    EXPECT_EQ(run().level, 1);
}

// Pain 0-3: the morning decides. Better or same: one up. Worse: one down. No report yet: the same level.
TEST_F(PlanRules, PainUpToThreeWaitsForTheMorning)
{
    for (const int pain : {0, 1, 2, 3}) {
        m_events.clear();
        m_day = kStart;
        climb(1);
        session(pain);
        EXPECT_EQ(run().level, 2) << "no report yet";
        EXPECT_TRUE(run().awaitingMorning);
        morning(Morning::Better);
        EXPECT_EQ(run().level, 3) << pain;
        session(pain);
        morning(Morning::Same);
        EXPECT_EQ(run().level, 4) << pain;
        session(pain);
        morning(Morning::Worse);
        EXPECT_EQ(run().level, 3) << pain;
    }
}

TEST_F(PlanRules, ASessionWithoutAMorningReportKeepsTheLevel)
{
    climb(1);
    session(2);
    nextDay();
    session(2); // the first one's morning never came
    EXPECT_EQ(run().level, 2);
    morning(Morning::Better);
    EXPECT_EQ(run().level, 3);
}

TEST_F(PlanRules, AMorningWithNoSessionWaitingChangesNothing)
{
    climb(1);
    morning(Morning::Better);
    EXPECT_EQ(run().level, 2);
}

// Into strengthen: no gate beyond the pain rules.
TEST_F(PlanRules, StrengthenHasNoGate)
{
    climb(2);
    const Status status = run();
    EXPECT_EQ(status.level, kFirstStrengthen);
    EXPECT_EQ(status.phase, QStringLiteral("strengthen"));
    EXPECT_TRUE(status.steps.at(3).level == kFirstStrengthen && !status.steps.at(3).heldAtGate);
}

// Into run-walk: the plan's leg did at least 25 heel raises, with an asymmetry of 10 % or less.
TEST_F(PlanRules, RunWalkWaitsForTwentyFiveRaisesWithinTenPercent)
{
    climb(kLastStrengthen - 1);
    ASSERT_EQ(run().level, kLastStrengthen);
    climb(1);
    Status status = run();
    EXPECT_EQ(status.level, kLastStrengthen) << "no measurement yet: held at the top of strengthen";
    EXPECT_TRUE(status.steps.back().heldAtGate);
    EXPECT_TRUE(status.held);
    ASSERT_TRUE(status.gate);
    EXPECT_EQ(status.gate->phase, QStringLiteral("run-walk"));
    EXPECT_FALSE(status.gate->met);
    ASSERT_EQ(status.gate->criteria.size(), 2u);
    EXPECT_EQ(status.gate->criteria[0].criterion, Criterion::HeelRaiseCount);
    EXPECT_EQ(status.gate->criteria[0].needed, 25);
    EXPECT_FALSE(status.gate->criteria[0].value);
    EXPECT_EQ(status.gate->criteria[1].criterion, Criterion::HeelRaiseAsymmetry);
    EXPECT_EQ(status.gate->criteria[1].needed, 10);

    // 24 raises: one short.
    measure(measure::Test::HeelRaise, 24, 25, m_day);
    climb(1);
    EXPECT_EQ(run().level, kLastStrengthen);
    // 25 raises but 28 on the other leg: 10.7 %.
    measure(measure::Test::HeelRaise, 25, 28, m_day);
    climb(1);
    status = run();
    EXPECT_EQ(status.level, kLastStrengthen);
    EXPECT_EQ(status.gate->criteria[0].value, 25);
    EXPECT_TRUE(status.gate->criteria[0].met);
    EXPECT_EQ(status.gate->criteria[1].value, 10.7);
    EXPECT_FALSE(status.gate->criteria[1].met);
    // 25 and 27.7 would be 9.7 %; whole raises: 25 and 27 is 7.4 %.
    measure(measure::Test::HeelRaise, 25, 27, m_day);
    climb(1);
    status = run();
    EXPECT_EQ(status.level, kFirstRunWalk);
    EXPECT_EQ(status.phase, QStringLiteral("run-walk"));
    EXPECT_TRUE(status.steps.back().gateReached);
    EXPECT_FALSE(status.held) << "at the bottom of run-walk, not held";
}

TEST_F(PlanRules, TheRunWalkGateAllowsExactlyTenPercent)
{
    climb(kLastStrengthen - 1);
    measure(measure::Test::HeelRaise, 27, 30, m_day); // 10.0 %
    climb(1);
    EXPECT_EQ(run().level, kFirstRunWalk);
}

TEST_F(PlanRules, TheGateCountsThePlansLegNotTheStrongerOne)
{
    climb(kLastStrengthen - 1);
    measure(measure::Test::HeelRaise, 20, 40, m_day); // right leg strong, the plan's left leg is not
    climb(1);
    EXPECT_EQ(run().level, kLastStrengthen);
    measure(measure::Test::HeelRaise, 25, std::nullopt, m_day); // no right leg: no asymmetry
    climb(1);
    EXPECT_EQ(run().level, kLastStrengthen);
}

// Each gate uses the latest measurement dated on or before the session; ties go to the one saved last.
TEST_F(PlanRules, AGateUsesTheLatestMeasurementOnOrBeforeTheSession)
{
    climb(kLastStrengthen - 1);
    measure(measure::Test::HeelRaise, 26, 27, m_day.addDays(-3));
    measure(measure::Test::HeelRaise, 20, 27, m_day.addDays(-1)); // the latest: fails
    climb(1);
    EXPECT_EQ(run().level, kLastStrengthen) << "an older passing test does not count";
    // A passing test dated after the session does not count for it.
    session(0);
    measure(measure::Test::HeelRaise, 27, 27, m_day.addDays(1));
    morning(Morning::Better);
    EXPECT_EQ(run().level, kLastStrengthen);
    // Two tests on the session's day: the one saved last counts, whatever its time of day.
    measure(measure::Test::HeelRaise, 27, 27, m_day, QTime(18, 0));
    measure(measure::Test::HeelRaise, 10, 27, m_day, QTime(8, 0));
    climb(1);
    EXPECT_EQ(run().level, kLastStrengthen);
    measure(measure::Test::HeelRaise, 27, 27, m_day, QTime(7, 0));
    climb(1);
    EXPECT_EQ(run().level, kFirstRunWalk);
}

// Into full-training: 30 raises within 10 %, knee-to-wall within 10 %, and pain 0 in the session.
TEST_F(PlanRules, FullTrainingWaitsForTheExpertCriteriaAndAPainFreeSession)
{
    measure(measure::Test::HeelRaise, 30, 31, m_day);
    measure(measure::Test::KneeToWall, 10, 10.5, m_day);
    climb(kLastRunWalk - 1);
    ASSERT_EQ(run().level, kLastRunWalk);
    // Pain 1: the pain rules allow a step, the gate does not.
    climb(1, 1);
    Status status = run();
    EXPECT_EQ(status.level, kLastRunWalk);
    ASSERT_TRUE(status.gate);
    EXPECT_EQ(status.gate->phase, QStringLiteral("full-training"));
    ASSERT_EQ(status.gate->criteria.size(), 4u);
    EXPECT_EQ(status.gate->criteria[3].criterion, Criterion::SessionPain);
    EXPECT_EQ(status.gate->criteria[3].value, 1);
    EXPECT_FALSE(status.gate->criteria[3].met);
    // Pain 0, but 29 raises.
    measure(measure::Test::HeelRaise, 29, 29, m_day);
    climb(1);
    EXPECT_EQ(run().level, kLastRunWalk);
    // 30 raises, knee-to-wall 8 and 10 cm: 20 %.
    measure(measure::Test::HeelRaise, 30, 30, m_day);
    measure(measure::Test::KneeToWall, 8, 10, m_day);
    climb(1);
    status = run();
    EXPECT_EQ(status.level, kLastRunWalk);
    EXPECT_TRUE(status.gate->criteria[0].met);
    EXPECT_FALSE(status.gate->criteria[2].met);
    EXPECT_EQ(status.gate->criteria[2].value, 20);
    // No knee-to-wall on the other leg: not met.
    measure(measure::Test::KneeToWall, 9, std::nullopt, m_day);
    climb(1);
    EXPECT_EQ(run().level, kLastRunWalk);
    // Everything met.
    measure(measure::Test::KneeToWall, 9, 9.5, m_day);
    climb(1);
    status = run();
    EXPECT_EQ(status.level, kFirstFull);
    EXPECT_EQ(status.phase, QStringLiteral("full-training"));
    EXPECT_FALSE(status.gate) << "no gate beyond the last phase";
    // The top: up again stays at the last level.
    climb(3);
    EXPECT_EQ(run().level, content().levelCount());
}

TEST_F(PlanRules, SteppingDownMayCrossBackIntoAnEarlierPhase)
{
    measure(measure::Test::HeelRaise, 26, 26, m_day);
    climb(kFirstRunWalk - 1);
    ASSERT_EQ(run().level, kFirstRunWalk);
    session(6);
    const Status status = run();
    EXPECT_EQ(status.level, kLastStrengthen);
    EXPECT_EQ(status.phase, QStringLiteral("strengthen"));
}

TEST_F(PlanRules, APauseKeepsTheLevelAndAResumeGoesOnFromIt)
{
    climb(3);
    session(2); // awaiting its morning
    Event pause;
    pause.id = ++m_id;
    pause.kind = Event::Kind::Pause;
    pause.date = m_day;
    pause.redFlags = {RedFlag::SwellingWarmth};
    pause.urgency = Urgency::SameDay;
    m_events.push_back(pause);
    Status status = run();
    EXPECT_TRUE(status.paused);
    EXPECT_EQ(status.urgency, Urgency::SameDay);
    EXPECT_EQ(status.level, 4);
    EXPECT_FALSE(status.awaitingMorning);
    Event resume;
    resume.id = ++m_id;
    resume.kind = Event::Kind::Resume;
    resume.date = m_day.addDays(5);
    m_events.push_back(resume);
    status = run();
    EXPECT_FALSE(status.paused);
    EXPECT_FALSE(status.urgency);
    EXPECT_EQ(status.level, 4);
}

TEST_F(PlanRules, RunningOnConsecutiveDaysWarns)
{
    measure(measure::Test::HeelRaise, 26, 26, m_day);
    climb(kFirstRunWalk - 1);
    ASSERT_EQ(run().level, kFirstRunWalk);
    session(2);
    EXPECT_TRUE(run().steps.back().warnings.empty()) << "the first run";
    nextDay();
    session(2);
    ASSERT_EQ(run().steps.back().warnings.size(), 1u);
    EXPECT_EQ(run().steps.back().warnings[0], QStringLiteral("no-consecutive-runs"));
    m_day = m_day.addDays(2);
    session(2);
    EXPECT_TRUE(run().steps.back().warnings.empty()) << "a day off in between";
}

TEST_F(PlanRules, StrengthSessionsOnConsecutiveDaysDoNotWarn)
{
    session(1);
    nextDay();
    session(1);
    EXPECT_TRUE(run().steps.back().warnings.empty());
}

// The data: every level has sources, every exercise id exists, every illustration exists.
TEST(PlanData, EveryLevelHasSourcesAndKnownExercisesWithIllustrations)
{
    const PlanContent &content = test::planContent();
    const QDir illustrations(QStringLiteral(CALFATLAS_SOURCE_DIR "/resources/illustrations"));
    for (const Level &level : content.levels()) {
        EXPECT_FALSE(level.sources.isEmpty()) << level.id.toStdString();
        EXPECT_FALSE(level.exercises.isEmpty()) << level.id.toStdString();
        for (const Prescription &prescription : level.exercises) {
            const Exercise *exercise = content.exercise(prescription.exercise);
            ASSERT_NE(exercise, nullptr) << prescription.exercise.toStdString();
            EXPECT_FALSE(exercise->sources.isEmpty());
            EXPECT_TRUE(QFileInfo::exists(illustrations.filePath(exercise->illustration + QStringLiteral(".svg"))))
                << exercise->illustration.toStdString();
            EXPECT_FALSE(prescription.dose.isEmpty());
        }
        if (level.phase == QStringLiteral("run-walk")) {
            const bool hasRunning = std::any_of(level.exercises.begin(), level.exercises.end(), [](const auto &p) {
                return p.exercise == QStringLiteral("run-walk") || p.exercise == QStringLiteral("easy-run");
            });
            EXPECT_TRUE(hasRunning) << level.id.toStdString();
        }
    }
    for (const Phase &phase : content.phases()) {
        EXPECT_FALSE(phase.sources.isEmpty());
        if (phase.gate) {
            EXPECT_FALSE(phase.gate->text.sources.isEmpty());
        }
    }
    // The run-walk gate is a clinic's practice criterion and is cited as one.
    EXPECT_EQ(content.phase(QStringLiteral("run-walk"))->gate->text.sources,
              QStringList{QStringLiteral("HealthHP-CalfRun")});
    EXPECT_TRUE(
        content.phase(QStringLiteral("full-training"))->gate->text.sources.contains(QStringLiteral("Green2022")));
    EXPECT_FALSE(content.phase(QStringLiteral("strengthen"))->gate);
}

TEST(PlanData, EachExerciseSaysWhichMuscleItBiases)
{
    QSet<QString> seen;
    for (const Exercise &exercise : test::planContent().exercises())
        seen.insert(idOf(exercise.bias));
    EXPECT_TRUE(seen.contains(QStringLiteral("soleus")));
    EXPECT_TRUE(seen.contains(QStringLiteral("gastrocnemius")));
}

TEST(PlanData, AMalformedPlanFileNamesFileEntryAndField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile source(QStringLiteral(":/calfatlas/data/plan.json"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.replace("\"exercise\": \"seated-hold\"", "\"exercise\": \"no-such-exercise\"");
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    try {
        PlanContent::load(path, test::references());
        FAIL() << "loaded";
    } catch (const DataFileException &error) {
        EXPECT_EQ(error.error().entry, QStringLiteral("exercises #2"));
        EXPECT_EQ(error.error().field, QStringLiteral("exercise"));
        EXPECT_TRUE(error.error().message().contains(path));
        EXPECT_TRUE(error.error().problem.contains(QStringLiteral("no-such-exercise")));
    }
}

// The book over a real history: what may and may not be done.
class PlanBookTest : public ::testing::Test {
protected:
    PlanBookTest()
        : m_store(m_dir.filePath(QStringLiteral("data"))), m_book(m_store, test::planContent(), test::builtInSelfTest())
    {
    }
    QTemporaryDir m_dir;
    history::HistoryStore m_store;
    PlanBook m_book;
};

TEST_F(PlanBookTest, RefusesWhatCannotBeDoneAndSavesNothing)
{
    EXPECT_FALSE(m_book.log(2, kStart).ok);
    EXPECT_FALSE(m_book.morning(Morning::Better, kStart).ok);
    EXPECT_FALSE(m_book.resume(kStart).ok);
    EXPECT_FALSE(m_book.stop(kStart).ok);
    ASSERT_TRUE(m_book.start(Side::Right, kStart).ok);
    EXPECT_FALSE(m_book.start(Side::Left, kStart).ok) << "one plan at a time";
    EXPECT_FALSE(m_book.log(11, kStart).ok);
    EXPECT_FALSE(m_book.log(-1, kStart).ok);
    EXPECT_FALSE(m_book.morning(Morning::Better, kStart).ok) << "no session waits";
    EXPECT_FALSE(m_book.log(2, kStart, {RedFlag::Numbness}).ok) << "a soon sign is not in the safety check";
    EXPECT_FALSE(m_book.log(2, kStart.addDays(-1)).ok) << "before the start";
    EXPECT_TRUE(m_store.activePlan()->events.empty());

    const Result logged = m_book.log(2, kStart.addDays(1), {}, 25);
    ASSERT_TRUE(logged.ok) << logged.message.toStdString();
    EXPECT_TRUE(logged.status.awaitingMorning);
    EXPECT_FALSE(m_book.log(2, kStart).ok) << "entries are kept in order";
    const Result morning = m_book.morning(Morning::Same, kStart.addDays(2));
    ASSERT_TRUE(morning.ok);
    EXPECT_EQ(morning.status.level, 2);
    EXPECT_EQ(morning.status.leg, Side::Right);
}

TEST_F(PlanBookTest, AWarningSignPausesUntilResumedAtTheSameLevel)
{
    ASSERT_TRUE(m_book.start(Side::Left, kStart).ok);
    ASSERT_TRUE(m_book.log(0, kStart).ok);
    ASSERT_TRUE(m_book.morning(Morning::Better, kStart.addDays(1)).ok);
    const Result paused = m_book.log(3, kStart.addDays(2), {RedFlag::SwellingWarmth, RedFlag::BreathlessChestPain});
    ASSERT_TRUE(paused.ok);
    EXPECT_TRUE(paused.status.paused);
    EXPECT_EQ(paused.status.urgency, Urgency::Emergency) << "the most urgent sign";
    EXPECT_EQ(paused.status.level, 2);
    EXPECT_FALSE(m_book.log(1, kStart.addDays(3)).ok) << "a paused plan takes no sessions";
    EXPECT_FALSE(m_book.morning(Morning::Better, kStart.addDays(3)).ok);
    const Result resumed = m_book.resume(kStart.addDays(6));
    ASSERT_TRUE(resumed.ok);
    EXPECT_FALSE(resumed.status.paused);
    EXPECT_EQ(resumed.status.level, 2);
    EXPECT_FALSE(m_book.resume(kStart.addDays(6)).ok) << "not paused";
    ASSERT_TRUE(m_book.stop(kStart.addDays(7)).ok);
    EXPECT_FALSE(m_book.active());
    ASSERT_EQ(m_store.plans().size(), 1u);
    EXPECT_EQ(m_store.plans()[0].events.size(), 4u);
}

TEST_F(PlanBookTest, TheSafetyCheckAsksTheEmergencyAndSameDaySigns)
{
    const std::vector<RedFlag> signs = PlanBook::safetySigns(test::builtInSelfTest());
    for (const RedFlag flag : assessment::allRedFlags()) {
        const bool asked = std::find(signs.begin(), signs.end(), flag) != signs.end();
        EXPECT_EQ(asked, test::builtInSelfTest().redFlag(flag).urgency != Urgency::Soon)
            << assessment::idOf(flag).toStdString();
    }
    EXPECT_NE(std::find(signs.begin(), signs.end(), RedFlag::ClotSigns), signs.end());
}

TEST_F(PlanBookTest, StatusJsonHasEveryField)
{
    QJsonObject json = toJson(test::planContent(), m_book.status(kStart));
    EXPECT_FALSE(json.value(QStringLiteral("active")).toBool());
    EXPECT_TRUE(json.value(QStringLiteral("gate")).isNull());
    ASSERT_TRUE(m_book.start(Side::Left, kStart).ok);
    json = toJson(test::planContent(), m_book.status(kStart));
    for (const char *field :
         {"active", "leg", "phase", "level", "paused", "urgency", "awaiting_morning", "next", "gate"})
        EXPECT_TRUE(json.contains(QLatin1String(field))) << field;
    EXPECT_EQ(json.value(QStringLiteral("leg")).toString(), QStringLiteral("left"));
    EXPECT_EQ(json.value(QStringLiteral("level")).toInt(), 1);
    EXPECT_TRUE(json.value(QStringLiteral("urgency")).isNull());
    const QJsonObject next = json.value(QStringLiteral("next")).toObject();
    EXPECT_EQ(next.value(QStringLiteral("id")).toString(), test::planContent().level(1).id);
    EXPECT_FALSE(next.value(QStringLiteral("exercises")).toArray().isEmpty());
    const QJsonObject gate = json.value(QStringLiteral("gate")).toObject();
    EXPECT_EQ(gate.value(QStringLiteral("phase")).toString(), QStringLiteral("strengthen"));
    EXPECT_TRUE(gate.value(QStringLiteral("met")).toBool());
}
