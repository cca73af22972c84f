// SPDX-License-Identifier: MIT
#include "anatomy/labellayout.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace calfatlas::anatomy {

namespace {

constexpr qreal kBalance = 0.45; // the shorter column holds at least this share of the labels
constexpr qreal kShrinkSteps[] = {1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7};

qreal cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

bool onSegment(const QPointF &a, const QPointF &b, const QPointF &p)
{
    return std::min(a.x(), b.x()) <= p.x() && p.x() <= std::max(a.x(), b.x()) && std::min(a.y(), b.y()) <= p.y() &&
           p.y() <= std::max(a.y(), b.y());
}

int sign(qreal value)
{
    constexpr qreal kEpsilon = 1e-9;
    return value > kEpsilon ? 1 : (value < -kEpsilon ? -1 : 0);
}

// One column's boxes, top to bottom: each as near its anchor's height as the others allow. Neighbours that
// would overlap form a group that sits centred on its members' wishes, within the area.
QList<qreal> stackColumn(const QList<qreal> &ideals, const QList<qreal> &heights, const QRectF &area, qreal spacing)
{
    struct Group {
        qsizetype first = 0;
        qsizetype last = 0;
        qreal top = 0;
        qreal height = 0;
    };
    QList<Group> groups;
    const auto settle = [&](Group &group) {
        qreal wish = 0;
        qreal offset = 0;
        for (qsizetype i = group.first; i <= group.last; ++i) {
            wish += ideals.at(i) - offset;
            offset += heights.at(i) + spacing;
        }
        group.height = offset - spacing;
        group.top = wish / qreal(group.last - group.first + 1);
        group.top = std::max(area.top(), std::min(group.top, area.bottom() - group.height));
    };
    for (qsizetype i = 0; i < ideals.size(); ++i) {
        Group group{i, i, 0, 0};
        settle(group);
        groups.append(group);
        while (groups.size() > 1) {
            Group &previous = groups[groups.size() - 2];
            const Group &current = groups.last();
            if (previous.top + previous.height + spacing <= current.top + 1e-9)
                break;
            previous.last = current.last;
            groups.removeLast();
            settle(groups.last());
        }
    }
    QList<qreal> tops;
    for (const Group &group : std::as_const(groups)) {
        qreal top = group.top;
        for (qsizetype i = group.first; i <= group.last; ++i) {
            tops.append(top);
            top += heights.at(i) + spacing;
        }
    }
    return tops;
}

// Swaps the heights of labels whose leaders cross until none do. Each swap shortens the leaders in total, so
// this ends; labels of one column share the edge their leaders meet.
void uncross(QList<PlacedLabel *> &column)
{
    const qsizetype limit = 4 * column.size() * column.size() + 8;
    for (qsizetype round = 0; round < limit; ++round) {
        bool swapped = false;
        for (qsizetype i = 0; i < column.size(); ++i) {
            for (qsizetype j = i + 1; j < column.size(); ++j) {
                PlacedLabel &a = *column[i];
                PlacedLabel &b = *column[j];
                if (!qFuzzyCompare(a.box.height(), b.box.height()) ||
                    !segmentsCross(a.anchor, a.leaderEnd, b.anchor, b.leaderEnd))
                    continue;
                const qreal topA = a.box.top();
                a.box.moveTop(b.box.top());
                b.box.moveTop(topA);
                std::swap(a.leaderEnd.ry(), b.leaderEnd.ry());
                swapped = true;
            }
        }
        if (!swapped)
            return;
    }
}

qreal columnHeight(const QList<LabelItem> &items, const QList<qsizetype> &members, qreal scale, qreal spacing)
{
    qreal height = 0;
    for (qsizetype index : members)
        height += items.at(index).size.height() * scale + spacing;
    return members.isEmpty() ? 0 : height - spacing;
}

// How many of the items, taken from the left, go to the left column: those left of the art's middle, evened out
// a little and moved across as far as needed for both columns to fit.
qsizetype leftCount(const QList<LabelItem> &items, const QList<qsizetype> &byX, const QRectF &art, const QRectF &area,
                    qreal scale, qreal spacing, bool *fits)
{
    qsizetype preferred = 0;
    for (qsizetype index : byX)
        preferred += items.at(index).anchor.x() < art.center().x() ? 1 : 0;
    // Columns of about the same length, as a plate sets them, even when most anchors lie on one side.
    const auto n = qreal(byX.size());
    preferred = std::clamp(preferred, qsizetype(std::floor(kBalance * n)), qsizetype(std::ceil((1 - kBalance) * n)));
    qsizetype best = preferred;
    qreal bestOverflow = std::numeric_limits<qreal>::max();
    for (qsizetype distance = 0; distance <= byX.size(); ++distance) {
        for (qsizetype k : {preferred - distance, preferred + distance}) {
            if (k < 0 || k > byX.size())
                continue;
            const qreal overflow = std::max(columnHeight(items, byX.mid(0, k), scale, spacing) - area.height(), 0.0) +
                                   std::max(columnHeight(items, byX.mid(k), scale, spacing) - area.height(), 0.0);
            if (overflow < bestOverflow - 1e-9) {
                bestOverflow = overflow;
                best = k;
            }
        }
        if (bestOverflow <= 0)
            break;
    }
    *fits = bestOverflow <= 0;
    return best;
}

LabelLayout placeAt(const QList<LabelItem> &items, const QRectF &art, const QRectF &area, qreal gap, qreal spacing,
                    qreal scale, bool *fits)
{
    QList<qsizetype> byX(items.size());
    std::iota(byX.begin(), byX.end(), 0);
    std::stable_sort(byX.begin(), byX.end(),
                     [&](qsizetype a, qsizetype b) { return items.at(a).anchor.x() < items.at(b).anchor.x(); });
    const qsizetype split = leftCount(items, byX, art, area, scale, spacing, fits);
    LabelLayout layout;
    layout.scale = scale;
    layout.labels.resize(items.size());
    for (const bool left : {true, false}) {
        QList<qsizetype> members = left ? byX.mid(0, split) : byX.mid(split);
        std::stable_sort(members.begin(), members.end(),
                         [&](qsizetype a, qsizetype b) { return items.at(a).anchor.y() < items.at(b).anchor.y(); });
        qreal widest = 0;
        QList<qreal> ideals;
        QList<qreal> heights;
        for (qsizetype index : members) {
            const QSizeF size = items.at(index).size * scale;
            widest = std::max(widest, size.width());
            ideals.append(items.at(index).anchor.y() - size.height() / 2);
            heights.append(size.height());
        }
        qreal edge = left ? art.left() - gap : art.right() + gap;
        if (left && edge - widest < area.left())
            edge = area.left() + widest;
        if (!left && edge + widest > area.right())
            edge = area.right() - widest;
        if (!members.isEmpty() && (left ? edge > art.left() - gap + 1e-6 : edge < art.right() + gap - 1e-6)) {
            layout.besideArt = false;
            *fits = false;
        }
        const QList<qreal> tops = stackColumn(ideals, heights, area, spacing * scale);
        QList<PlacedLabel *> column;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const LabelItem &item = items.at(members.at(i));
            const QSizeF size = item.size * scale;
            PlacedLabel &placed = layout.labels[members.at(i)];
            placed.id = item.id;
            placed.anchor = item.anchor;
            placed.onLeft = left;
            placed.box = QRectF(left ? edge - size.width() : edge, tops.at(i), size.width(), size.height());
            placed.leaderEnd = QPointF(edge, placed.box.center().y());
            column.append(&placed);
        }
        uncross(column);
    }
    return layout;
}

} // namespace

