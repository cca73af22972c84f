#include "trendchart.h"

#include "assessment/kneetowall.h"
#include "ui/palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::assessment;
using history::TrendPoint;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("calfatlas::app::TrendChart", text, disambiguation, n);
}

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
    case 0: return tr("None");
    case 1: return tr("Mild");
    case 2: return tr("Moderate");
    default: return tr("Strong");
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

} // namespace

void paintTrend(QPainter &painter, const QRectF &chartArea, const std::vector<TrendPoint> &points,
                const QPalette &palette, const QFont &font, const QString &title)
{
    const Colours colours = coloursFor(palette);
    const QColor background = palette.color(QPalette::Base);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double line = metrics.height();
    QRectF area = chartArea;
    if (!title.isEmpty()) {
        QFont titleFont = font;
        titleFont.setBold(true);
        titleFont.setPixelSize(qRound(QFontInfo(font).pixelSize() * 1.25));
        painter.setFont(titleFont);
        painter.setPen(colours.text);
        const QFontMetricsF titleMetrics(titleFont, painter.device());
        painter.drawText(QPointF(area.left(), area.top() + titleMetrics.ascent()), title);
        painter.setFont(font);
        area.setTop(area.top() + titleMetrics.height() * 1.4);
    }

    if (points.empty()) {
        painter.setPen(colours.faint);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No ratings for this leg yet: they appear here as you save self-tests."));
        painter.restore();
        return;
    }
    const bool anyDistance =
        std::any_of(points.begin(), points.end(), [](const TrendPoint &p) { return p.kneeToWallCm.has_value(); });

    // The legend along the top.
    double legendX = area.left();
    const double legendY = area.top() + line * 0.6;
    const auto legendItem = [&](Marker marker, const QColor &colour, Qt::PenStyle style, const QString &label) {
        painter.setPen(QPen(colour, 2.2, style));
        painter.drawLine(QPointF(legendX, legendY), QPointF(legendX + 26, legendY));
        drawMarker(painter, QPointF(legendX + 13, legendY), marker, colour, background);
        painter.setPen(colours.text);
        painter.drawText(QPointF(legendX + 32, legendY + metrics.ascent() / 2 - 1), label);
        legendX += 32 + metrics.horizontalAdvance(label) + 22;
    };
    legendItem(Marker::Circle, colours.bench, Qt::SolidLine, tr("Bench test (knee bent)"));
    legendItem(Marker::Square, colours.wall, Qt::DashLine, tr("Wall test (knee straight)"));
    if (anyDistance)
        legendItem(Marker::Diamond, colours.distance, Qt::SolidLine, tr("Knee-to-wall distance"));

    double gutter = 0;
    for (int level = 0; level <= 3; ++level)
        gutter = std::max(gutter, metrics.horizontalAdvance(levelLabel(level)));
    gutter = std::max(gutter, metrics.horizontalAdvance(QStringLiteral("25 cm"))) + 14;
    const double top = area.top() + line * 1.8;
    const double bottom = area.bottom() - line * 1.7;
    const double left = area.left() + gutter;
    const double right = area.right() - 18;
    const double gap = line * 1.9;
    const double ratingsHeight = anyDistance ? (bottom - top - gap) * 0.55 : bottom - top;
    const QRectF ratings(left, top, right - left, ratingsHeight);
    const QRectF distances(left, ratings.bottom() + gap, right - left, bottom - ratings.bottom() - gap);

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

    // Ratings: a row per level.
    const auto levelY = [&](int level) { return ratings.bottom() - ratings.height() * (level + 0.5) / 4.0; };
    for (int level = 0; level <= 3; ++level) {
        painter.setPen(QPen(colours.grid, 1));
        painter.drawLine(QPointF(ratings.left(), levelY(level)), QPointF(ratings.right(), levelY(level)));
        painter.setPen(colours.faint);
        painter.drawText(QRectF(area.left(), levelY(level) - line / 2, gutter - 10, line),
                         Qt::AlignRight | Qt::AlignVCenter, levelLabel(level));
    }
    std::vector<std::optional<QPointF>> bench;
    std::vector<std::optional<QPointF>> wall;
    for (const TrendPoint &point : points) {
        const double x = axis.x(point.when);
        bench.push_back(point.bench ? std::optional(QPointF(x, levelY(int(*point.bench)))) : std::nullopt);
        wall.push_back(point.wall ? std::optional(QPointF(x, levelY(int(*point.wall)))) : std::nullopt);
    }
    drawSeries(painter, wall, colours.wall, Qt::DashLine, Marker::Square, background);
    drawSeries(painter, bench, colours.bench, Qt::SolidLine, Marker::Circle, background);

    if (anyDistance) {
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
        const auto cmY = [&](double cm) {
            return distances.bottom() - distances.height() * (cm - low) / std::max(1.0, high - low);
        };
        painter.setPen(colours.text);
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        const QString title = tr("Knee-to-wall distance");
        painter.drawText(QPointF(distances.left(), distances.top() - line * 0.45), title);
        painter.setFont(font);
        // The dotted line: what many clinicians call reduced, as the result page explains.
        painter.setPen(colours.faint);
        painter.drawText(
            QPointF(distances.left() + QFontMetricsF(bold, painter.device()).horizontalAdvance(title) + 12,
                    distances.top() - line * 0.45),
            tr("(dotted line: under %1 cm is often called reduced)").arg(formatCentimetres(kKneeToWallReducedBelowCm)));
        for (double cm = std::ceil(low / step) * step; cm <= high + 1e-9; cm += step) {
            painter.setPen(QPen(colours.grid, 1));
            painter.drawLine(QPointF(distances.left(), cmY(cm)), QPointF(distances.right(), cmY(cm)));
            painter.setPen(colours.faint);
            painter.drawText(QRectF(area.left(), cmY(cm) - line / 2, gutter - 10, line),
                             Qt::AlignRight | Qt::AlignVCenter, tr("%1 cm").arg(cm));
        }
        painter.setPen(QPen(colours.faint, 1, Qt::DotLine));
        const double referenceY = cmY(kKneeToWallReducedBelowCm);
        painter.drawLine(QPointF(distances.left(), referenceY), QPointF(distances.right(), referenceY));
        std::vector<std::optional<QPointF>> distance;
        distance.reserve(points.size());
        for (const TrendPoint &point : points)
            distance.push_back(point.kneeToWallCm ? std::optional(QPointF(axis.x(point.when), cmY(*point.kneeToWallCm)))
                                                  : std::nullopt);
        drawSeries(painter, distance, colours.distance, Qt::SolidLine, Marker::Diamond, background);
        if (points.size() <= 12) {
            painter.setPen(colours.text);
            for (size_t i = 0; i < points.size(); ++i) {
                if (distance[i])
                    painter.drawText(QRectF(distance[i]->x() - 30, distance[i]->y() - line - 6, 60, line),
                                     Qt::AlignCenter, formatCentimetres(*points[i].kneeToWallCm));
            }
        }
    }

    // Dates along the bottom: evenly spaced, never overlapping, with the year when the span crosses one.
    const QDate firstDate = QDateTime::fromMSecsSinceEpoch(axis.first).toLocalTime().date();
    const QDate lastDate = QDateTime::fromMSecsSinceEpoch(axis.last).toLocalTime().date();
    const QString format = firstDate.year() == lastDate.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    const double labelWidth = metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), format)) + 24;
    const int ticks = std::clamp(int((axis.right - axis.left) / labelWidth) + 1, 2, 8);
    const double axisY = (anyDistance ? distances.bottom() : ratings.bottom());
    painter.setPen(QPen(colours.faint, 1));
    painter.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    QDate previous;
    for (int i = 0; i < ticks; ++i) {
        const qint64 ms = axis.first + (axis.last - axis.first) * i / (ticks - 1);
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
        if (date == previous)
            continue;
        previous = date;
        const double x = axis.x(QDateTime::fromMSecsSinceEpoch(ms));
        painter.setPen(QPen(colours.faint, 1));
        painter.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        painter.drawText(QRectF(x - labelWidth / 2, axisY + 5, labelWidth, line), Qt::AlignHCenter | Qt::AlignTop,
                         QLocale().toString(date, format));
    }
    painter.restore();
}

