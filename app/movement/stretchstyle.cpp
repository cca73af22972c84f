// SPDX-License-Identifier: MIT
#include "stretchstyle.h"

#include "ui/palette.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace calfatlas::app {

using biomechanics::Stretch;

QColor stretchColour(Stretch stretch)
{
    switch (stretch) {
    case Stretch::Slack: return palette::kSlack;
    case Stretch::Resting: return palette::kResting;
    case Stretch::Stretched: return palette::kStretched;
    }
    return {};
}

// The translation context of the Movement area's words (shared with its data file's).
class MovementText {
    Q_DECLARE_TR_FUNCTIONS(Movement)
};

QString stretchWord(Stretch stretch)
{
    switch (stretch) {
    case Stretch::Slack: return MovementText::tr("slack");
    case Stretch::Resting: return MovementText::tr("near resting");
    case Stretch::Stretched: return MovementText::tr("stretched");
    }
    return {};
}

void drawSmoothShape(QPainter &painter, const QPainterPath &shape)
{
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    const QPen pen = painter.pen();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.drawPath(shape);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(pen);
    const QBrush brush = painter.brush();
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    painter.setBrush(brush);
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
}

void paintStretchShape(QPainter &painter, const QPainterPath &shape, Stretch stretch, double scale)
{
    const QColor base = stretchColour(stretch);
    const QRectF box = shape.boundingRect();
    QLinearGradient shade(box.topLeft(), box.topRight());
    shade.setColorAt(0, base.lighter(118));
    shade.setColorAt(0.55, base);
    shade.setColorAt(1, base.darker(135));
    painter.setBrush(shade);
    // Hairline outlines: the fast path of the raster engine, which keeps animation frames cheap.
    QPen outline(base.darker(175), 0);
    if (stretch == Stretch::Slack)
        outline.setDashPattern({4.0, 3.0});
    painter.setPen(outline);
    drawSmoothShape(painter, shape);
    if (stretch == Stretch::Stretched) {
        // Diagonal hatching from a small tile: a texture brush fills far faster than clipped lines.
        const int step = std::max(6, int(std::lround(9.0 * scale)));
        static QHash<int, QPixmap> tiles;
        QPixmap &tile = tiles[step];
        if (tile.isNull()) {
            tile = QPixmap(step, step);
            tile.fill(Qt::transparent);
            QPainter tilePainter(&tile);
            tilePainter.setRenderHint(QPainter::Antialiasing);
            tilePainter.setPen(QPen(palette::kStretchHatching, std::max(1.0, 1.6 * scale)));
            // Three segments so the lines join across tile edges.
            tilePainter.drawLine(QPointF(-1, step + 1), QPointF(step + 1, -1));
            tilePainter.drawLine(QPointF(-1, 1), QPointF(1, -1));
            tilePainter.drawLine(QPointF(step - 1, step + 1), QPointF(step + 1, step - 1));
        }
        // The texture inside the outline only: no antialiasing needed.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(shape, QBrush(tile));
        painter.restore();
    }
}

} // namespace calfatlas::app
