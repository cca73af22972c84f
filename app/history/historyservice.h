#pragma once

#include "history/historystore.h"

#include <QObject>

#include <memory>

namespace calfatlas::app {

// The app's one history: opens the store on first use (not at start-up) and tells every view when it changes.
class HistoryService : public QObject {
    Q_OBJECT

public:
    explicit HistoryService(QString folder, QObject *parent = nullptr);
    ~HistoryService() override;

    history::HistoryStore &store();
    QString folder() const { return m_folder; }

    history::Outcome save(const std::vector<assessment::LegResult> &legs, const QString &note = {});
    history::Outcome remove(qint64 id);
    history::Outcome restore(const history::SavedSelfTest &test);
    history::Outcome setNote(qint64 id, const QString &note);
    history::Outcome saveMeasurement(measure::Test test, std::optional<double> left, std::optional<double> right,
                                     std::optional<measure::Sex> sex);
    // The latest saved value of each leg for a test (for "beyond or within measurement error").
    std::pair<std::optional<double>, std::optional<double>> latest(measure::Test test);

signals:
    void changed();

private:
    history::Outcome changedIf(history::Outcome outcome);

    QString m_folder;
    std::unique_ptr<history::HistoryStore> m_store;
};

} // namespace calfatlas::app
