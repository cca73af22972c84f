// SPDX-License-Identifier: MIT
#pragma once

#include "history/record.h"

#include <QWidget>

#include <vector>

class QPainter;

namespace calfatlas::app {

// One test's measurements over time, a line for each leg, with a shaded band of ± the measurement error
// around each point (7 raises, or 2 cm) so that a reader sees at a glance which changes are real, and for
// the heel-raise test the return-to-running benchmark of 30 as a line.
class MeasurementChart : public QWidget {
    Q_OBJECT

public:
    explicit MeasurementChart(QWidget *parent = nullptr);

    void setMeasurements(measure::Test test, std::vector<history::SavedMeasurement> measurements);
    measure::Test test() const { return m_test; }
    const std::vector<history::SavedMeasurement> &measurements() const { return m_measurements; }

    QSize sizeHint() const override { return {640, 280}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    measure::Test m_test = measure::Test::HeelRaise;
    std::vector<history::SavedMeasurement> m_measurements; // of m_test only
};

// Paints the chart into `area` (for widgets and reports alike).
void paintMeasurements(QPainter &painter, const QRectF &area, measure::Test test,
                       const std::vector<history::SavedMeasurement> &measurements, const QPalette &palette,
                       const QFont &font);

} // namespace calfatlas::app
