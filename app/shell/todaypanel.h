// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "measure/measurement.h"

#include <QWidget>

class QVBoxLayout;

namespace calfatlas::assessment {
class SelfTestContent;
}

namespace calfatlas::app {

class HistoryService;

// The top of the home page for someone who has used CalfAtlas: the plan's next session (or the morning
// question, when a session was logged on an earlier day), the last self-test and the last measurements, each
// with the way to go on. Empty (hidden) for a new user, who sees the welcome below it.
class TodayPanel : public QWidget {
    Q_OBJECT

public:
    TodayPanel(HistoryService *history, const assessment::SelfTestContent *selfTest, QWidget *parent = nullptr);

    void refresh();

signals:
    void openPlanRequested();
    void measureRequested(measure::Test test);
    void showSelfTestRequested(qint64 id);
    void startSelfTestRequested();

private:
    QWidget *planCard(QWidget *parent);
    QWidget *selfTestCard(QWidget *parent);
    QWidget *measurementsCard(QWidget *parent);

    HistoryService *m_history;
    const assessment::SelfTestContent *m_selfTest;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace calfatlas::app
