// SPDX-License-Identifier: MIT
#include "trendlayout.h"

#include "assessment/kneetowall.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::assessment;
using history::TrendPoint;

namespace {

// Where a time lands between `left` and `right`.
struct TimeAxis {
    qint64 first = 0;
    qint64 last = 0;
    double left = 0;
    double right = 0;
    double x(const QDateTime &when) const
    {
        return left +
               (right - left) * double(when.toMSecsSinceEpoch() - first) / double(std::max<qint64>(1, last - first));
    }
};

TimeAxis timeAxisFor(const std::vector<TrendPoint> &points, double left, double right)
{
    TimeAxis axis;
    axis.first = points.front().when.toMSecsSinceEpoch();
    axis.last = points.back().when.toMSecsSinceEpoch();
    if (axis.last - axis.first < 24LL * 3600 * 1000) {
        // One day or less: centre the points on a three-day span rather than stretching minutes.
        const qint64 middle = (axis.first + axis.last) / 2;
        axis.first = middle - 36LL * 3600 * 1000;
        axis.last = middle + 36LL * 3600 * 1000;
    }
    const double pad = std::min(40.0, (right - left) * 0.05);
    axis.left = left + pad;
    axis.right = right - pad;
    return axis;
}

// The legend along the top, in as many rows as its labels need; returns the number of rows.
int layoutLegend(TrendLayout &layout, const TrendMetrics &metrics)
{
    double x = layout.area.left();
    double y = layout.area.top() + metrics.line * 0.6;
    int rows = 1;
    std::vector<TrendSeries> series{TrendSeries::Bench, TrendSeries::Wall};
    if (layout.hasDistances)
        series.push_back(TrendSeries::Distance);
    for (const TrendSeries each : series) {
        const double width = 32 + metrics.legendLabels.at(size_t(each));
        if (x > layout.area.left() && x + width > layout.area.right()) {
            x = layout.area.left();
            y += metrics.line * 1.2;
            ++rows;
        }
        layout.legend.push_back({each, QLineF(QPointF(x, y), QPointF(x + 26, y)), QPointF(x + 13, y),
                                 QPointF(x + 32, y + metrics.ascent / 2 - 1)});
        x += width + 22;
    }
    return rows;
}

void layoutRatings(TrendLayout &layout, const std::vector<TrendPoint> &points, double gutter, double line)
{
    const QRectF &ratings = layout.ratings;
    const auto levelY = [&](int level) { return ratings.bottom() - ratings.height() * (level + 0.5) / 4.0; };
    for (int level = 0; level <= 3; ++level)
        layout.levels.push_back(
            {levelY(level), QRectF(layout.area.left(), levelY(level) - line / 2, gutter - 10, line), level, 0});
    for (size_t i = 0; i < points.size(); ++i) {
        const TrendPoint &point = points[i];
        const double x = layout.x[i];
        layout.bench.push_back(point.bench ? std::optional(QPointF(x, levelY(int(*point.bench)))) : std::nullopt);
        layout.wall.push_back(point.wall ? std::optional(QPointF(x, levelY(int(*point.wall)))) : std::nullopt);
    }
}

// Each value above its point, or below it, or beside it, where it covers no other label or point; left out
// when every place would.
std::optional<QRectF> distanceLabel(const TrendLayout &layout, QPointF at, const TrendMetrics &metrics)
{
    const double width = std::max(metrics.value, 24.0) + 6;
    const QRectF above(at.x() - width / 2, at.y() - metrics.line - 6, width, metrics.line);
    const QRectF below(at.x() - width / 2, at.y() + 7, width, metrics.line);
    const auto clear = [&](const QRectF &label) {
        return std::none_of(layout.distanceLabels.begin(), layout.distanceLabels.end(),
                            [&](const std::optional<QRectF> &other) { return other && other->intersects(label); }) &&
               std::none_of(layout.distance.begin(), layout.distance.end(), [&](const std::optional<QPointF> &p) {
                   return p && *p != at && label.adjusted(-5, -5, 5, 5).contains(*p);
               });
    };
    if (clear(above))
        return above;
    if (below.bottom() <= layout.distances.bottom() && clear(below))
        return below;
    // Beside it, right then left, when neither above nor below has room.
    for (const double x : {at.x() + 9, at.x() - 9 - width}) {
        const QRectF beside(x, at.y() - metrics.line / 2, width, metrics.line);
        if (beside.left() >= layout.area.left() && beside.right() <= layout.area.right() && clear(beside))
            return beside;
    }
    return std::nullopt;
}

void layoutDistances(TrendLayout &layout, const std::vector<TrendPoint> &points, double gutter,
                     const TrendMetrics &metrics)
{
    const double line = metrics.line;
    double low = kKneeToWallReducedBelowCm;
    double high = kKneeToWallReducedBelowCm;
    for (const TrendPoint &point : points) {
        if (point.kneeToWallCm) {
            low = std::min(low, *point.kneeToWallCm);
            high = std::max(high, *point.kneeToWallCm);
        }
    }
    low = std::max(kKneeToWallMinCm, std::floor(low - 1));
    high = std::min(kKneeToWallMaxCm, std::ceil(high + 1));
    const double step = high - low > 12 ? 5 : (high - low > 5 ? 2 : 1);
    const QRectF &distances = layout.distances;
    const auto cmY = [&](double cm) {
        return distances.bottom() - distances.height() * (cm - low) / std::max(1.0, high - low);
    };
    layout.distanceTitle = QPointF(distances.left(), distances.top() - line * 0.45);
    layout.distanceNote = QPointF(distances.left() + metrics.distanceTitle + 12, distances.top() - line * 0.45);
    for (double cm = std::ceil(low / step) * step; cm <= high + 1e-9; cm += step)
        layout.centimetres.push_back(
            {cmY(cm), QRectF(layout.area.left(), cmY(cm) - line / 2, gutter - 10, line), 0, cm});
    layout.reducedY = cmY(kKneeToWallReducedBelowCm);
    for (size_t i = 0; i < points.size(); ++i) {
        const TrendPoint &point = points[i];
        layout.distance.push_back(point.kneeToWallCm ? std::optional(QPointF(layout.x[i], cmY(*point.kneeToWallCm)))
                                                     : std::nullopt);
    }
    // Each value is written by its point while they have room.
    if (points.size() <= 12) {
        for (const std::optional<QPointF> &at : layout.distance)
            layout.distanceLabels.push_back(at ? distanceLabel(layout, *at, metrics) : std::nullopt);
    }
}

void layoutDates(TrendLayout &layout, const TimeAxis &axis, const TrendMetrics &metrics)
{
    const QDate firstDate = QDateTime::fromMSecsSinceEpoch(axis.first).toLocalTime().date();
    const QDate lastDate = QDateTime::fromMSecsSinceEpoch(axis.last).toLocalTime().date();
    const bool sameYear = firstDate.year() == lastDate.year();
    layout.dateFormat = sameYear ? metrics.dayFormat : metrics.dayYearFormat;
    const double labelWidth = (sameYear ? metrics.date : metrics.dateWithYear) + 24;
    const int ticks = std::clamp(int((axis.right - axis.left) / labelWidth) + 1, 2, 8);
    const double axisY = layout.axis.y1();
    QDate previous;
    for (int i = 0; i < ticks; ++i) {
        const qint64 ms = axis.first + (axis.last - axis.first) * i / (ticks - 1);
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
        if (date == previous)
            continue;
        previous = date;
        const double x = axis.x(QDateTime::fromMSecsSinceEpoch(ms));
        layout.dates.push_back({x, date, QRectF(x - labelWidth / 2, axisY + 5, labelWidth, metrics.line)});
    }
}

} // namespace

