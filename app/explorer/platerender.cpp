// SPDX-License-Identifier: MIT
#include "platerender.h"

#include "ui/startupclock.h"

#include <QPainter>
#include <QSvgRenderer>

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
