// SPDX-License-Identifier: MIT
#pragma once

#include "history/trend.h"
#include "trendlayout.h"

#include <QWidget>

#include <vector>

class QPainter;

namespace calfatlas::app {

// One leg's bench and wall ratings over time, and below them its knee-to-wall distances when any were
// measured, with dates along the bottom. Painted by paintTrend, so reports draw the same chart.
class TrendChart : public QWidget {
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setPoints(std::vector<history::TrendPoint> points);
    const std::vector<history::TrendPoint> &points() const { return m_points; }
    // Marks the point of a self-test (the one chosen in the list), or none.
    void setMarked(std::optional<qint64> testId);
    std::optional<qint64> marked() const { return m_marked; }
    // Where a self-test's point is drawn (its first marker), for a click or a tooltip.
    std::optional<QPointF> pointOf(qint64 testId) const;

    QSize sizeHint() const override { return {640, 320}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

signals:
    // A point was clicked: the self-test it comes from.
    void pointClicked(qint64 testId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void describe();
    TrendLayout layout() const;
    std::vector<history::TrendPoint> m_points;
    std::optional<qint64> m_marked;
};

// Paints the chart into `area` with the palette's colours and the given font (for widgets and reports alike),
// under a title when one is given.
// A marked point is ringed, with a line through the chart at its time.
void paintTrend(QPainter &painter, const QRectF &area, const std::vector<history::TrendPoint> &points,
                const QPalette &palette, const QFont &font, const QString &title = {},
                std::optional<size_t> marked = std::nullopt);

// What the layout needs of `font` drawn on `device`, with the dates in the reader's words.
TrendMetrics trendMetrics(const QFont &font, QPaintDevice *device);

// A sentence for screen readers: how many points, the range of dates, and the latest values.
QString describeTrend(const std::vector<history::TrendPoint> &points);

} // namespace calfatlas::app
