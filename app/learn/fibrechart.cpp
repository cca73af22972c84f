// SPDX-License-Identifier: MIT
#include "fibrechart.h"

#include "ui/palette.h"

#include <QPainter>
#include <QPainterPath>

namespace calfatlas::app {

namespace {

constexpr int kBarHeight = 22;
constexpr int kRowGap = 14;
constexpr int kAxisHeight = 20;
constexpr int kLegendHeight = 26;

QColor slowColour()
{
    return palette::kSlowFibres.current();
}

QColor fastColour()
{
    return palette::kFastFibres.current();
}

} // namespace

FibreChart::FibreChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Fibre types chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FibreChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    QStringList description;
    for (const Bar &bar : bars)
        description.append(bar.slowMin == bar.slowMax
                               ? tr("%1: about %2 % slow-twitch").arg(bar.label).arg(bar.slowMin)
                               : tr("%1: about %2–%3 % slow-twitch").arg(bar.label).arg(bar.slowMin).arg(bar.slowMax));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    setToolTip(accessibleDescription());
    updateGeometry();
    update();
}

int FibreChart::labelWidth() const
{
    int width = 0;
    for (const Bar &bar : m_bars)
        width = std::max(width, fontMetrics().horizontalAdvance(bar.label));
    return width + 12;
}

QSize FibreChart::sizeHint() const
{
    const int rows = int(m_bars.size());
    return {520, rows * kBarHeight + std::max(0, rows - 1) * kRowGap + kAxisHeight + kLegendHeight + 8};
}

QSize FibreChart::minimumSizeHint() const
{
    return {labelWidth() + 200, sizeHint().height()};
}

void FibreChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const int left = labelWidth();
    const int right = width() - fontMetrics().horizontalAdvance(QStringLiteral("100 %")) / 2 - 2;
    const qreal span = std::max(1, right - left);
    const auto xOf = [&](qreal percent) { return left + span * percent / 100.0; };

    // The legend first, above the bars.
    int y = 2;
    int x = left;
    for (const auto &[colour, words] :
         {std::pair{slowColour(), tr("Slow-twitch (type I)")}, std::pair{fastColour(), tr("Fast-twitch (type II)")}}) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(x, y + 4, 12, 12), 2, 2);
        painter.setPen(text);
        const QRect box(x + 18, y, fontMetrics().horizontalAdvance(words) + 4, 20);
        painter.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, words);
        x = box.right() + 18;
    }
    y += kLegendHeight;

    for (const Bar &bar : m_bars) {
        const QRectF track(left, y, span, kBarHeight);
        painter.setPen(text);
        painter.drawText(QRect(0, y, left - 8, kBarHeight), Qt::AlignVCenter | Qt::AlignRight, bar.label);
        QPainterPath clip;
        clip.addRoundedRect(track, 4, 4);
        painter.save();
        painter.setClipPath(clip);
        painter.fillRect(track, fastColour());
        painter.fillRect(QRectF(left, y, xOf(bar.slowMin) - left, kBarHeight), slowColour());
        if (bar.slowMax > bar.slowMin) {
            // The measured range: the slow share lies somewhere in here.
            QColor range = slowColour();
            range.setAlphaF(0.45);
            painter.fillRect(QRectF(xOf(bar.slowMin), y, xOf(bar.slowMax) - xOf(bar.slowMin), kBarHeight), range);
        }
        painter.restore();
        const QString value = bar.slowMin == bar.slowMax ? tr("≈ %1 %").arg(bar.slowMin)
                                                         : tr("%1–%2 %").arg(bar.slowMin).arg(bar.slowMax);
        QFont bold = font();
        bold.setWeight(QFont::DemiBold);
        painter.setFont(bold);
        painter.setPen(Qt::white);
        const QRectF inside(left + 8, y, std::max(0.0, xOf(bar.slowMin) - left - 12), kBarHeight);
        if (QFontMetrics(bold).horizontalAdvance(value) < inside.width())
            painter.drawText(inside, Qt::AlignVCenter | Qt::AlignLeft, value);
        painter.setFont(font());
        y += kBarHeight + kRowGap;
    }

    // A percentage axis under the bars.
    y -= kRowGap - 4;
    painter.setPen(muted);
    for (int percent = 0; percent <= 100; percent += 25) {
        const qreal px = xOf(percent);
        painter.drawLine(QPointF(px, y), QPointF(px, y + 3));
        const QString label = tr("%1 %").arg(percent);
        const int w = fontMetrics().horizontalAdvance(label);
        painter.drawText(QRectF(px - w / 2.0 - 2, y + 3, w + 4, kAxisHeight - 3), Qt::AlignCenter, label);
    }
}

} // namespace calfatlas::app