TrendLayout layoutTrend(const QRectF &area, const std::vector<TrendPoint> &points, const TrendMetrics &metrics)
{
    TrendLayout layout;
    layout.area = area;
    if (points.empty())
        return layout;
    layout.empty = false;
    layout.hasDistances =
        std::any_of(points.begin(), points.end(), [](const TrendPoint &p) { return p.kneeToWallCm.has_value(); });
    const int legendRows = layoutLegend(layout, metrics);

    const double line = metrics.line;
    const double gutter = metrics.axisLabels + 14;
    const double top = area.top() + line * 1.8 + (legendRows - 1) * line * 1.2;
    const double bottom = area.bottom() - line * 1.7;
    const double left = area.left() + gutter;
    const double right = area.right() - 18;
    const double gap = line * 1.9;
    const double ratingsHeight = layout.hasDistances ? (bottom - top - gap) * 0.55 : bottom - top;
    layout.ratings = QRectF(left, top, right - left, ratingsHeight);
    const TimeAxis axis = timeAxisFor(points, left, right);
    for (const TrendPoint &point : points)
        layout.x.push_back(axis.x(point.when));
    layout.x = spreadApart(layout.x, kTrendPointGap, left, right);
    layoutRatings(layout, points, gutter, line);
    if (layout.hasDistances) {
        layout.distances =
            QRectF(left, layout.ratings.bottom() + gap, right - left, bottom - layout.ratings.bottom() - gap);
        layoutDistances(layout, points, gutter, metrics);
    }
    const double axisY = layout.hasDistances ? layout.distances.bottom() : layout.ratings.bottom();
    layout.axis = QLineF(QPointF(left, axisY), QPointF(right, axisY));
    layoutDates(layout, axis, metrics);
    return layout;
}

