// SPDX-License-Identifier: MIT
#include "overlays.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace calfatlas::app {

namespace {

constexpr int kInk = 128;

QImage coloured(const QImage &shape, const QColor &colour)
{
    QImage result = shape.copy();
    QPainter painter(&result);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(result.rect(), colour);
    return result;
}

// Draws `shape` at every offset within `radius` (a cheap dilation) into an image grown by `radius`.
QImage dilated(const QImage &shape, int radius)
{
    QImage result(shape.size() + QSize(2 * radius, 2 * radius), QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    const int steps = std::max(8, radius * 4);
    for (int i = 0; i < steps; ++i) {
        const double angle = 2 * M_PI * i / steps;
        painter.drawImage(QPointF(radius + radius * std::cos(angle), radius + radius * std::sin(angle)), shape);
    }
    if (radius > 1)
        painter.drawImage(QPoint(radius, radius), shape);
    return result;
}

} // namespace

PlacedImage visiblePart(const RenderedPlate &plate, const QString &id, int firstLayer)
{
    const RenderedPiece *own = plate.piece(id);
    if (!own || own->layer < firstLayer || !plate.isDrawn(*own))
        return {};
    // What lies above, composed; only where it is solid ink does it hide the piece (translucent skin does not).
    QImage cover(own->rect.size(), QImage::Format_ARGB32_Premultiplied);
    cover.fill(Qt::transparent);
    {
        QPainter painter(&cover);
        bool above = false;
        for (const RenderedPiece &piece : plate.pieces) {
            if (&piece == own) {
                above = true;
                continue;
            }
            if (above && piece.layer >= firstLayer && plate.isDrawn(piece) && piece.rect.intersects(own->rect))
                painter.drawImage(piece.rect.topLeft() - own->rect.topLeft(), piece.image);
        }
    }
    PlacedImage result{own->rect, own->image.copy()};
    for (int y = 0; y < cover.height(); ++y) {
        const auto *covered = reinterpret_cast<const QRgb *>(cover.constScanLine(y));
        auto *pixels = reinterpret_cast<QRgb *>(result.image.scanLine(y));
        for (int x = 0; x < cover.width(); ++x) {
            if (qAlpha(covered[x]) >= kInk)
                pixels[x] = 0;
        }
    }
    return result;
}

PlacedImage outlineRing(const PlacedImage &shape, const QColor &colour, int width)
{
    if (shape.isNull())
        return {};
    const QImage solid = coloured(shape.image, colour);
    QImage ring = dilated(solid, width);
    QPainter painter(&ring);
    painter.setCompositionMode(QPainter::CompositionMode_DestinationOut);
    painter.drawImage(QPoint(width, width), shape.image);
    return {shape.rect.adjusted(-width, -width, width, width), ring};
}

PlacedImage glow(const PlacedImage &shape, const QColor &colour, int radius)
{
    if (shape.isNull())
        return {};
    QImage halo(shape.image.size() + QSize(2 * radius, 2 * radius), QImage::Format_ARGB32_Premultiplied);
    halo.fill(Qt::transparent);
    QPainter painter(&halo);
    // Rings from the outside in, each a little more opaque: a soft fall-off without a blur filter.
    const int rings = std::max(3, radius / 2);
    for (int k = rings; k >= 1; --k) {
        const int r = radius * k / rings;
        QColor step = colour;
        step.setAlphaF(colour.alphaF() * (1.0 - double(k - 1) / rings) * 0.55);
        const QImage layer = dilated(coloured(shape.image, step), r);
        painter.drawImage(QPoint(radius - r, radius - r), layer);
    }
    painter.setCompositionMode(QPainter::CompositionMode_DestinationOut);
    painter.drawImage(QPoint(radius, radius), shape.image);
    return {shape.rect.adjusted(-radius, -radius, radius, radius), halo};
}

PlacedImage tint(const PlacedImage &shape, const QColor &colour, qreal opacity)
{
    if (shape.isNull())
        return {};
    QColor faded = colour;
    faded.setAlphaF(opacity);
    return {shape.rect, coloured(shape.image, faded)};
}

QList<LabelPlacement> layoutLabels(QList<LabelPlacement> labels, const QRectF &artBounds, const QRectF &area,
                                   qreal lineHeight, qreal gap)
{
    std::stable_sort(labels.begin(), labels.end(),
                     [](const LabelPlacement &a, const LabelPlacement &b) { return a.anchor.y() < b.anchor.y(); });
    // The columns share the labels: the split is at the anchors' median, so a plate whose art is off-centre (the
    // side view with its foot) does not crowd every label into one column.
    QList<qreal> xs;
    for (const LabelPlacement &label : labels)
        xs.append(label.anchor.x());
    std::sort(xs.begin(), xs.end());
    const qreal middle =
        xs.isEmpty() ? artBounds.center().x() : (xs.at((xs.size() - 1) / 2) + xs.at(xs.size() / 2)) / 2;
    for (bool left : {true, false}) {
        qreal nextTop = area.top();
        QList<LabelPlacement *> column;
        for (LabelPlacement &label : labels) {
            label.onLeft = label.anchor.x() < middle;
            if (label.onLeft == left)
                column.append(&label);
        }
        for (LabelPlacement *label : column) {
            const qreal width = label->box.width();
            const qreal top = std::max(nextTop, label->anchor.y() - lineHeight / 2);
            const qreal x = left ? std::max(area.left(), artBounds.left() - gap - width)
                                 : std::min(area.right() - width, artBounds.right() + gap);
            label->box = QRectF(x, top, width, lineHeight);
            nextTop = top + lineHeight + 2;
        }
        // Labels pushed below the area move back up together.
        const qreal overflow = nextTop - area.bottom();
        if (overflow > 0) {
            qreal limit = area.bottom();
            for (auto it = column.rbegin(); it != column.rend(); ++it) {
                QRectF &box = (*it)->box;
                if (box.bottom() > limit)
                    box.moveBottom(limit);
                limit = box.top() - 2;
            }
        }
    }
    return labels;
}

} // namespace calfatlas::app
