// SPDX-License-Identifier: MIT
#pragma once

#include "heelraisepage.h"

class QTabWidget;

namespace calfatlas::app {

class KneeToWallTestPage;
class PlanPage;

// The Recovery area: the plan back to running, and the measurements a runner repeats on the way back, the
// heel-raise test and knee-to-wall, each judged against its norms and its own measurement error, and saved to
// the history.
class RecoveryArea : public QWidget {
    Q_OBJECT

public:
    RecoveryArea(const References *references, const PreviousProvider &previous, MetronomeDriver *driver = nullptr,
                 QWidget *parent = nullptr);

    HeelRaisePage *heelRaise() const { return m_heelRaise; }
    KneeToWallTestPage *kneeToWall() const { return m_kneeToWall; }
    void setSaveOutcome(measure::Test test, bool saved, const QString &message);
    // The plan back to running, as the first tab; its "measure now" links open the tests here.
    void addPlan(PlanPage *plan);
    PlanPage *plan() const { return m_plan; }
    void showPlan();
    void showTest(measure::Test test);

signals:
    void saveRequested(measure::Test test, std::optional<double> left, std::optional<double> right,
                       std::optional<measure::Sex> sex);

private:
    QTabWidget *m_tabs = nullptr;
    HeelRaisePage *m_heelRaise = nullptr;
    KneeToWallTestPage *m_kneeToWall = nullptr;
    PlanPage *m_plan = nullptr;
};

} // namespace calfatlas::app
