// SPDX-License-Identifier: MIT
#include "card.h"

#include <QPainter>
#include <QPainterPath>

namespace calfatlas::app {

Card::Card(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_StyledBackground, false);
}

void Card::setAccent(const QColor &accent)
{
    m_accent = accent;
    update();
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    constexpr qreal radius = 10.0;
    QPainterPath outline;
    outline.addRoundedRect(box, radius, radius);
    painter.fillPath(outline, palette().color(QPalette::Base));
    if (m_accent.isValid()) {
        painter.save();
        painter.setClipPath(outline);
        painter.fillRect(QRectF(box.left(), box.top(), 5, box.height()), m_accent);
        painter.restore();
    }
    painter.setPen(QPen(
        palette().color(QPalette::Midlight).darker(palette().color(QPalette::Base).lightness() > 128 ? 105 : 80), 1));
    painter.drawPath(outline);
}

} // namespace calfatlas::app
