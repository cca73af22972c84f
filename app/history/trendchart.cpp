// SPDX-License-Identifier: MIT
#include "trendchart.h"

#include "assessment/kneetowall.h"
#include "historytext.h"
#include "trendlayout.h"
#include "ui/palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontInfo>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::assessment;
using history::TrendPoint;

namespace {

// Its texts' translation context, as lupdate reads it.
class TrendText {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};

struct Colours {
    QColor text, faint, grid, bench, wall, distance;
};

Colours coloursFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor text = palette.color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.65f);
    QColor grid = text;
    grid.setAlphaF(dark ? 0.16f : 0.12f);
    return {text,
            faint,
            grid,
            palette::kTrendBench.in(dark),
            palette::kTrendWall.in(dark),
            palette::kTrendDistance.in(dark)};
}

QString levelLabel(int level)
{
    switch (level) {
    case 0: return TrendText::tr("None");
    case 1: return TrendText::tr("Mild");
    case 2: return TrendText::tr("Moderate");
    default: return TrendText::tr("Strong");
    }
}

enum class Marker { Circle, Square, Diamond };

void drawMarker(QPainter &painter, QPointF at, Marker marker, const QColor &colour, const QColor &background)
{
    painter.save();
    switch (marker) {
    case Marker::Circle:
        painter.setPen(QPen(background, 1.5));
        painter.setBrush(colour);
        painter.drawEllipse(at, 4.5, 4.5);
        break;
    case Marker::Square:
        painter.setPen(QPen(colour, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(at.x() - 6, at.y() - 6, 12, 12));
        break;
    case Marker::Diamond: {
        QPainterPath path;
        path.moveTo(at.x(), at.y() - 6);
        path.lineTo(at.x() + 6, at.y());
        path.lineTo(at.x(), at.y() + 6);
        path.lineTo(at.x() - 6, at.y());
        path.closeSubpath();
        painter.setPen(QPen(background, 1.5));
        painter.setBrush(colour);
        painter.drawPath(path);
        break;
    }
    }
    painter.restore();
}

// A line through the points that have a value; a missing value breaks the line.
void drawSeries(QPainter &painter, const std::vector<std::optional<QPointF>> &points, const QColor &colour,
                Qt::PenStyle style, Marker marker, const QColor &background)
{
    QPen pen(colour, 2.2, style, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    for (size_t i = 1; i < points.size(); ++i) {
        if (points[i - 1] && points[i])
            painter.drawLine(*points[i - 1], *points[i]);
    }
    for (const auto &point : points) {
        if (point)
            drawMarker(painter, *point, marker, colour, background);
    }
}

QString legendLabel(TrendSeries series)
{
    switch (series) {
    case TrendSeries::Bench: return TrendText::tr("Bench test (knee bent)");
    case TrendSeries::Wall: return TrendText::tr("Wall test (knee straight)");
    case TrendSeries::Distance: break;
    }
    return TrendText::tr("Knee-to-wall distance");
}

// How each series is drawn: its colour, its line and its marker.
struct SeriesStyle {
    QColor colour;
    Qt::PenStyle line;
    Marker marker;
};

SeriesStyle styleOf(TrendSeries series, const Colours &colours)
{
    switch (series) {
    case TrendSeries::Bench: return {colours.bench, Qt::SolidLine, Marker::Circle};
    case TrendSeries::Wall: return {colours.wall, Qt::DashLine, Marker::Square};
    case TrendSeries::Distance: break;
    }
    return {colours.distance, Qt::SolidLine, Marker::Diamond};
}

// The chart's title above `area`, in a larger bold type; returns what is left of `area` below it.
QRectF paintTitle(QPainter &painter, const QRectF &area, const QString &title, const QFont &font,
                  const Colours &colours)
{
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(qRound(QFontInfo(font).pixelSize() * 1.25));
    painter.setFont(titleFont);
    painter.setPen(colours.text);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.drawText(QPointF(area.left(), area.top() + titleMetrics.ascent()), title);
    painter.setFont(font);
    QRectF below = area;
    below.setTop(area.top() + titleMetrics.height() * 1.4);
    return below;
}

void paintLegend(QPainter &painter, const TrendLayout &layout, const Colours &colours, const QColor &background)
{
    for (const TrendLegendItem &item : layout.legend) {
        const SeriesStyle style = styleOf(item.series, colours);
        painter.setPen(QPen(style.colour, 2.2, style.line));
        painter.drawLine(item.sample);
        drawMarker(painter, item.marker, style.marker, style.colour, background);
        painter.setPen(colours.text);
        painter.drawText(item.label, legendLabel(item.series));
    }
}

// A line across the chart with its label on the left axis.
void paintGridLine(QPainter &painter, const QRectF &chart, const TrendGridLine &grid, const QString &label,
                   const Colours &colours)
{
    painter.setPen(QPen(colours.grid, 1));
    painter.drawLine(QPointF(chart.left(), grid.y), QPointF(chart.right(), grid.y));
    painter.setPen(colours.faint);
    painter.drawText(grid.label, Qt::AlignRight | Qt::AlignVCenter, label);
}

void paintRatings(QPainter &painter, const TrendLayout &layout, const Colours &colours, const QColor &background)
{
    for (const TrendGridLine &level : layout.levels)
        paintGridLine(painter, layout.ratings, level, levelLabel(level.level), colours);
    const SeriesStyle wall = styleOf(TrendSeries::Wall, colours);
    const SeriesStyle bench = styleOf(TrendSeries::Bench, colours);
    drawSeries(painter, layout.wall, wall.colour, wall.line, wall.marker, background);
    drawSeries(painter, layout.bench, bench.colour, bench.line, bench.marker, background);
}

void paintDistances(QPainter &painter, const TrendLayout &layout, const std::vector<TrendPoint> &points,
                    const QFont &font, const Colours &colours, const QColor &background)
{
    painter.setPen(colours.text);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(layout.distanceTitle, TrendText::tr("Knee-to-wall distance"));
    painter.setFont(font);
    // The dotted line: what many clinicians call reduced, as the result page explains.
    painter.setPen(colours.faint);
    painter.drawText(layout.distanceNote, TrendText::tr("(dotted line: under %1 cm is often called reduced)")
                                              .arg(formatCentimetres(kKneeToWallReducedBelowCm)));
    for (const TrendGridLine &grid : layout.centimetres)
        paintGridLine(painter, layout.distances, grid, TrendText::tr("%1 cm").arg(grid.cm), colours);
    painter.setPen(QPen(colours.faint, 1, Qt::DotLine));
    painter.drawLine(QPointF(layout.distances.left(), layout.reducedY),
                     QPointF(layout.distances.right(), layout.reducedY));
    const SeriesStyle style = styleOf(TrendSeries::Distance, colours);
    drawSeries(painter, layout.distance, style.colour, style.line, style.marker, background);
    painter.setPen(colours.text);
    for (size_t i = 0; i < layout.distanceLabels.size(); ++i) {
        if (layout.distanceLabels[i])
            painter.drawText(*layout.distanceLabels[i], Qt::AlignCenter, formatCentimetres(*points[i].kneeToWallCm));
    }
}

void paintDates(QPainter &painter, const TrendLayout &layout, const Colours &colours)
{
    painter.setPen(QPen(colours.faint, 1));
    painter.drawLine(layout.axis);
    const double axisY = layout.axis.y1();
    for (const TrendDateTick &tick : layout.dates) {
        painter.setPen(QPen(colours.faint, 1));
        painter.drawLine(QPointF(tick.x, axisY), QPointF(tick.x, axisY + 4));
        painter.drawText(tick.label, Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(tick.date, layout.dateFormat));
    }
}
// The chosen self-test's point: a line through the chart at its time and a ring round each of its markers.
void paintMarked(QPainter &painter, const TrendLayout &layout, size_t index, const QPalette &palette)
{
    if (index >= layout.x.size())
        return;
    QColor colour = palette.color(QPalette::Highlight);
    const double x = layout.x[index];
    const double bottom = layout.hasDistances ? layout.distances.bottom() : layout.ratings.bottom();
    colour.setAlphaF(0.35f);
    painter.setPen(QPen(colour, 6, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x, layout.ratings.top()), QPointF(x, bottom));
    colour.setAlphaF(1);
    painter.setPen(QPen(colour, 2.5));
    painter.setBrush(Qt::NoBrush);
    for (const auto *series : {&layout.bench, &layout.wall, &layout.distance}) {
        if (index < series->size() && (*series)[index])
            painter.drawEllipse(*(*series)[index], 10, 10);
    }
}

} // namespace

TrendMetrics trendMetrics(const QFont &font, QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    TrendMetrics numbers;
    numbers.line = metrics.height();
    numbers.ascent = metrics.ascent();
    for (int level = 0; level <= 3; ++level)
        numbers.axisLabels = std::max(numbers.axisLabels, metrics.horizontalAdvance(levelLabel(level)));
    numbers.axisLabels = std::max(numbers.axisLabels, metrics.horizontalAdvance(QStringLiteral("25 cm")));
    for (const TrendSeries series : {TrendSeries::Bench, TrendSeries::Wall, TrendSeries::Distance})
        numbers.legendLabels.at(size_t(series)) = metrics.horizontalAdvance(legendLabel(series));
    QFont bold = font;
    bold.setBold(true);
    numbers.distanceTitle = QFontMetricsF(bold, device).horizontalAdvance(TrendText::tr("Knee-to-wall distance"));
    // The dates' patterns are the translator's: "28 Dec" in English, "28. Dez." in German.
    numbers.dayFormat = TrendText::tr("d MMM", "date format without the year");
    numbers.dayYearFormat = TrendText::tr("d MMM yyyy", "date format");
    numbers.date = metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), numbers.dayFormat));
    numbers.dateWithYear = metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), numbers.dayYearFormat));
    numbers.value = metrics.horizontalAdvance(formatCentimetres(28.5));
    return numbers;
}

