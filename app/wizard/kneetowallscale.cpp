#include "kneetowallscale.h"

#include "assessment/kneetowall.h"
#include "shell/theme.h"

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
    return {460, fontMetrics().height() * 5 + 24};
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
    const QRectF bar(inset, line * 1.6 + 6, width() - 2 * inset, 16);
    const auto xOf = [&](double cm) { return bar.left() + bar.width() * std::min(cm, kScaleMaxCm) / kScaleMaxCm; };
    const qreal cut = xOf(assessment::kKneeToWallReducedBelowCm);
    const bool dark = isDarkPalette();

    QPainterPath left;
    left.addRoundedRect(QRectF(bar.left(), bar.top(), cut - bar.left(), bar.height()), 4, 4);
    QPainterPath right;
    right.addRoundedRect(QRectF(cut, bar.top(), bar.right() - cut, bar.height()), 4, 4);
    painter.fillPath(left, dark ? QColor(0x7A, 0x5A, 0x2E) : QColor(0xF2, 0xD4, 0xA2));
    painter.fillPath(right, dark ? QColor(0x3A, 0x63, 0x4A) : QColor(0xC9, 0xE6, 0xCF));

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

    // Markers above the bar, each with its leg and distance.
    for (const Mark &mark : m_marks) {
        const qreal x = xOf(mark.cm);
        QPainterPath arrow;
        arrow.moveTo(x, bar.top() + 2);
        arrow.lineTo(x - 7, bar.top() - 9);
        arrow.lineTo(x + 7, bar.top() - 9);
        arrow.closeSubpath();
        painter.fillPath(arrow, text);
        const QString label = QStringLiteral("%1 %2 cm").arg(mark.label, assessment::formatCentimetres(mark.cm));
        const qreal w = metrics.horizontalAdvance(label) + 8;
        const qreal left = std::clamp(x - w / 2, 0.0, width() - w);
        painter.setPen(text);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(left, bar.top() - 10 - line, w, line), Qt::AlignCenter, label);
        painter.setFont(font());
    }
}

} // namespace calfatlas::app
