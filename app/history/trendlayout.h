// SPDX-License-Identifier: MIT
#pragma once

#include "history/trend.h"

#include <QDate>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace calfatlas::app {

// What the layout of a trend chart needs to know of its font, in pixels.
struct TrendMetrics {
    double line = 0; // the height of a line
    double ascent = 0;
    double axisLabels = 0;                       // the widest label of the left axis (the rating levels, "25 cm")
    std::array<double, 3> legendLabels{};        // the legend's labels: bench, wall, knee-to-wall
    double distanceTitle = 0;                    // the knee-to-wall chart's title, in bold
    double date = 0;                             // a wide date without its year ("28 Dec")
    double dateWithYear = 0;                     // the same with its year
    double value = 0;                            // a wide distance label ("12.5")
    QString dayFormat = QStringLiteral("d MMM"); // a date without its year, in the reader's words
    QString dayYearFormat = QStringLiteral("d MMM yyyy"); // and with it
};

enum class TrendSeries { Bench, Wall, Distance };

struct TrendLegendItem {
    TrendSeries series;
    QLineF sample;  // a stretch of line in the series' style
    QPointF marker; // on the sample
    QPointF label;  // where the label's baseline starts
};

// A line across a chart with its label on the left axis.
struct TrendGridLine {
    double y = 0;
    QRectF label;  // right-aligned in it
    int level = 0; // the ratings' level
    double cm = 0; // the distances' value
};

struct TrendDateTick {
    double x = 0;
    QDate date;
    QRectF label; // centred in it
};

// Where everything of a trend chart goes: the legend along the top, the ratings (a row per level), below
// them the knee-to-wall distances when any were measured, and the dates along the bottom.
struct TrendLayout {
    QRectF area;
    bool empty = true; // no points: only a message, in `area`
    std::vector<TrendLegendItem> legend;
    QRectF ratings;
    std::vector<TrendGridLine> levels;               // None to Strong, bottom up
    std::vector<double> x;                           // one per point: its time, moved aside from a point too near
    std::vector<std::optional<QPointF>> bench, wall; // one per point, empty where it has no rating
    bool hasDistances = false;                       // the rest of the distances only when true
    QRectF distances;
    QPointF distanceTitle; // baselines of the title and of its note
    QPointF distanceNote;
    std::vector<TrendGridLine> centimetres;
    double reducedY = 0;                          // the dotted line: under it is often called reduced
    std::vector<std::optional<QPointF>> distance; // one per point
    // One per point, none when there are many points; above the point, or below or beside it when that would
    // cover another label or point, left out when every place would.
    std::vector<std::optional<QRectF>> distanceLabels;
    QLineF axis;                      // the time axis along the bottom
    QString dateFormat;               // "d MMM", with the year when the span crosses one
    std::vector<TrendDateTick> dates; // evenly spaced, never overlapping, no day twice
};

// Lays out a chart of `points` (oldest first) in `area`: a pure function of its arguments and the local time
// zone, so that widgets and reports draw the same chart.
TrendLayout layoutTrend(const QRectF &area, const std::vector<history::TrendPoint> &points,
                        const TrendMetrics &metrics);

// Positions (ascending) moved apart so that neighbours are at least `gap` apart, each group of close ones
// centred where it was and kept within [left, right]; squeezed evenly when they cannot all fit.
std::vector<double> spreadApart(const std::vector<double> &positions, double gap, double left, double right);

// The point whose marker is within `radius` of `at`, the nearest when several are.
std::optional<size_t> pointAt(const TrendLayout &layout, const QPointF &at, double radius);

// The minimum distance between neighbouring points' markers, so that they never cover each other.
constexpr double kTrendPointGap = 16;

} // namespace calfatlas::app
