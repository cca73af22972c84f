// SPDX-License-Identifier: MIT
#include "pulseview.h"

#include <QPainter>

namespace calfatlas::app {

PulseView::PulseView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pulse"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Metronome"));
    m_clock.start();
}

void PulseView::setBeat(const measure::Beat &beat)
{
    m_times.append(m_clock.nsecsElapsed());
    m_beat = beat;
    m_started = true;
    setAccessibleDescription(beat.countIn > 0 ? tr("Starting in %1").arg(beat.countIn)
                             : beat.up        ? tr("Up: raise %1").arg(beat.raises)
                                              : tr("Down"));
    update();
}

void PulseView::clear()
{
    m_beat = {};
    m_started = false;
    m_times.clear();
    update();
}

void PulseView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(width(), height()) * 0.78;
    const QRectF disc((width() - side) / 2, (height() - side) / 2 - height() * 0.04, side, side);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::WindowText);
    QFont big = font();
    big.setPixelSize(int(side * 0.26));
    big.setBold(true);

    if (!m_started) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc);
        return;
    }
    if (m_beat.countIn > 0) {
        painter.setPen(QPen(accent, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc);
        big.setPixelSize(int(side * 0.45));
        painter.setFont(big);
        painter.setPen(text);
        painter.drawText(disc, Qt::AlignCenter, QString::number(m_beat.countIn));
        return;
    }
    // Up: the disc full; down: an empty ring. Shape and words, not colour alone.
    painter.setPen(QPen(accent, side * 0.04));
    painter.setBrush(m_beat.up ? QBrush(accent) : QBrush(Qt::NoBrush));
    const QRectF shape = m_beat.up ? disc : disc.adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12);
    painter.drawEllipse(shape);
    painter.setFont(big);
    painter.setPen(m_beat.up ? palette().color(QPalette::HighlightedText) : text);
    painter.drawText(disc, Qt::AlignCenter, m_beat.up ? tr("UP") : tr("down"));
    QFont count = font();
    count.setPixelSize(int(side * 0.11));
    painter.setFont(count);
    painter.setPen(text);
    painter.drawText(QRectF(0, disc.bottom() + 4, width(), height() - disc.bottom() - 4),
                     Qt::AlignHCenter | Qt::AlignTop,
                     m_beat.raises == 1 ? tr("1 raise") : tr("%1 raises").arg(m_beat.raises));
}

} // namespace calfatlas::app