std::vector<double> spreadApart(const std::vector<double> &positions, double gap, double left, double right)
{
    if (positions.empty())
        return {};
    const double width = std::max(0.0, right - left);
    if (double(positions.size() - 1) * gap > width) {
        // No room for them all: evenly across.
        std::vector<double> even;
        const double step = positions.size() > 1 ? width / double(positions.size() - 1) : 0;
        for (size_t i = 0; i < positions.size(); ++i)
            even.push_back(positions.size() > 1 ? left + step * double(i) : (left + right) / 2);
        return even;
    }
    // Groups of points too close together, each centred on the mean of its points' own places.
    struct Group {
        double sum = 0;
        size_t count = 0;
        double centre() const { return sum / double(count); }
        double half(double gap) const { return double(count - 1) * gap / 2; }
    };
    std::vector<Group> groups;
    for (double position : positions) {
        groups.push_back({position, 1});
        while (groups.size() > 1) {
            const Group &last = groups.back();
            const Group &before = groups[groups.size() - 2];
            if (before.centre() + before.half(gap) + gap <= last.centre() - last.half(gap) + 1e-9)
                break;
            const Group merged{before.sum + last.sum, before.count + last.count};
            groups.pop_back();
            groups.back() = merged;
        }
    }
    std::vector<double> spread;
    double lowest = left; // where the next group may begin
    for (size_t g = 0; g < groups.size(); ++g) {
        const Group &group = groups[g];
        // Room left for the groups after this one, so that the last stays within `right`.
        size_t after = 0;
        for (size_t h = g + 1; h < groups.size(); ++h)
            after += groups[h].count;
        const double highest = right - double(after) * gap - 2 * group.half(gap);
        const double first = std::clamp(group.centre() - group.half(gap), lowest, std::max(lowest, highest));
        for (size_t i = 0; i < group.count; ++i)
            spread.push_back(first + double(i) * gap);
        lowest = spread.back() + gap;
    }
    return spread;
}

std::optional<size_t> pointAt(const TrendLayout &layout, const QPointF &at, double radius)
{
    std::optional<size_t> nearest;
    double best = radius * radius;
    const auto consider = [&](const std::vector<std::optional<QPointF>> &markers) {
        for (size_t i = 0; i < markers.size(); ++i) {
            if (!markers[i])
                continue;
            const QPointF d = *markers[i] - at;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= best) {
                best = distance;
                nearest = i;
            }
        }
    };
    consider(layout.bench);
    consider(layout.wall);
    consider(layout.distance);
    return nearest;
}

} // namespace calfatlas::app