void paintTrend(QPainter &painter, const QRectF &chartArea, const std::vector<TrendPoint> &points,
                const QPalette &palette, const QFont &font, const QString &title, std::optional<size_t> marked)
{
    const Colours colours = coloursFor(palette);
    const QColor background = palette.color(QPalette::Base);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QRectF area = title.isEmpty() ? chartArea : paintTitle(painter, chartArea, title, font, colours);
    const TrendLayout layout = layoutTrend(area, points, trendMetrics(font, painter.device()));
    if (layout.empty) {
        painter.setPen(colours.faint);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         TrendText::tr("No ratings for this leg yet: they appear here as you save self-tests."));
    } else {
        paintLegend(painter, layout, colours, background);
        if (marked)
            paintMarked(painter, layout, *marked, palette);
        paintRatings(painter, layout, colours, background);
        if (layout.hasDistances)
            paintDistances(painter, layout, points, font, colours, background);
        paintDates(painter, layout, colours);
    }
    painter.restore();
}

QString describeTrend(const std::vector<TrendPoint> &points)
{
    if (points.empty())
        return TrendText::tr("No ratings for this leg yet.");
    const TrendPoint &latest = points.back();
    QString text =
        TrendText::tr("Self-tests charted: %1, from %2 to %3.")
            .arg(QLocale().toString(qlonglong(points.size())), dateText(points.front().when.toLocalTime().date()),
                 dateText(latest.when.toLocalTime().date()));
    if (latest.bench)
        text += QLatin1Char(' ') + TrendText::tr("Latest bench test: %1.").arg(levelLabel(int(*latest.bench)));
    if (latest.wall)
        text += QLatin1Char(' ') + TrendText::tr("Latest wall test: %1.").arg(levelLabel(int(*latest.wall)));
    if (latest.kneeToWallCm)
        text += QLatin1Char(' ') +
                TrendText::tr("Latest knee-to-wall distance: %1 cm.").arg(formatCentimetres(*latest.kneeToWallCm));
    return text;
}

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setAccessibleName(TrendText::tr("Trend over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    describe();
}

void TrendChart::setPoints(std::vector<TrendPoint> points)
{
    m_points = std::move(points);
    describe();
    update();
}

void TrendChart::setMarked(std::optional<qint64> testId)
{
    if (m_marked == testId)
        return;
    m_marked = testId;
    update();
}

TrendLayout TrendChart::layout() const
{
    return layoutTrend(QRectF(rect()).adjusted(8, 4, -4, -4), m_points,
                       trendMetrics(font(), const_cast<TrendChart *>(this)));
}

std::optional<QPointF> TrendChart::pointOf(qint64 testId) const
{
    const auto it = std::find_if(m_points.begin(), m_points.end(),
                                 [testId](const TrendPoint &point) { return point.testId == testId; });
    if (it == m_points.end())
        return std::nullopt;
    const TrendLayout laidOut = layout();
    const auto index = size_t(it - m_points.begin());
    for (const auto *series : {&laidOut.bench, &laidOut.wall, &laidOut.distance}) {
        if (index < series->size() && (*series)[index])
            return (*series)[index];
    }
    return std::nullopt;
}

void TrendChart::mousePressEvent(QMouseEvent *event)
{
    const std::optional<size_t> index = pointAt(layout(), event->position(), kTrendPointGap * 0.75);
    if (event->button() == Qt::LeftButton && index) {
        emit pointClicked(m_points[*index].testId);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void TrendChart::describe()
{
    const QString description = describeTrend(m_points);
    setAccessibleDescription(description);
    setToolTip(description);
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    std::optional<size_t> marked;
    for (size_t i = 0; i < m_points.size(); ++i) {
        if (m_marked && m_points[i].testId == *m_marked)
            marked = i;
    }
    paintTrend(painter, QRectF(rect()).adjusted(8, 4, -4, -4), m_points, palette(), font(), {}, marked);
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace calfatlas::app
