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

void layoutLegend(TrendLayout &layout, const TrendMetrics &metrics)
{
    double x = layout.area.left();
    const double y = layout.area.top() + metrics.line * 0.6;
    std::vector<TrendSeries> series{TrendSeries::Bench, TrendSeries::Wall};
    if (layout.hasDistances)
        series.push_back(TrendSeries::Distance);
    for (const TrendSeries each : series) {
        layout.legend.push_back({each, QLineF(QPointF(x, y), QPointF(x + 26, y)), QPointF(x + 13, y),
                                 QPointF(x + 32, y + metrics.ascent / 2 - 1)});
        x += 32 + metrics.legendLabels.at(size_t(each)) + 22;
    }
}

void layoutRatings(TrendLayout &layout, const std::vector<TrendPoint> &points, const TimeAxis &axis, double gutter,
                   double line)
{
    const QRectF &ratings = layout.ratings;
    const auto levelY = [&](int level) { return ratings.bottom() - ratings.height() * (level + 0.5) / 4.0; };
    for (int level = 0; level <= 3; ++level)
        layout.levels.push_back(
            {levelY(level), QRectF(layout.area.left(), levelY(level) - line / 2, gutter - 10, line), level, 0});
    for (const TrendPoint &point : points) {
        const double x = axis.x(point.when);
        layout.bench.push_back(point.bench ? std::optional(QPointF(x, levelY(int(*point.bench)))) : std::nullopt);
        layout.wall.push_back(point.wall ? std::optional(QPointF(x, levelY(int(*point.wall)))) : std::nullopt);
    }
}

void layoutDistances(TrendLayout &layout, const std::vector<TrendPoint> &points, const TimeAxis &axis, double gutter,
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
    for (const TrendPoint &point : points) {
        const auto at =
            point.kneeToWallCm ? std::optional(QPointF(axis.x(point.when), cmY(*point.kneeToWallCm))) : std::nullopt;
        layout.distance.push_back(at);
        // Each value is written above its point while they have room.
        if (points.size() <= 12)
            layout.distanceLabels.push_back(at ? std::optional(QRectF(at->x() - 30, at->y() - line - 6, 60, line))
                                               : std::nullopt);
    }
}

void layoutDates(TrendLayout &layout, const TimeAxis &axis, const TrendMetrics &metrics)
{
    const QDate firstDate = QDateTime::fromMSecsSinceEpoch(axis.first).toLocalTime().date();
    const QDate lastDate = QDateTime::fromMSecsSinceEpoch(axis.last).toLocalTime().date();
    const bool sameYear = firstDate.year() == lastDate.year();
    layout.dateFormat = sameYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
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
    layoutLegend(layout, metrics);

    const double line = metrics.line;
    const double gutter = metrics.axisLabels + 14;
    const double top = area.top() + line * 1.8;
    const double bottom = area.bottom() - line * 1.7;
    const double left = area.left() + gutter;
    const double right = area.right() - 18;
    const double gap = line * 1.9;
    const double ratingsHeight = layout.hasDistances ? (bottom - top - gap) * 0.55 : bottom - top;
    layout.ratings = QRectF(left, top, right - left, ratingsHeight);
    const TimeAxis axis = timeAxisFor(points, left, right);
    layoutRatings(layout, points, axis, gutter, line);
    if (layout.hasDistances) {
        layout.distances =
            QRectF(left, layout.ratings.bottom() + gap, right - left, bottom - layout.ratings.bottom() - gap);
        layoutDistances(layout, points, axis, gutter, metrics);
    }
    const double axisY = layout.hasDistances ? layout.distances.bottom() : layout.ratings.bottom();
    layout.axis = QLineF(QPointF(left, axisY), QPointF(right, axisY));
    layoutDates(layout, axis, metrics);
    return layout;
}

} // namespace calfatlas::app
