// SPDX-License-Identifier: MIT
#include "plan/planbook.h"

#include "assessment/selftestcontent.h"
#include "common/logging.h"
#include "history/historystore.h"

#include <QCoreApplication>

#include <algorithm>

namespace calfatlas::plan {

namespace {

class PlanBookText {
    Q_DECLARE_TR_FUNCTIONS(PlanBook)
};

using assessment::RedFlag;
using assessment::Urgency;

QDate lastEventDate(const Plan &plan)
{
    QDate last = plan.started;
    for (const Event &event : plan.events)
        last = std::max(last, event.date);
    return last;
}

} // namespace

PlanBook::PlanBook(history::HistoryStore &store, const PlanContent &content,
                   const assessment::SelfTestContent &selfTest)
    : m_store(store), m_content(content), m_selfTest(selfTest)
{
}

std::vector<RedFlag> PlanBook::safetySigns(const assessment::SelfTestContent &selfTest)
{
    std::vector<RedFlag> signs;
    for (const RedFlag flag : assessment::allRedFlags()) {
        if (selfTest.redFlag(flag).urgency != Urgency::Soon)
            signs.push_back(flag);
    }
    return signs;
}

std::optional<Plan> PlanBook::active() const
{
    return m_store.activePlan();
}

Status PlanBook::status(const QDate &today) const
{
    const std::optional<Plan> plan = active();
    if (!plan)
        return {};
    // Dates may be given ahead of the clock: the gate is judged as of the later of today and the last entry.
    return replay(m_content, *plan, m_store.measurements(), std::max(today, lastEventDate(*plan)));
}

Result PlanBook::fail(const QString &message, const QDate &today) const
{
    return {false, message, status(today), {}};
}

std::optional<QString> PlanBook::dateProblem(const Plan &plan, const QDate &date) const
{
    if (!date.isValid())
        return PlanBookText::tr("The date is not a valid date.");
    const QDate last = lastEventDate(plan);
    if (date < last)
        return PlanBookText::tr("%1 is before the plan's last entry (%2): entries are kept in order.")
            .arg(date.toString(Qt::ISODate), last.toString(Qt::ISODate));
    return std::nullopt;
}

Result PlanBook::save(const Plan &plan, const Event &event, const QDate &today)
{
    const Status before = replay(m_content, plan, m_store.measurements(), std::max(today, event.date));
    const history::Outcome outcome = m_store.addPlanEvent(plan.id, event, before.level);
    qCInfo(lcPlan).noquote() << idOf(event.kind) << event.date.toString(Qt::ISODate) << "pain" << event.pain
                             << "at level" << before.level << (outcome.ok ? "saved" : "not saved:")
                             << (outcome.ok ? QString() : outcome.message);
    if (!outcome.ok)
        return {false, outcome.message, before, {}, true};
    Result result{true, outcome.message, status(today), {}};
    if (!result.status.steps.empty())
        result.warnings = result.status.steps.back().warnings;
    return result;
}

Result PlanBook::start(assessment::Side leg, const QDate &date)
{
    if (active())
        return fail(PlanBookText::tr("A plan is already running: stop it before starting another."), date);
    if (!date.isValid())
        return fail(PlanBookText::tr("The date is not a valid date."), date);
    const history::Outcome outcome = m_store.startPlan(leg, date);
    if (!outcome.ok)
        return {false, outcome.message, status(date), {}, true};
    return {true, outcome.message, status(date), {}};
}

Result PlanBook::log(int pain, const QDate &date, const std::vector<RedFlag> &signs, std::optional<int> minutes)
{
    const std::optional<Plan> plan = active();
    if (!plan)
        return fail(PlanBookText::tr("No plan is running: start one first."), date);
    if (replay(m_content, *plan, {}, date).paused)
        return fail(PlanBookText::tr("The plan is paused after a warning sign. Resume it once a clinician has "
                                     "seen you and cleared you to carry on."),
                    date);
    if (pain < 0 || pain > kPainMax)
        return fail(PlanBookText::tr("The pain must be a whole number from 0 to 10."), date);
    if (minutes && (*minutes < 0 || *minutes > 24 * 60))
        return fail(PlanBookText::tr("The minutes must be a whole number from 0 to 1440."), date);
    const std::vector<RedFlag> allowed = safetySigns(m_selfTest);
    for (const RedFlag sign : signs) {
        if (std::find(allowed.begin(), allowed.end(), sign) == allowed.end())
            return fail(PlanBookText::tr("%1 is not one of the safety check's signs.").arg(assessment::idOf(sign)),
                        date);
    }
    if (const auto problem = dateProblem(*plan, date))
        return fail(*problem, date);
    Event event;
    event.date = date;
    if (!signs.empty()) {
        event.kind = Event::Kind::Pause;
        event.redFlags = signs;
        event.urgency = Urgency::Soon;
        for (const RedFlag sign : signs)
            event.urgency = std::min(event.urgency, m_selfTest.redFlag(sign).urgency);
        return save(*plan, event, date);
    }
    event.kind = Event::Kind::Session;
    event.pain = pain;
    event.minutes = minutes;
    return save(*plan, event, date);
}

Result PlanBook::morning(Morning compared, const QDate &date)
{
    const std::optional<Plan> plan = active();
    if (!plan)
        return fail(PlanBookText::tr("No plan is running: start one first."), date);
    const Status now = replay(m_content, *plan, {}, date);
    if (now.paused)
        return fail(PlanBookText::tr("The plan is paused after a warning sign. Resume it once a clinician has "
                                     "seen you and cleared you to carry on."),
                    date);
    if (!now.awaitingMorning)
        return fail(PlanBookText::tr("No session is waiting for its morning report."), date);
    if (const auto problem = dateProblem(*plan, date))
        return fail(*problem, date);
    Event event;
    event.kind = Event::Kind::Morning;
    event.date = date;
    event.morning = compared;
    return save(*plan, event, date);
}

Result PlanBook::resume(const QDate &date)
{
    const std::optional<Plan> plan = active();
    if (!plan)
        return fail(PlanBookText::tr("No plan is running: start one first."), date);
    if (!replay(m_content, *plan, {}, date).paused)
        return fail(PlanBookText::tr("The plan is not paused."), date);
    if (const auto problem = dateProblem(*plan, date))
        return fail(*problem, date);
    Event event;
    event.kind = Event::Kind::Resume;
    event.date = date;
    return save(*plan, event, date);
}

Result PlanBook::stop(const QDate &date)
{
    const std::optional<Plan> plan = active();
    if (!plan)
        return fail(PlanBookText::tr("No plan is running."), date);
    const QDate when = date.isValid() ? std::max(date, lastEventDate(*plan)) : lastEventDate(*plan);
    const history::Outcome outcome = m_store.stopPlan(plan->id, when);
    if (!outcome.ok)
        return {false, outcome.message, status(date), {}, true};
    return {true, outcome.message, {}, {}};
}

} // namespace calfatlas::plan
