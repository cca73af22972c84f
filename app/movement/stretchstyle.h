// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"

#include <QBrush>
#include <QColor>
#include <QPen>
#include <QString>

class QPainter;
class QPainterPath;

namespace calfatlas::app {

// How the Movement area shows a muscle's stretch: a colour, and a second cue that is not colour —
// a dashed outline when slack, hatching when stretched — plus a word.
QColor stretchColour(biomechanics::Stretch stretch);
QString stretchWord(biomechanics::Stretch stretch);

// Draws a large shape cheaply: the fill without antialiasing (one span a row, which the raster engine
// fills without handing work to other threads), then an antialiased hairline outline that smooths its edge.
void drawSmoothShape(QPainter &painter, const QPainterPath &shape);

// Fills a shape in the stretch's colour with its outline and pattern.
void paintStretchShape(QPainter &painter, const QPainterPath &shape, biomechanics::Stretch stretch, double scale);

} // namespace calfatlas::app
