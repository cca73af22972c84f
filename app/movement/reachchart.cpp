// SPDX-License-Identifier: MIT
#include "reachchart.h"

#include "ui/palette.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::biomechanics;

namespace {

constexpr double kKneeMin = kValidatedKneeRange.min;
constexpr double kKneeMax = kValidatedKneeRange.max;
constexpr int kKneeTickStep = 30;

QString percentText(double percent)
{
    return ReachChart::tr("%1 %").arg(QLocale().toString(std::round(percent), 'f', 0));
}

} // namespace

ReachChart::ReachChart(QWidget *parent)
    : QWidget(parent), m_gastrocnemiusName(tr("Gastrocnemius")), m_soleusName(tr("Soleus"))
{
    setAccessibleName(tr("How near each muscle is to its longest, against the knee angle"));
    setToolTip(tr("0 % is the shortest and 100 % the longest each muscle gets in the model, over knee 0–120° "
                  "and ankle −30° to +30°. The lines follow the knee at the current ankle angle."));
    updateDescription();
}

void ReachChart::setPose(Pose pose)
{
    m_pose = pose;
    updateDescription();
    update();
}

void ReachChart::setMuscleNames(const QString &gastrocnemius, const QString &soleus)
{
    m_gastrocnemiusName = gastrocnemius;
    m_soleusName = soleus;
    updateDescription();
    update();
}

void ReachChart::updateDescription()
{
    setAccessibleDescription(
        tr("%1: %2 of the way to its longest. %3: %4.")
            .arg(m_gastrocnemiusName,
                 percentText(LegModel::nearLongestPercent(Muscle::GastrocnemiusMedialHead, m_pose)), m_soleusName,
                 percentText(LegModel::nearLongestPercent(Muscle::Soleus, m_pose))));
}

QSize ReachChart::sizeHint() const
{
    return {300, fontMetrics().height() * 9};
}

QSize ReachChart::minimumSizeHint() const
{
    return {220, fontMetrics().height() * 7};
}

std::vector<ReachChart::Line> ReachChart::lines() const
{
    return {{Muscle::GastrocnemiusMedialHead, m_gastrocnemiusName, palette::kTrendWall.current(), Qt::SolidLine},
            {Muscle::Soleus, m_soleusName, palette::kTrendBench.current(), Qt::DashLine}};
}

QRectF ReachChart::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const double left = metrics.horizontalAdvance(percentText(100)) + 8;
    const double top = metrics.height() + 10;       // the key
    const double bottom = metrics.height() * 2 + 8; // tick labels and the axis title
    return QRectF(QPointF(left, top),
                  QPointF(width() - metrics.horizontalAdvance(tr("%1°").arg(120)) / 2.0 - 4, height() - bottom));
}

QPointF ReachChart::pointFor(double kneeDeg, double percent) const
{
    const QRectF area = plotArea();
    return {area.left() + (kneeDeg - kKneeMin) / (kKneeMax - kKneeMin) * area.width(),
            area.bottom() - std::clamp(percent, 0.0, 100.0) / 100.0 * area.height()};
}

void ReachChart::paintAxes(QPainter &painter) const
{
    const QRectF area = plotArea();
    const QFontMetrics metrics = fontMetrics();
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlphaF(0.15f);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int percent : {0, 50, 100}) {
        const double y = pointFor(kKneeMin, percent).y();
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(muted);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, area.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, percentText(percent));
    }
    for (int knee = int(kKneeMin); knee <= int(kKneeMax); knee += kKneeTickStep) {
        const double x = pointFor(knee, 0).x();
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3));
        painter.setPen(muted);
        painter.drawText(QRectF(x - 30, area.bottom() + 3, 60, metrics.height()), Qt::AlignCenter, tr("%1°").arg(knee));
    }
    painter.drawText(QRectF(area.left(), area.bottom() + metrics.height() + 4, area.width(), metrics.height()),
                     Qt::AlignHCenter | Qt::AlignVCenter, tr("Knee bent"));
    // The current knee angle, a vertical guide through both markers.
    const double x = pointFor(std::clamp(m_pose.kneeFlexionDeg, kKneeMin, kKneeMax), 0).x();
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DotLine));
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
}

void ReachChart::paintLine(QPainter &painter, const Line &line) const
{
    QPainterPath path;
    for (int knee = int(kKneeMin); knee <= int(kKneeMax); knee += 2) {
        const QPointF point =
            pointFor(knee, LegModel::nearLongestPercent(line.muscle, {double(knee), m_pose.ankleDorsiflexionDeg}));
        if (knee == int(kKneeMin))
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(line.colour, 2.5, line.style, Qt::RoundCap));
    painter.drawPath(path);
    const double knee = std::clamp(m_pose.kneeFlexionDeg, kKneeMin, kKneeMax);
    const QPointF marker =
        pointFor(knee, LegModel::nearLongestPercent(line.muscle, {knee, m_pose.ankleDorsiflexionDeg}));
    painter.setPen(QPen(palette().color(QPalette::Base), 2));
    painter.setBrush(line.colour);
    painter.drawEllipse(marker, 5, 5);
}

void ReachChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintAxes(painter);
    // The key: each muscle's line style, name and value now.
    const QFontMetrics metrics = fontMetrics();
    double x = plotArea().left();
    for (const Line &line : lines()) {
        const double y = metrics.height() / 2.0 + 2;
        painter.setPen(QPen(line.colour, 2.5, line.style, Qt::RoundCap));
        painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
        const QString text = tr("%1 %2").arg(line.name, percentText(LegModel::nearLongestPercent(line.muscle, m_pose)));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(x + 28, y + metrics.ascent() / 2.0 - 1), text);
        x += 28 + metrics.horizontalAdvance(text) + 18;
    }
    for (const Line &line : lines())
        paintLine(painter, line);
}

} // namespace calfatlas::app
