// SPDX-License-Identifier: MIT
#include "historyservice.h"

namespace calfatlas::app {

HistoryService::HistoryService(QString folder, QObject *parent) : QObject(parent), m_folder(std::move(folder)) {}

HistoryService::~HistoryService() = default;

history::HistoryStore &HistoryService::store()
{
    if (!m_store)
        m_store = std::make_unique<history::HistoryStore>(m_folder);
    return *m_store;
}

history::Outcome HistoryService::changedIf(history::Outcome outcome)
{
    if (outcome.ok)
        emit changed();
    return outcome;
}

history::Outcome HistoryService::save(const std::vector<assessment::LegResult> &legs, const QString &note)
{
    history::HistoryStore &history = store();
    history::Outcome outcome = history.save(legs, note);
    // A history that had to be started afresh says so where the person is looking: at the save.
    if (outcome.ok && !history.movedAsidePath().isEmpty())
        outcome.message += QLatin1Char(' ') + history.notice();
    return changedIf(outcome);
}

history::Outcome HistoryService::remove(qint64 id)
{
    return changedIf(store().remove(id));
}

history::Outcome HistoryService::restore(const history::SavedSelfTest &test)
{
    return changedIf(store().restore(test));
}

history::Outcome HistoryService::setNote(qint64 id, const QString &note)
{
    return changedIf(store().setNote(id, note));
}

history::Outcome HistoryService::saveMeasurement(measure::Test test, std::optional<double> left,
                                                 std::optional<double> right, std::optional<measure::Sex> sex)
{
    return changedIf(store().saveMeasurement(test, left, right, sex));
}

std::pair<std::optional<double>, std::optional<double>> HistoryService::latest(measure::Test test)
{
    std::pair<std::optional<double>, std::optional<double>> values;
    for (const history::SavedMeasurement &measurement : store().measurements(test)) // oldest first
        (measurement.side == assessment::Side::Left ? values.first : values.second) = measurement.value;
    return values;
}

void HistoryService::setPlanContent(const plan::PlanContent *content, const assessment::SelfTestContent *selfTest)
{
    m_plan = content;
    m_selfTest = selfTest;
}

plan::PlanBook HistoryService::book()
{
    return plan::PlanBook(store(), *m_plan, *m_selfTest);
}

plan::Result HistoryService::planChangedIf(plan::Result result)
{
    if (result.ok)
        emit changed();
    return result;
}

plan::Status HistoryService::planStatus()
{
    if (!hasPlanContent())
        return {};
    return book().status(QDate::currentDate());
}

plan::Result HistoryService::startPlan(assessment::Side leg)
{
    return planChangedIf(book().start(leg, QDate::currentDate()));
}

plan::Result HistoryService::logSession(int pain, const std::vector<assessment::RedFlag> &signs,
                                        std::optional<int> minutes)
{
    return planChangedIf(book().log(pain, QDate::currentDate(), signs, minutes));
}

plan::Result HistoryService::reportMorning(plan::Morning compared)
{
    return planChangedIf(book().morning(compared, QDate::currentDate()));
}

plan::Result HistoryService::resumePlan()
{
    return planChangedIf(book().resume(QDate::currentDate()));
}

plan::Result HistoryService::stopPlan()
{
    return planChangedIf(book().stop(QDate::currentDate()));
}

std::vector<plan::Plan> HistoryService::plans()
{
    return store().plans();
}

} // namespace calfatlas::app
