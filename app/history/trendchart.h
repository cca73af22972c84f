// SPDX-License-Identifier: MIT
#pragma once

#include "history/trend.h"

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

    QSize sizeHint() const override { return {640, 320}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();
    std::vector<history::TrendPoint> m_points;
};

// Paints the chart into `area` with the palette's colours and the given font (for widgets and reports alike),
// under a title when one is given.
void paintTrend(QPainter &painter, const QRectF &area, const std::vector<history::TrendPoint> &points,
                const QPalette &palette, const QFont &font, const QString &title = {});

// A sentence for screen readers: how many points, the range of dates, and the latest values.
QString describeTrend(const std::vector<history::TrendPoint> &points);

} // namespace calfatlas::app