QString describeTrend(const std::vector<TrendPoint> &points)
{
    if (points.empty())
        return tr("No ratings for this leg yet.");
    const TrendPoint &latest = points.back();
    QString text = tr("Self-tests charted: %1, from %2 to %3.")
                       .arg(QString::number(points.size()),
                            QLocale().toString(points.front().when.toLocalTime().date(), QLocale::ShortFormat),
                            QLocale().toString(latest.when.toLocalTime().date(), QLocale::ShortFormat));
    if (latest.bench)
        text += QLatin1Char(' ') + tr("Latest bench test: %1.").arg(levelLabel(int(*latest.bench)));
    if (latest.wall)
        text += QLatin1Char(' ') + tr("Latest wall test: %1.").arg(levelLabel(int(*latest.wall)));
    if (latest.kneeToWallCm)
        text +=
            QLatin1Char(' ') + tr("Latest knee-to-wall distance: %1 cm.").arg(formatCentimetres(*latest.kneeToWallCm));
    return text;
}

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setAccessibleName(tr("Trend over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    describe();
}

void TrendChart::setPoints(std::vector<TrendPoint> points)
{
    m_points = std::move(points);
    describe();
    update();
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
    paintTrend(painter, QRectF(rect()).adjusted(8, 4, -4, -4), m_points, palette(), font());
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace calfatlas::app
