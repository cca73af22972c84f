// SPDX-License-Identifier: MIT
#include "platerender.h"

#include "ui/startupclock.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <array>
#include <cmath>

namespace calfatlas::app {

namespace {
// Strokes reach a little beyond an element's geometric bounds.
constexpr qreal kStrokeMarginPlateUnits = 3.0;
constexpr int kInkAlpha = 128;
} // namespace

RenderedPlate renderPlate(const anatomy::Plate &plate, const RenderRequest &request)
{
    RenderedPlate result;
    result.request = request;
    QSvgRenderer renderer(plate.svg());
    if (!renderer.isValid())
        return result;
    startupMark("svg-parsed");
    const qreal scale = std::sqrt(std::abs(request.plateToDevice.determinant()));
    const qreal margin = kStrokeMarginPlateUnits * scale + 1.0;
    for (const anatomy::PlatePiece &piece : plate.pieces()) {
        const QRectF bounds = renderer.boundsOnElement(piece.id);
        if (bounds.isEmpty())
            continue;
        const QRectF target = request.plateToDevice.mapRect(bounds);
        const QRect rect =
            target.adjusted(-margin, -margin, margin, margin).toAlignedRect().intersected(request.deviceRegion);
        if (rect.isEmpty())
            continue;
        QImage image(rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        // A mirrored view (a slice seen from below) is drawn upright and then flipped in place.
        const bool mirrored = request.plateToDevice.m11() < 0;
        QRectF local = target.translated(-rect.topLeft());
        if (mirrored)
            local.moveLeft(rect.width() - local.right());
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, piece.id, local);
        painter.end();
        if (mirrored)
            image = image.mirrored(true, false);
        result.pieces.append(
            {piece.id, piece.layer, piece.isStructure, !piece.shownWith.isEmpty(), rect, std::move(image)});
    }
    startupMark("pieces-rasterised");
    return result;
}

QString RenderedPlate::structureAt(const QPoint &devicePoint, int firstLayer) const
{
    for (auto it = pieces.crbegin(); it != pieces.crend(); ++it) {
        if (it->layer < firstLayer || !isDrawn(*it) || !it->rect.contains(devicePoint))
            continue;
        const QPoint local = devicePoint - it->rect.topLeft();
        const QRgb pixel = reinterpret_cast<const QRgb *>(it->image.constScanLine(local.y()))[local.x()];
        if (qAlpha(pixel) >= kInkAlpha)
            return it->isStructure ? it->id : QString(); // art on top (skin, tissue) hides what is beneath
    }
    return {};
}

qsizetype RenderedPlate::inkAt(const QPoint &devicePoint, const QList<qsizetype> &order) const
{
    for (const qsizetype index : order) {
        const RenderedPiece &candidate = pieces.at(index);
        if (!candidate.rect.contains(devicePoint))
            continue;
        const QPoint local = devicePoint - candidate.rect.topLeft();
        if (qAlpha(reinterpret_cast<const QRgb *>(candidate.image.constScanLine(local.y()))[local.x()]) >= kInkAlpha)
            return index;
    }
    return -1;
}

int RenderedPlate::widthThrough(qsizetype index, const QPoint &devicePoint, const QList<qsizetype> &order,
                                int limit) const
{
    static constexpr std::array<QPoint, 4> kDirections{QPoint(1, 0), QPoint(0, 1), QPoint(1, 1), QPoint(1, -1)};
    int narrowest = limit;
    for (const QPoint &direction : kDirections) {
        int run = 1;
        for (const int sign : {1, -1}) {
            QPoint at = devicePoint + sign * direction;
            while (run < narrowest && inkAt(at, order) == index) {
                ++run;
                at += sign * direction;
            }
        }
        // A diagonal step is √2 long.
        const int length = direction.x() != 0 && direction.y() != 0 ? int(std::lround(run * M_SQRT2)) : run;
        narrowest = std::min(narrowest, length);
    }
    return narrowest;
}

QString RenderedPlate::structureNear(const QPoint &devicePoint, int firstLayer, int minimumWidth) const
{
    const int radius = std::max(1, minimumWidth / 2);
    const QRect box(devicePoint - QPoint(radius, radius), QSize(2 * radius + 1, 2 * radius + 1));
    QList<qsizetype> order; // the pieces that can matter here, topmost first
    for (qsizetype i = pieces.size() - 1; i >= 0; --i) {
        const RenderedPiece &candidate = pieces.at(i);
        if (candidate.layer >= firstLayer && isDrawn(candidate) && candidate.rect.intersects(box))
            order.append(i);
    }
    // Each visible structure in reach: the squared distance to its nearest visible pixel, and that pixel.
    QHash<qsizetype, std::pair<int, QPoint>> nearest;
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const int distance = dx * dx + dy * dy;
            if (distance > radius * radius)
                continue;
            const qsizetype index = inkAt(devicePoint + QPoint(dx, dy), order);
            if (index < 0 || !pieces.at(index).isStructure)
                continue;
            auto found = nearest.find(index);
            if (found == nearest.end())
                nearest.insert(index, {distance, devicePoint + QPoint(dx, dy)});
            else if (distance < found->first)
                *found = {distance, devicePoint + QPoint(dx, dy)};
        }
    }
    // On a thin structure's own ink, that structure is meant; elsewhere, the thin structure whose reach the
    // point lies deepest within.
    QString best;
    qreal bestDepth = 0;
    for (auto it = nearest.cbegin(); it != nearest.cend(); ++it) {
        const int width = widthThrough(it.key(), it->second, order, minimumWidth);
        const bool under = it->first == 0;
        if (under && width < minimumWidth)
            return pieces.at(it.key()).id;
        const qreal reach = (minimumWidth - width) / 2.0;
        const qreal depth = reach - std::sqrt(qreal(it->first));
        if ((depth >= 0 || under) && (best.isEmpty() || depth > bestDepth)) {
            best = pieces.at(it.key()).id;
            bestDepth = depth;
        }
    }
    return best;
}

const RenderedPiece *RenderedPlate::piece(const QString &id) const
{
    for (const RenderedPiece &candidate : pieces) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QImage RenderedPlate::composeInk(int firstLayer) const
{
    QRect ink;
    for (const RenderedPiece &piece : pieces) {
        if (piece.layer >= firstLayer && isDrawn(piece))
            ink |= piece.rect;
    }
    if (ink.isEmpty())
        ink = QRect(request.deviceRegion.topLeft(), QSize(1, 1));
    QImage frame(ink.size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    QPainter painter(&frame);
    for (const RenderedPiece &piece : pieces) {
        if (piece.layer >= firstLayer && isDrawn(piece))
            painter.drawImage(piece.rect.topLeft() - ink.topLeft(), piece.image);
    }
    painter.end();
    frame.setOffset(ink.topLeft());
    return frame;
}

QImage RenderedPlate::compose(int firstLayer, int lastLayer) const
{
    const QRect region = request.deviceRegion;
    QImage frame(region.size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent);
    QPainter painter(&frame);
    for (const RenderedPiece &piece : pieces) {
        if (piece.layer >= firstLayer && piece.layer <= lastLayer && isDrawn(piece))
            painter.drawImage(piece.rect.topLeft() - region.topLeft(), piece.image);
    }
    return frame;
}

} // namespace calfatlas::app
