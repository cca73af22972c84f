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

signals:
    void changed();

private:
    history::Outcome changedIf(history::Outcome outcome);

    QString m_folder;
    std::unique_ptr<history::HistoryStore> m_store;
};

} // namespace calfatlas::app