bool isLabelled(qreal visibleArea, const QRectF &plateBounds)
{
    return visibleArea > 0 && visibleArea >= kLabelledShareOfPlate * plateBounds.width() * plateBounds.height();
}

QList<QPointF> spreadAnchors(const QList<QList<AnchorCandidate>> &candidates, qreal spacing)
{
    QList<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return candidates.at(a).size() < candidates.at(b).size(); });
    QList<QPointF> anchors(candidates.size());
    QList<QPointF> chosen;
    for (qsizetype index : order) {
        qreal bestScore = -1;
        for (const AnchorCandidate &candidate : candidates.at(index)) {
            qreal nearest = std::numeric_limits<qreal>::max();
            for (const QPointF &other : std::as_const(chosen))
                nearest = std::min(nearest, QLineF(other, candidate.point).length());
            // Well inside the part that shows, and away from the other anchors; the latter counts double.
            const qreal score =
                std::min(candidate.clearance, spacing) + 2 * std::min(nearest, spacing) + 0.01 * candidate.clearance;
            if (score > bestScore) {
                bestScore = score;
                anchors[index] = candidate.point;
            }
        }
        if (bestScore >= 0)
            chosen.append(anchors.at(index));
    }
    return anchors;
}

LabelLayout layoutLabels(const QList<LabelItem> &items, const QRectF &art, const QRectF &area, qreal gap, qreal spacing)
{
    LabelLayout layout;
    for (const qreal scale : kShrinkSteps) {
        bool fits = false;
        layout = placeAt(items, art, area, gap, spacing, scale, &fits);
        if (fits)
            break;
    }
    return layout;
}

bool segmentsCross(const QPointF &a1, const QPointF &a2, const QPointF &b1, const QPointF &b2)
{
    const int d1 = sign(cross(b1, b2, a1));
    const int d2 = sign(cross(b1, b2, a2));
    const int d3 = sign(cross(a1, a2, b1));
    const int d4 = sign(cross(a1, a2, b2));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && onSegment(b1, b2, a1)) || (d2 == 0 && onSegment(b1, b2, a2)) ||
           (d3 == 0 && onSegment(a1, a2, b1)) || (d4 == 0 && onSegment(a1, a2, b2));
}

bool segmentEntersRect(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    // Clips the segment to the rectangle (Liang and Barsky); it enters when a piece of positive length is left.
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t1 - t0 <= 1e-9)
        return false;
    // Only touching an edge does not count: the clipped piece's middle must lie strictly inside.
    const QPointF middle = a + (b - a) * ((t0 + t1) / 2);
    return middle.x() > rect.left() && middle.x() < rect.right() && middle.y() > rect.top() &&
           middle.y() < rect.bottom();
}

} // namespace calfatlas::anatomy
