// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/plate.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace calfatlas::app {

// A structure that shows at a peel stage, measured in plate units.
struct ShownStructure {
    QString id;
    qreal visibleArea = 0; // plate units squared
    QPointF anchor;        // where its leader points: well inside the part that shows, apart from the others
};

// The structures that show when the layers from `firstLayer` inwards are drawn (with the on-demand pieces in
// `shownOnDemand`), each big enough to be named, with its anchor. Measured once per plate and stage on a
// rasterisation of fixed size, so the answer is the same at every window size and screen scale.
QList<ShownStructure> labelledStructures(const anatomy::Plate &plate, int firstLayer, const QStringList &shownOnDemand);
// Where the plate's art has ink (every layer), in plate units: the labels keep clear of it.
QRectF inkBounds(const anatomy::Plate &plate);
// Measures every peel stage of the plate on a worker thread, so the first labels need not wait for it.
void measureAheadOfTime(const anatomy::Plate &plate);

} // namespace calfatlas::app
