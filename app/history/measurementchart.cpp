// SPDX-License-Identifier: MIT
#include "measurementchart.h"

#include "historytext.h"

#include "assessment/kneetowall.h"
#include "ui/palette.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::measure;
using assessment::Side;
using history::SavedMeasurement;

namespace {

QColor legColour(Side side)
{
    return side == Side::Left ? palette::kMeasureLeft : palette::kMeasureRight;
}

double errorOf(Test test)
{
    return test == Test::HeelRaise ? kHeelRaiseChangeBeyondError : kKneeToWallChangeBeyondErrorCm;
}

} // namespace

MeasurementChart::MeasurementChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("measurementChart"));
    setAccessibleName(tr("Measurements over time"));
}

void MeasurementChart::setMeasurements(Test test, std::vector<SavedMeasurement> measurements)
{
    m_test = test;
    m_measurements.clear();
    for (SavedMeasurement &measurement : measurements) {
        if (measurement.test == test)
            m_measurements.push_back(std::move(measurement));
    }
    QStringList latest;
    for (Side side : {Side::Left, Side::Right}) {
        for (auto it = m_measurements.rbegin(); it != m_measurements.rend(); ++it) {
            if (it->side == side) {
                latest.append(
                    (side == Side::Left ? tr("left %1") : tr("right %1")).arg(QLocale().toString(it->value, 'g', 4)));
                break;
            }
        }
    }
    setAccessibleDescription(
        m_measurements.empty()
            ? tr("No measurements yet.")
            : tr("Measurements: %1; latest: %2").arg(m_measurements.size()).arg(latest.join(QStringLiteral(", "))));
    update();
}

void MeasurementChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintMeasurements(painter, rect(), m_test, m_measurements, palette(), font());
}

namespace {

// Where values and times land: the plot inside the area, from 0 to `top` and from the first measurement to
// the last.
struct Frame {
    QRectF area;
    QRectF plot;
    double legend = 0; // the height of the legend's row
    double top = 0;
    QDateTime first;
    QDateTime last;
    qint64 span = 1;

