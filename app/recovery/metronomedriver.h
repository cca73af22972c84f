// SPDX-License-Identifier: MIT
#pragma once

#include "measure/metronome.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace calfatlas::app {

// Runs the heel-raise metronome: from start(), a beat on each whole second of its own clock (a precise
// timer aimed at the grid each time, so that errors never add up). Tests replace the clock and the timer
// with advance() (see FakeMetronomeDriver in the tests): no real waiting.
class MetronomeDriver : public QObject {
    Q_OBJECT

public:
    explicit MetronomeDriver(QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Milliseconds since start().
    qint64 elapsed() const;
    measure::Beat current() const { return m_current; }

signals:
    // A beat of the count-in or of the test, with its time on the driver's clock (ms since start()).
    void beat(const calfatlas::measure::Beat &beat, qint64 atMs);

protected:
    // The clock, in ms; monotonic.
    virtual qint64 now() const;
    // Asks for fire() after delayMs; the driver asks a few ms early and then waits with waitUntil().
    virtual void schedule(qint64 delayMs);
    // Returns once elapsed() has reached elapsedMs (at most a few ms of busy waiting).
    virtual void waitUntil(qint64 elapsedMs);
    qint64 origin() const { return m_origin; }
    // Called when a scheduled beat is due: emits every beat whose time has come, then schedules the next.
    void fire();

private:
    // How early the timer is set before a beat; fire() waits out the difference.
    static constexpr qint64 kEarlyMs = 4;
    QElapsedTimer m_clock;
    qint64 m_dueAt = -1; // the beat the timer was set for
    QTimer *m_timer = nullptr;
    qint64 m_origin = 0;
    qint64 m_lastBeatAt = -1;
    bool m_running = false;
    measure::Beat m_current;
};

} // namespace calfatlas::app
