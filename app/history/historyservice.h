// SPDX-License-Identifier: MIT
#pragma once

#include "history/historystore.h"
#include "plan/planbook.h"

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

    // The plan back to running, kept in the same history. Needs the plan's data and the self-test's words
    // (setPlanContent) first; each action is dated today, and emits changed() when it was saved.
    void setPlanContent(const plan::PlanContent *content, const assessment::SelfTestContent *selfTest);
    bool hasPlanContent() const { return m_plan && m_selfTest; }
    const plan::PlanContent *planContent() const { return m_plan; }
    plan::Status planStatus();
    plan::Result startPlan(assessment::Side leg);
    plan::Result logSession(int pain, const std::vector<assessment::RedFlag> &signs, std::optional<int> minutes);
    plan::Result reportMorning(plan::Morning compared);
    plan::Result resumePlan();
    plan::Result stopPlan();
    // Every plan with its events, oldest first, and each plan's replayed steps.
    std::vector<plan::Plan> plans();

signals:
    void changed();

private:
    history::Outcome changedIf(history::Outcome outcome);

    plan::Result planChangedIf(plan::Result result);
    plan::PlanBook book();

    QString m_folder;
    std::unique_ptr<history::HistoryStore> m_store;
    const plan::PlanContent *m_plan = nullptr;
    const assessment::SelfTestContent *m_selfTest = nullptr;
};

} // namespace calfatlas::app
