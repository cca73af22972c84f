// SPDX-License-Identifier: MIT
#include "kneetowallscale.h"

#include "assessment/kneetowall.h"
#include "ui/palette.h"

#include <QPainter>
#include <QPainterPath>

namespace calfatlas::app {

namespace {
constexpr double kScaleMaxCm = 20.0;
}

KneeToWallScale::KneeToWallScale(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Knee-to-wall scale"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KneeToWallScale::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    QStringList described;
    for (const Mark &mark : marks)
        described.append(QStringLiteral("%1 %2 cm").arg(mark.label, assessment::formatCentimetres(mark.cm)));
    setAccessibleDescription(described.join(QStringLiteral(", ")));
    update();
}

QSize KneeToWallScale::sizeHint() const
{
    return {460, fontMetrics().height() * 6 + 24};
}

QSize KneeToWallScale::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

void KneeToWallScale::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const qreal line = metrics.height();
    const qreal inset = metrics.horizontalAdvance(tr("%1 cm").arg(20)) / 2.0 + 4; // room for the end labels
    // Two lines above the bar: the markers' labels stack when they would overlap.
    const QRectF bar(inset, line * 2.6 + 6, width() - 2 * inset, 16);
    const auto xOf = [&](double cm) { return bar.left() + bar.width() * std::min(cm, kScaleMaxCm) / kScaleMaxCm; };
    const qreal cut = xOf(assessment::kKneeToWallReducedBelowCm);
    const bool dark = isDarkPalette();

    QPainterPath left;
    left.addRoundedRect(QRectF(bar.left(), bar.top(), cut - bar.left(), bar.height()), 4, 4);
    QPainterPath right;
    right.addRoundedRect(QRectF(cut, bar.top(), bar.right() - cut, bar.height()), 4, 4);
    painter.fillPath(left, palette::kKneeToWallReduced.in(dark));
    painter.fillPath(right, palette::kKneeToWallTypical.in(dark));

    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    painter.drawText(QRectF(bar.left(), bar.bottom() + 2, cut - bar.left(), line), Qt::AlignCenter,
                     tr("under 10 cm: reduced"));
    painter.drawText(QRectF(cut, bar.bottom() + 2, bar.right() - cut, line), Qt::AlignCenter,
                     tr("10 cm or more: typical"));
    // Ticks every 5 cm.
    QColor tick = text;
    tick.setAlphaF(0.6);
    painter.setPen(tick);
    for (int cm = 0; cm <= int(kScaleMaxCm); cm += 5) {
        const qreal x = xOf(cm);
        painter.drawLine(QPointF(x, bar.bottom() + line + 4), QPointF(x, bar.bottom() + line + 8));
        painter.drawText(QRectF(x - 30, bar.bottom() + line + 8, 60, line), Qt::AlignCenter, tr("%1 cm").arg(cm));
    }
    painter.setPen(QPen(text, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(cut, bar.top() - 4), QPointF(cut, bar.bottom() + 4));

    // Markers above the bar, each with its leg and distance. Labels that would overlap are pushed apart
    // around their middle, and the second goes up a line when the two do not fit side by side.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    QList<QRectF> boxes;
    for (const Mark &mark : m_marks) {
        const qreal x = xOf(mark.cm);
        QPainterPath arrow;
        arrow.moveTo(x, bar.top() + 2);
        arrow.lineTo(x - 7, bar.top() - 9);
        arrow.lineTo(x + 7, bar.top() - 9);
        arrow.closeSubpath();
        painter.fillPath(arrow, text);
        const QString label = QStringLiteral("%1 %2 cm").arg(mark.label, assessment::formatCentimetres(mark.cm));
        const qreal w = boldMetrics.horizontalAdvance(label) + 8;
        boxes.append(QRectF(std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w)), bar.top() - 10 - line, w, line));
    }
    if (boxes.size() == 2 && boxes[0].intersects(boxes[1])) {
        const int first = boxes[0].center().x() <= boxes[1].center().x() ? 0 : 1;
        QRectF &a = boxes[first];
        QRectF &b = boxes[1 - first];
        if (a.width() + b.width() + 6 <= width()) {
            const qreal middle =
                std::clamp((a.center().x() + b.center().x()) / 2, a.width() + 3, width() - b.width() - 3);
            a.moveRight(middle - 3);
            b.moveLeft(middle + 3);
        } else {
            b.moveTop(a.top() - line);
        }
    }
    painter.setPen(text);
    painter.setFont(bold);
    for (qsizetype i = 0; i < boxes.size(); ++i)
        painter.drawText(
            boxes[i], Qt::AlignCenter,
            QStringLiteral("%1 %2 cm").arg(m_marks[i].label, assessment::formatCentimetres(m_marks[i].cm)));
    painter.setFont(font());
}

} // namespace calfatlas::app
