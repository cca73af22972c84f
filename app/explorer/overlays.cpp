// SPDX-License-Identifier: MIT
#include "overlays.h"

#include <QBitmap>
#include <QPainter>
#include <QRegion>

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

QPainterPath inkOutline(const PlacedImage &shape, int maxSide)
{
    if (shape.isNull())
        return {};
    const QSize size = shape.image.size();
    const qreal factor = std::min(1.0, qreal(maxSide) / std::max(size.width(), size.height()));
    const QImage small = factor < 1.0 ? shape.image.scaled((QSizeF(size) * factor).toSize().expandedTo({1, 1}),
                                                           Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                      : shape.image;
    const QRegion region(QBitmap::fromImage(small.createAlphaMask(Qt::ThresholdAlphaDither)));
    QPainterPath path;
    path.addRegion(region);
    path = path.simplified();
    const QTransform back =
        QTransform::fromScale(qreal(size.width()) / small.width(), qreal(size.height()) / small.height()) *
        QTransform::fromTranslate(shape.rect.left(), shape.rect.top());
    return back.map(path);
}

} // namespace calfatlas::app
