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

} // namespace calfatlas::app
