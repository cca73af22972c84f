// SPDX-License-Identifier: MIT
#include "metronomedriver.h"

#include <QTimer>

namespace calfatlas::app {

using measure::Metronome;

MetronomeDriver::MetronomeDriver(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &MetronomeDriver::fire);
    m_clock.start();
}

qint64 MetronomeDriver::now() const
{
    return m_clock.elapsed();
}

void MetronomeDriver::schedule(qint64 delayMs)
{
    m_timer->start(int(std::max<qint64>(0, delayMs)));
}

void MetronomeDriver::waitUntil(qint64 elapsedMs)
{
    QElapsedTimer guard;
    guard.start();
    while (elapsed() < elapsedMs && guard.elapsed() <= 2 * kEarlyMs) {
    }
}

void MetronomeDriver::start()
{
    m_dueAt = -1;
    m_origin = now();
    m_lastBeatAt = -1;
    m_running = true;
    fire(); // the count-in's "3", at once
}

void MetronomeDriver::stop()
{
    m_running = false;
    m_timer->stop();
}

qint64 MetronomeDriver::elapsed() const
{
    return now() - m_origin;
}

void MetronomeDriver::fire()
{
    if (!m_running)
        return;
    // The timer is set a few ms early (a busy machine wakes it late): wait out the rest here, briefly.
    if (m_dueAt >= 0) {
        waitUntil(m_dueAt);
        m_dueAt = -1;
    }
    const qint64 at = elapsed();
    // The beat whose time has come (late wake-ups show the latest one, never a burst of old ones).
    const qint64 beatAt = at / Metronome::kBeatMs * Metronome::kBeatMs;
    if (beatAt != m_lastBeatAt) {
        m_lastBeatAt = beatAt;
        m_current = Metronome::at(at);
        emit beat(m_current, at);
    }
    if (m_running) {
        m_dueAt = Metronome::nextBeatAfter(at);
        schedule(m_dueAt - elapsed() - kEarlyMs);
    }
}

} // namespace calfatlas::app
