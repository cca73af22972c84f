// SPDX-License-Identifier: MIT
#pragma once

#include "measure/metronome.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

namespace calfatlas::app {

// The metronome you can see from two metres away: a large disc that fills on "up" and empties on "down",
// with the count-in's numbers before, and the raises so far under it.
class PulseView : public QWidget {
    Q_OBJECT

public:
    explicit PulseView(QWidget *parent = nullptr);

    void setBeat(const measure::Beat &beat);
    void clear();
    measure::Beat beat() const { return m_beat; }
    // When each beat reached the view, in ns on a monotonic clock (for the timing benchmark).
    const QList<qint64> &beatTimesNs() const { return m_times; }

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {0, 0}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    measure::Beat m_beat;
    bool m_started = false;
    QElapsedTimer m_clock;
    QList<qint64> m_times;
};

} // namespace calfatlas::app
