// SPDX-License-Identifier: MIT
#include "plan/planengine.h"

#include "assessment/legnames.h"
#include "measure/measurement.h"

#include <QCoreApplication>

#include <algorithm>

namespace calfatlas::plan {

namespace {

using assessment::Side;
using history::SavedMeasurement;

class GateText {
    Q_DECLARE_TR_FUNCTIONS(Gate)
};

const QStringList kMorningIds{QStringLiteral("better"), QStringLiteral("same"), QStringLiteral("worse")};
const QStringList kKindIds{QStringLiteral("session"), QStringLiteral("morning"), QStringLiteral("pause"),
                           QStringLiteral("resume")};

// Both legs of one saved measurement.
struct Pair {
    QDateTime takenAt;
    qint64 lastId = 0;
    std::optional<double> left;
    std::optional<double> right;
};

// The latest measurement of `test` dated on or before `date` (local calendar day); ties go to the one saved
// last. Rows of one measurement share their time; a second row for the same leg starts another measurement.
std::optional<Pair> latest(const std::vector<SavedMeasurement> &rows, measure::Test test, const QDate &date)
{
    std::vector<const SavedMeasurement *> sorted;
    for (const SavedMeasurement &row : rows) {
        if (row.test == test && row.takenAt.toLocalTime().date() <= date)
            sorted.push_back(&row);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const SavedMeasurement *a, const SavedMeasurement *b) {
        return a->takenAt != b->takenAt ? a->takenAt < b->takenAt : a->id < b->id;
    });
    std::vector<Pair> pairs;
    for (const SavedMeasurement *row : sorted) {
        std::optional<double> Pair::*slot = row->side == Side::Left ? &Pair::left : &Pair::right;
        if (pairs.empty() || pairs.back().takenAt != row->takenAt || pairs.back().*slot)
            pairs.push_back({row->takenAt, 0, {}, {}});
        pairs.back().*slot = row->value;
        pairs.back().lastId = row->id;
    }
    if (pairs.empty())
        return std::nullopt;
    // The latest date wins; on the same date, the one saved last.
    const auto best = std::max_element(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        const QDate da = a.takenAt.toLocalTime().date();
        const QDate db = b.takenAt.toLocalTime().date();
        return da != db ? da < db : a.lastId < b.lastId;
    });
    return *best;
}

std::optional<double> asymmetry(measure::Test test, const Pair &pair)
{
    if (!pair.left || !pair.right)
        return std::nullopt;
    measure::Input input;
    input.test = test;
    input.left = *pair.left;
    input.right = *pair.right;
    if (measure::problemWith(input))
        return std::nullopt;
    return measure::judge(input).asymmetryPercent;
}

QString criterionText(Criterion criterion, Side leg, double needed)
{
    switch (criterion) {
    case Criterion::HeelRaiseCount:
        return (leg == Side::Left ? GateText::tr("Single-leg heel raises, left leg: at least %1")
                                  : GateText::tr("Single-leg heel raises, right leg: at least %1"))
            .arg(needed);
    case Criterion::HeelRaiseAsymmetry:
        return GateText::tr("Heel raises, difference between the legs: %1 % or less").arg(needed);
    case Criterion::KneeToWallAsymmetry:
        return GateText::tr("Knee-to-wall lunge, difference between the legs: %1 % or less").arg(needed);
    case Criterion::SessionPain:
        return GateText::tr("Pain during the session that earns the step: %1 out of 10").arg(needed);
    }
    return {};
}

CriterionStatus judgeCriterion(const GateCriterion &wanted, Side leg, const std::optional<Pair> &heelRaise,
                               const std::optional<Pair> &kneeToWall, std::optional<int> sessionPain)
{
    CriterionStatus status;
    status.criterion = wanted.criterion;
    status.needed = wanted.needed;
    status.text = criterionText(wanted.criterion, leg, wanted.needed);
    switch (wanted.criterion) {
    case Criterion::HeelRaiseCount:
        if (heelRaise)
            status.value = leg == Side::Left ? heelRaise->left : heelRaise->right;
        status.met = status.value && *status.value >= wanted.needed;
        break;
    case Criterion::HeelRaiseAsymmetry:
        if (heelRaise)
            status.value = asymmetry(measure::Test::HeelRaise, *heelRaise);
        status.met = status.value && *status.value <= wanted.needed;
        break;
    case Criterion::KneeToWallAsymmetry:
        if (kneeToWall)
            status.value = asymmetry(measure::Test::KneeToWall, *kneeToWall);
        status.met = status.value && *status.value <= wanted.needed;
        break;
    case Criterion::SessionPain:
        if (sessionPain)
            status.value = *sessionPain;
        status.met = status.value && *status.value <= wanted.needed;
        break;
    }
    return status;
}

// What replay keeps while it walks the events.
struct Walk {
    const PlanContent &content;
    const Plan &plan;
    const std::vector<SavedMeasurement> &measurements;
    Status status;
    std::optional<Event> pending; // the session awaiting its morning report

