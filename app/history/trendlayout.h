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
    double axisLabels = 0;                // the widest label of the left axis (the rating levels, "25 cm")
    std::array<double, 3> legendLabels{}; // the legend's labels: bench, wall, knee-to-wall
    double distanceTitle = 0;             // the knee-to-wall chart's title, in bold
    double date = 0;                      // a wide date without its year ("28 Dec")
    double dateWithYear = 0;              // the same with its year
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
    std::vector<std::optional<QPointF>> bench, wall; // one per point, empty where it has no rating
    bool hasDistances = false;                       // the rest of the distances only when true
    QRectF distances;
    QPointF distanceTitle; // baselines of the title and of its note
    QPointF distanceNote;
    std::vector<TrendGridLine> centimetres;
    double reducedY = 0;                               // the dotted line: under it is often called reduced
    std::vector<std::optional<QPointF>> distance;      // one per point
    std::vector<std::optional<QRectF>> distanceLabels; // one per point, none when there are many points
    QLineF axis;                                       // the time axis along the bottom
    QString dateFormat;                                // "d MMM", with the year when the span crosses one
    std::vector<TrendDateTick> dates;                  // evenly spaced, never overlapping, no day twice
};

// Lays out a chart of `points` (oldest first) in `area`: a pure function of its arguments and the local time
// zone, so that widgets and reports draw the same chart.
TrendLayout layoutTrend(const QRectF &area, const std::vector<history::TrendPoint> &points,
                        const TrendMetrics &metrics);

} // namespace calfatlas::app
