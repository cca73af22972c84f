#pragma once

#include "heelraisepage.h"

class QTabWidget;

namespace calfatlas::app {

class KneeToWallTestPage;

// The Recovery area: the measurements a runner repeats on the way back, the heel-raise test and
// knee-to-wall, each judged against its norms and its own measurement error, and saved to the history.
class RecoveryArea : public QWidget {
    Q_OBJECT

public:
    RecoveryArea(const References *references, const PreviousProvider &previous, MetronomeDriver *driver = nullptr,
                 QWidget *parent = nullptr);

    HeelRaisePage *heelRaise() const { return m_heelRaise; }
    KneeToWallTestPage *kneeToWall() const { return m_kneeToWall; }
    void setSaveOutcome(measure::Test test, bool saved, const QString &message);

signals:
    void saveRequested(measure::Test test, std::optional<double> left, std::optional<double> right,
                       std::optional<measure::Sex> sex);

private:
    QTabWidget *m_tabs = nullptr;
    HeelRaisePage *m_heelRaise = nullptr;
    KneeToWallTestPage *m_kneeToWall = nullptr;
};

} // namespace calfatlas::app
