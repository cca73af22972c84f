// SPDX-License-Identifier: MIT
#pragma once

#include "plan/plancontent.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QProgressBar;

namespace calfatlas::app {

// A timer for a session's holds or run-walk intervals: the stretches one after another, each with its own
// name ("Hold 2 of 5", "Walk"), counting down.
class SessionTimer : public QWidget {
    Q_OBJECT

public:
    struct Stretch {
        QString name;
        int seconds = 0;
    };

    explicit SessionTimer(QList<Stretch> stretches, QWidget *parent = nullptr);

    // Holds of `holdSeconds`, each but the last followed by as long a rest.
    static QList<Stretch> holds(int count, int holdSeconds);
    static QList<Stretch> intervals(const plan::Intervals &intervals);

    bool isRunning() const { return m_tick.isActive(); }
    QString status() const;

private:
    void start();
    void stop();
    void update();

    QList<Stretch> m_stretches;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QPushButton *m_button = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace calfatlas::app
