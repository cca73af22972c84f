// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace calfatlas::anatomy {

// The labels of a plate, laid out as a textbook plate does: the names in a column on each side of the art, each
// joined to its structure by a straight leader. Pure geometry, the same for the same input.

// A point where a structure shows, with how far it lies from the edge of the structure's visible part.
struct AnchorCandidate {
    QPointF point;
    qreal clearance = 0;
};

// The structures that get a label: those whose visible part covers at least this share of the plate. The
// share is measured on the plate itself, so the set is the same at every window size and screen scale.
constexpr qreal kLabelledShareOfPlate = 0.00012;
bool isLabelled(qreal visibleArea, const QRectF &plateBounds);

// One anchor per structure, each chosen among its candidates well inside the visible part and away from the
// anchors already chosen (structures with the fewest candidates choose first), so leaders do not converge.
// `spacing` is the distance that counts as far enough apart. A structure without candidates gets no anchor
// (a null point).
QList<QPointF> spreadAnchors(const QList<QList<AnchorCandidate>> &candidates, qreal spacing);

// A label to place: the point it names and the size of its text box (at full size).
struct LabelItem {
    QString id;
    QPointF anchor;
    QSizeF size;
};

struct PlacedLabel {
    QString id;
    QPointF anchor;
    QRectF box;
    QPointF leaderEnd; // where the leader meets the box: the middle of its side facing the art
    bool onLeft = true;
};

struct LabelLayout {
    QList<PlacedLabel> labels; // in the order of the items
    qreal scale = 1.0;         // the size the boxes were laid out at (a crowded plate takes a smaller text)
    bool besideArt = true;     // false when the columns had to overlap the art (a view zoomed past its edges)
};

// Lays the items out in two columns beside `art` (the art's bounds), `gap` away from it and within `area`, with
// `spacing` between boxes. Each column is ordered so that no two leaders cross, and since the columns lie
// outside the art and its anchors inside it, no leader passes over a box. When the items do not fit, the boxes
// shrink step by step (down to 70 %); no item is ever dropped.
LabelLayout layoutLabels(const QList<LabelItem> &items, const QRectF &art, const QRectF &area, qreal gap,
                         qreal spacing);

// True when the two segments share a point (used to check layouts).
bool segmentsCross(const QPointF &a1, const QPointF &a2, const QPointF &b1, const QPointF &b2);
// True when the segment passes through the inside of the rectangle.
bool segmentEntersRect(const QPointF &a, const QPointF &b, const QRectF &rect);

} // namespace calfatlas::anatomy