    double x(const QDateTime &time) const
    {
        if (first == last)
            return plot.center().x();
        return plot.left() + plot.width() * 0.06 + plot.width() * 0.88 * double(first.msecsTo(time)) / double(span);
    }
    double y(double value) const { return plot.bottom() - plot.height() * std::clamp(value, 0.0, top) / top; }
};

Frame frameFor(const QRectF &area, Test test, const std::vector<SavedMeasurement> &measurements,
               const QFontMetricsF &metrics)
{
    Frame frame;
    frame.area = area;
    const double error = errorOf(test);
    const bool raises = test == Test::HeelRaise;
    double top = raises ? kHeelRaiseBenchmark + 5 : 10;
    for (const SavedMeasurement &m : measurements)
        top = std::max(top, m.value + error + (raises ? 2 : 1));
    frame.top = raises ? std::ceil(top / 10) * 10 : std::ceil(top / 5) * 5;
    frame.legend = metrics.height() * 1.6;
    frame.plot = area.adjusted(metrics.horizontalAdvance(QStringLiteral("000 cm")) + 12, frame.legend + 6, -16,
                               -(metrics.height() * 2 + 6));
    frame.first = measurements.front().takenAt;
    frame.last = frame.first;
    for (const SavedMeasurement &m : measurements) {
        frame.first = std::min(frame.first, m.takenAt);
        frame.last = std::max(frame.last, m.takenAt);
    }
    frame.span = std::max<qint64>(frame.first.msecsTo(frame.last), 1);
    return frame;
}

// The value grid with its labels, and for the heel-raise test the benchmark of 30 raises.
void paintValueAxis(QPainter &painter, const Frame &frame, bool raises, const QColor &text, const QColor &faint,
                    const QFontMetricsF &metrics)
{
    const QRectF &plot = frame.plot;
    painter.setPen(QPen(faint, 1));
    const double step = raises ? 10 : 5;
    for (double value = 0; value <= frame.top + 0.01; value += step) {
        painter.drawLine(QPointF(plot.left(), frame.y(value)), QPointF(plot.right(), frame.y(value)));
        const QString label = raises ? QString::number(int(value))
                                     : MeasurementChart::tr("%1 cm").arg(assessment::formatCentimetres(value));
        painter.setPen(text);
        painter.drawText(QRectF(frame.area.left(), frame.y(value) - metrics.height() / 2,
                                plot.left() - frame.area.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
        painter.setPen(QPen(faint, 1));
    }
    if (!raises)
        return;
    QPen benchmark(palette::kMeasureBenchmark, 1.6, Qt::DashLine);
    painter.setPen(benchmark);
    painter.drawLine(QPointF(plot.left(), frame.y(kHeelRaiseBenchmark)),
                     QPointF(plot.right(), frame.y(kHeelRaiseBenchmark)));
    painter.drawText(
        QRectF(plot.left() + 4, frame.y(kHeelRaiseBenchmark) - metrics.height() - 2, plot.width(), metrics.height()),
        Qt::AlignLeft, MeasurementChart::tr("benchmark %1").arg(kHeelRaiseBenchmark));
}

// One leg: a band of ± the error around each point, the line, the points (left a circle, right a square, so
// the legs differ without colour too).
void paintLeg(QPainter &painter, const Frame &frame, Side side, const std::vector<const SavedMeasurement *> &series,
              double error, double bandWidth)
{
    const QColor colour = legColour(side);
    QColor band = colour;
    band.setAlphaF(0.3F);
    const double offset = side == Side::Left ? -bandWidth * 0.3 : bandWidth * 0.3;
    painter.setPen(Qt::NoPen);
    painter.setBrush(band);
    for (const SavedMeasurement *m : series) {
        const double x = frame.x(m->takenAt) + offset;
        painter.drawRoundedRect(QRectF(QPointF(x - bandWidth / 2, frame.y(m->value + error)),
                                       QPointF(x + bandWidth / 2, frame.y(m->value - error))),
                                3, 3);
    }
    QPainterPath line;
    for (size_t i = 0; i < series.size(); ++i) {
        const QPointF point(frame.x(series[i]->takenAt) + offset, frame.y(series[i]->value));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colour, 2));
    painter.drawPath(line);
    painter.setBrush(colour);
    for (const SavedMeasurement *m : series) {
        const QPointF point(frame.x(m->takenAt) + offset, frame.y(m->value));
        if (side == Side::Left)
            painter.drawEllipse(point, 4, 4);
        else
            painter.drawRect(QRectF(point - QPointF(4, 4), QSizeF(8, 8)));
    }
}

// Dates along the bottom: the first and the last (and only one when they are the same day).
void paintDates(QPainter &painter, const Frame &frame, const QColor &text, const QFontMetricsF &metrics)
{
    painter.setPen(text);
    const QString firstDate = dateText(frame.first.toLocalTime().date());
    const QString lastDate = dateText(frame.last.toLocalTime().date());
    const QRectF dates(frame.plot.left(), frame.plot.bottom() + 4, frame.plot.width(), metrics.height());
    if (frame.first.toLocalTime().date() == frame.last.toLocalTime().date()) {
        painter.drawText(dates, Qt::AlignHCenter, firstDate);
    } else {
        painter.drawText(dates, Qt::AlignLeft, firstDate);
        painter.drawText(dates, Qt::AlignRight, lastDate);
    }
}

// The legend, in words.
void paintLegend(QPainter &painter, const Frame &frame, bool raises, const QColor &text, const QFontMetricsF &metrics)
{
    double x = frame.plot.left();
    const auto legendItem = [&](const QColor &colour, bool square, const QString &label) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const QPointF centre(x + 5, frame.area.top() + frame.legend / 2);
        if (square)
            painter.drawRect(QRectF(centre - QPointF(4, 4), QSizeF(8, 8)));
        else
            painter.drawEllipse(centre, 4, 4);
        painter.setPen(text);
        painter.drawText(QPointF(x + 14, centre.y() + metrics.ascent() / 2 - 1), label);
        x += 14 + metrics.horizontalAdvance(label) + 18;
    };
    legendItem(legColour(Side::Left), false, MeasurementChart::tr("Left leg"));
    legendItem(legColour(Side::Right), true, MeasurementChart::tr("Right leg"));
    QColor bandColour = text;
    bandColour.setAlphaF(0.25F);
    legendItem(bandColour, true,
               raises ? MeasurementChart::tr("band: ± 7 raises, the measurement error")
                      : MeasurementChart::tr("band: ± 2 cm, the measurement error"));
}

} // namespace

void paintMeasurements(QPainter &painter, const QRectF &area, Test test,
                       const std::vector<SavedMeasurement> &measurements, const QPalette &palette, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QColor text = palette.color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.35F);
    if (measurements.empty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         MeasurementChart::tr("No measurements yet: the Recovery area takes them."));
        painter.restore();
        return;
    }
    const bool raises = test == Test::HeelRaise;
    const Frame frame = frameFor(area, test, measurements, metrics);
    paintValueAxis(painter, frame, raises, text, faint, metrics);
    const double bandWidth = std::max(8.0, metrics.height() * 0.7);
    for (Side side : {Side::Left, Side::Right}) {
        std::vector<const SavedMeasurement *> series;
        for (const SavedMeasurement &m : measurements) {
            if (m.side == side)
                series.push_back(&m);
        }
        if (!series.empty())
            paintLeg(painter, frame, side, series, errorOf(test), bandWidth);
    }
    paintDates(painter, frame, text, metrics);
    paintLegend(painter, frame, raises, text, metrics);
    painter.restore();
}

} // namespace calfatlas::app