    void down() { status.level = std::max(1, status.level - 1); }

    // One level up, unless the next level opens a phase whose gate is not met on the session's day.
    void up(Step &step, const Event &session)
    {
        const int next = status.level + 1;
        if (next > content.levelCount())
            return;
        if (content.phaseIndexOf(next) != content.phaseIndexOf(status.level)) {
            const Phase &phase = content.phaseOf(next);
            if (phase.gate && !judgeGate(content, phase, plan.leg, measurements, session.date, session.pain).met) {
                step.heldAtGate = true;
                return;
            }
            step.gateReached = phase.gate.has_value();
        }
        status.level = next;
    }

    void session(Step &step, const Event &event)
    {
        // A session before the last one's morning report: no report means the same level.
        pending.reset();
        if (isRunningLevel(content, status.level) && status.lastSession && isRunningLevel(content, lastSessionLevel) &&
            status.lastSession->daysTo(event.date) == 1)
            step.warnings.push_back(QStringLiteral("no-consecutive-runs"));
        status.lastSession = event.date;
        status.lastPain = event.pain;
        lastSessionLevel = status.level;
        if (event.pain > kPainAcceptableMax)
            down();
        else
            pending = event;
    }

    void morning(Step &step, const Event &event)
    {
        if (!pending)
            return;
        const Event session = *pending;
        pending.reset();
        if (event.morning == Morning::Worse)
            down();
        else if (session.pain <= kPainSafeMax)
            up(step, session);
    }

    void apply(const Event &event)
    {
        Step step;
        step.date = event.date;
        step.eventId = event.id;
        step.kind = event.kind;
        step.levelBefore = status.level;
        switch (event.kind) {
        case Event::Kind::Session: session(step, event); break;
        case Event::Kind::Morning: morning(step, event); break;
        case Event::Kind::Pause:
            status.paused = true;
            status.urgency = event.urgency;
            status.pauseSigns = event.redFlags;
            pending.reset();
            break;
        case Event::Kind::Resume:
            status.paused = false;
            status.urgency.reset();
            status.pauseSigns.clear();
            break;
        }
        step.level = status.level;
        status.steps.push_back(step);
    }

    int lastSessionLevel = 1;
};

} // namespace

QString idOf(Morning morning)
{
    return kMorningIds.at(static_cast<int>(morning));
}

std::optional<Morning> morningFromId(const QString &id)
{
    const auto index = kMorningIds.indexOf(id);
    if (index < 0)
        return std::nullopt;
    return static_cast<Morning>(index);
}

QStringList allMorningIds()
{
    return kMorningIds;
}

QString idOf(Event::Kind kind)
{
    return kKindIds.at(static_cast<int>(kind));
}

std::optional<Event::Kind> eventKindFromId(const QString &id)
{
    const auto index = kKindIds.indexOf(id);
    if (index < 0)
        return std::nullopt;
    return static_cast<Event::Kind>(index);
}

bool isRunningLevel(const PlanContent &content, int level)
{
    if (level < 1 || level > content.levelCount())
        return false;
    const QString phase = content.level(level).phase;
    return phase == QLatin1String("run-walk") || phase == QLatin1String("full-training");
}

GateStatus judgeGate(const PlanContent &content, const Phase &phase, Side leg,
                     const std::vector<SavedMeasurement> &measurements, const QDate &date,
                     std::optional<int> sessionPain)
{
    Q_UNUSED(content);
    GateStatus gate;
    gate.phase = phase.id;
    gate.met = true;
    if (!phase.gate)
        return gate;
    const std::optional<Pair> heelRaise = latest(measurements, measure::Test::HeelRaise, date);
    const std::optional<Pair> kneeToWall = latest(measurements, measure::Test::KneeToWall, date);
    for (const GateCriterion &wanted : phase.gate->criteria) {
        gate.criteria.push_back(judgeCriterion(wanted, leg, heelRaise, kneeToWall, sessionPain));
        gate.met = gate.met && gate.criteria.back().met;
    }
    return gate;
}

Status replay(const PlanContent &content, const Plan &plan, const std::vector<SavedMeasurement> &measurements,
              const QDate &today)
{
    Walk walk{content, plan, measurements, {}, {}};
    walk.status.active = !plan.stopped.has_value();
    walk.status.leg = plan.leg;
    std::vector<Event> events = plan.events;
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    for (const Event &event : events)
        walk.apply(event);
    Status status = walk.status;
    status.awaitingMorning = walk.pending.has_value();
    if (walk.pending)
        status.awaitingSince = walk.pending->date;
    status.phase = content.level(status.level).phase;
    const int phaseIndex = content.phaseIndexOf(status.level);
    if (phaseIndex + 1 < content.phases().size())
        status.gate =
            judgeGate(content, content.phases().at(phaseIndex + 1), plan.leg, measurements, today, status.lastPain);
    status.held = status.gate && !status.gate->met && status.level == content.lastLevel(content.phaseOf(status.level));
    return status;
}

} // namespace calfatlas::plan
