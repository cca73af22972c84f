// SPDX-License-Identifier: MIT
#pragma once

#include "platerender.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainterPath>
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

// The outline of the ink of `shape` (alpha at least one half), in the device pixels `shape` is placed in;
// traced at no more than `maxSide` pixels along its longer side, so it is cheap for large shapes.
QPainterPath inkOutline(const PlacedImage &shape, int maxSide = 640);

} // namespace calfatlas::app
