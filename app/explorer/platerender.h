// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/plate.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <QTransform>

namespace calfatlas::app {

// What to rasterise: the plate mapped to device pixels, and the part of device space wanted.
struct RenderRequest {
    QTransform plateToDevice;
    QRect deviceRegion;
    quint64 generation = 0; // lets the caller drop results that arrive after a newer request
    QString plateName;      // and results for a plate it no longer shows
};

// One piece rasterised at device-pixel size, cropped to where it has ink.
struct RenderedPiece {
    QString id;
    int layer = 0;
    bool isStructure = false;
    bool onDemand = false; // drawn only while the selection asks for it (PlatePiece::shownWith)
    QRect rect;            // in device pixels
    QImage image;          // ARGB32 premultiplied, rect.size()
};

// A plate rasterised piece by piece, so layers can be composed, peeled and hit-tested without the SVG.
struct RenderedPlate {
    RenderRequest request;
    QList<RenderedPiece> pieces; // paint order
    QStringList shownOnDemand;   // the on-demand pieces the current selection shows
    bool fromCache = false;      // read back from a PlateRasterCache rather than rasterised
    // Layers already composed (see compose()) with no on-demand piece shown, by first layer.
    QHash<int, QImage> composed;

    bool isEmpty() const { return pieces.isEmpty(); }
    bool isDrawn(const RenderedPiece &piece) const { return !piece.onDemand || shownOnDemand.contains(piece.id); }
    // The topmost structure whose ink (not its bounding box) covers the device point, among the layers
    // from `firstLayer` inwards; empty when none.
    QString structureAt(const QPoint &devicePoint, int firstLayer) const;
    // The structure a pointer means at the device point: as structureAt, but a structure narrower than
    // `minimumWidth` device pixels reaches out by half the difference on each side, so that every target is at
    // least that wide to the pointer. Where several reach the point, the one it lies deepest within wins.
    QString structureNear(const QPoint &devicePoint, int firstLayer, int minimumWidth) const;
    const RenderedPiece *piece(const QString &id) const;
    // The layers from `firstLayer` to `lastLayer` (inwards), composed into one image covering the request's
    // device region.
    QImage compose(int firstLayer, int lastLayer = 1 << 20) const;
    // The same layers composed into an image only as large as their ink, whose offset() is where it lies in
    // device pixels: far less to fill and to blit than the whole region around a narrow plate.
    QImage composeInk(int firstLayer) const;

private:
    // The index of the topmost drawn piece with ink at the point, among `order` (indices, topmost first); -1 if none.
    qsizetype inkAt(const QPoint &devicePoint, const QList<qsizetype> &order) const;
    // How wide the visible part of piece `index` is through a point of it: its shortest run across, in four
    // directions, counted up to `limit`.
    int widthThrough(qsizetype index, const QPoint &devicePoint, const QList<qsizetype> &order, int limit) const;
};

// Rasterises every piece of the plate for the request. Thread-safe: it reads the plate's bytes with a
// renderer of its own, so it runs off the GUI thread.
RenderedPlate renderPlate(const anatomy::Plate &plate, const RenderRequest &request);

} // namespace calfatlas::app
