// SPDX-License-Identifier: MIT
#pragma once

#include "measure/measurement.h"
#include "plan/planbook.h"

#include <QWidget>

#include <functional>

class QLabel;
class QScrollArea;

namespace calfatlas {
class References;
}
namespace calfatlas::assessment {
class SelfTestContent;
}

namespace calfatlas::app {

// What the Plan page asks of whoever keeps the plan (the history): the page shows and asks, the keeper
// decides and saves. Each action is dated today.
struct PlanKeeper {
    std::function<plan::Status()> status;
    std::function<plan::Result(assessment::Side)> start;
    std::function<plan::Result(int pain, const std::vector<assessment::RedFlag> &signs, std::optional<int> minutes)>
        log;
    std::function<plan::Result(plan::Morning)> morning;
    std::function<plan::Result()> resume;
    std::function<plan::Result()> stop;
};

// The plan back to running: the phase strip, the safety check that opens every session, today's session
// with its timers, "Log this session" with its pain, the morning question, the gate's checklist, and the
// urgent-care page while the plan is paused.
class PlanPage : public QWidget {
    Q_OBJECT

public:
    PlanPage(const plan::PlanContent *content, const assessment::SelfTestContent *selfTest,
             const References *references, PlanKeeper keeper, QWidget *parent = nullptr);

    // Reads the status again and rebuilds the page (after the history changed elsewhere).
    void refresh();
    // The last action's outcome, as shown under the page's title.
    QString message() const;

signals:
    void measureRequested(measure::Test test);

private:
    void rebuild(const plan::Status &status);
    void act(const plan::Result &result, const QString &done);
    QWidget *startCard(QWidget *parent);
    QWidget *pausedCard(const plan::Status &status, QWidget *parent);
    QWidget *headerCard(const plan::Status &status, QWidget *parent);
    QWidget *morningCard(const plan::Status &status, QWidget *parent);
    QWidget *safetyCard(QWidget *parent);
    QWidget *sessionCard(const plan::Status &status, QWidget *parent);
    QWidget *logCard(QWidget *parent);
    QWidget *gateCard(const plan::Status &status, QWidget *parent);
    QWidget *rulesCard(QWidget *parent);
    QWidget *stopRow(QWidget *parent);

    const plan::PlanContent *m_content;
    const assessment::SelfTestContent *m_selfTest;
    const References *m_references;
    PlanKeeper m_keeper;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_message = nullptr;
    bool m_safetyDone = false; // today's safety check was answered "none of these"
};

} // namespace calfatlas::app
