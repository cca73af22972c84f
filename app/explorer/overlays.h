// SPDX-License-Identifier: MIT
#pragma once

#include "platerender.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>

#include <optional>

namespace calfatlas::app {

// An image placed in device pixels.
struct PlacedImage {
    QRect rect;
    QImage image;
    bool isNull() const { return image.isNull(); }
};

// The part of a piece not hidden by pieces painted above it (from `firstLayer` inwards).
PlacedImage visiblePart(const RenderedPlate &plate, const QString &id, int firstLayer);

// A ring of `width` device pixels around the ink of `shape`, in one colour.
PlacedImage outlineRing(const PlacedImage &shape, const QColor &colour, int width);

// A soft halo fading out over `radius` device pixels around the ink of `shape`.
PlacedImage glow(const PlacedImage &shape, const QColor &colour, int radius);

// The ink of `shape` in one colour at the given opacity (a tint laid over it).
PlacedImage tint(const PlacedImage &shape, const QColor &colour, qreal opacity);

// Where labels go: one column on each side of the art, in the anchors' top-to-bottom order, pushed apart
// so that no two overlap.
struct LabelPlacement {
    QString id;
    QPointF anchor; // logical pixels
    QRectF box;     // logical pixels
    bool onLeft = true;
};
QList<LabelPlacement> layoutLabels(QList<LabelPlacement> labels, const QRectF &artBounds, const QRectF &area,
                                   qreal lineHeight, qreal gap);

} // namespace calfatlas::app
