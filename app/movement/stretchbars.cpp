// SPDX-License-Identifier: MIT
#include "stretchbars.h"

#include "stretchstyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::biomechanics;

namespace {

// The bars' scale in percent of shank length: the model's extremes lie within it.
constexpr double kMinPercent = -16;
constexpr double kMaxPercent = 10;

QString signedNumber(double value, int decimals)
{
    const double rounded = std::round(value * std::pow(10, decimals)) / std::pow(10, decimals);
    const QLocale locale; // the app's language: a decimal comma in German and Spanish
    if (rounded == 0)
        return locale.toString(0.0, 'f', decimals);
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
           locale.toString(std::abs(rounded), 'f', decimals);
}

int rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() * 2 + 16;
}

// The widest of the stretch words, which sit to the right of each bar.
int wordColumnWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (const Stretch stretch : {Stretch::Slack, Stretch::Resting, Stretch::Stretched})
        widest = std::max(widest, metrics.horizontalAdvance(stretchWord(stretch)));
    return widest + 12;
}

} // namespace

StretchBars::StretchBars(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Muscle lengths"));
    for (const Muscle muscle : kMuscles)
        m_names[muscle] = idOf(muscle);
    setPose({});
}

void StretchBars::setMuscleNames(const PerMuscle<QString> &names)
{
    m_names = names;
    setPose(m_pose, m_shankMm);
}

void StretchBars::setPose(Pose pose, double shankMm)
{
    m_pose = pose;
    m_shankMm = shankMm;
    m_change = LegModel::changesPercentShank(pose);
    QStringList rows;
    for (Muscle muscle : kMuscles)
        rows << rowText(muscle);
    setAccessibleDescription(rows.join(QLatin1Char('\n')));
    update();
}

QString StretchBars::rowText(Muscle muscle) const
{
    const double percent = m_change[muscle];
    return tr("%1: %2 % of shank (%3 mm), %4")
        .arg(m_names[muscle], signedNumber(percent, 1), signedNumber(percent / 100.0 * m_shankMm, 0),
             stretchWord(stretchOf(percent)));
}

QSize StretchBars::sizeHint() const
{
    return {300, rowHeight(fontMetrics()) * int(kMuscles.size())};
}

void StretchBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int row = rowHeight(metrics);
    const QColor ink = palette().color(QPalette::WindowText);
    QColor muted = ink;
    muted.setAlphaF(0.65f);
    const double left = 2;
    const double right = width() - 2;
    const double barRight = right - wordColumnWidth(metrics);
    const auto xOf = [&](double percent) {
        return left + (percent - kMinPercent) / (kMaxPercent - kMinPercent) * (barRight - left);
    };
    // Where a long name (German's "M. gastrocnemius, Caput mediale") and its value do not fit side by side, every
    // row keeps to the percentage; only then is a name shortened.
    QFont nameFont = font();
    nameFont.setBold(true);
    const QString widestValue = tr("%1 %  ·  %2 mm").arg(signedNumber(-18.8, 1), signedNumber(-88, 0));
    bool compact = false;
    for (const Muscle muscle : kMuscles) {
        compact = compact || QFontMetrics(nameFont).horizontalAdvance(m_names[muscle]) +
                                     metrics.horizontalAdvance(widestValue) + 12 >
                                 right - left;
    }
    for (size_t i = 0; i < kMuscles.size(); ++i) {
        const Muscle muscle = kMuscles[i];
        const double percent = m_change[muscle];
        const Stretch stretch = stretchOf(percent);
        const double top = double(i) * row;
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(ink);
        const QRectF textRow(left, top, right - left, metrics.height() + 2);
        const QFontMetrics boldMetrics(bold);
        const QString value =
            compact ? tr("%1 %").arg(signedNumber(percent, 1))
                    : tr("%1 %  ·  %2 mm").arg(signedNumber(percent, 1), signedNumber(percent / 100.0 * m_shankMm, 0));
        const int nameRoom = int(textRow.width()) - metrics.horizontalAdvance(value) - 12;
        painter.drawText(textRow, Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(m_names[muscle], Qt::ElideRight, std::max(0, nameRoom)));
        painter.setFont(font());
        painter.drawText(textRow, Qt::AlignRight | Qt::AlignVCenter, value);
        // The bar: the neutral band, the zero line, and the change drawn from zero; its word beside it.
        const QRectF track(left, top + metrics.height() + 6, barRight - left, 12);
        painter.setPen(Qt::NoPen);
        QColor trackColour = ink;
        trackColour.setAlphaF(0.08f);
        painter.setBrush(trackColour);
        painter.drawRoundedRect(track, 6, 6);
        painter.drawRect(
            QRectF(QPointF(xOf(-kStretchBandPercent), track.top()), QPointF(xOf(kStretchBandPercent), track.bottom())));
        const double zero = xOf(0);
        const double end = xOf(std::clamp(percent, kMinPercent, kMaxPercent));
        QPainterPath bar;
        bar.addRoundedRect(
            QRectF(QPointF(std::min(zero, end), track.top() + 1), QPointF(std::max(zero, end), track.bottom() - 1)), 4,
            4);
        paintStretchShape(painter, bar, stretch, 1.0);
        painter.setPen(QPen(ink, 1.5));
        painter.drawLine(QPointF(zero, track.top() - 3), QPointF(zero, track.bottom() + 3));
        painter.setPen(muted);
        painter.drawText(
            QRectF(barRight, track.center().y() - metrics.height() / 2.0, right - barRight, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, stretchWord(stretch));
    }
}

StretchLegend::StretchLegend(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(tr("Slack: blue with a dashed outline, more than 2 % of shank length shorter than "
                                "standing. Near resting: red, within 2 %. Stretched: orange with hatching, more "
                                "than 2 % longer."));
    setToolTip(tr("Lengths are changes from upright standing, in percent of shank length (knee to ankle)."));
}

QSize StretchLegend::sizeHint() const
{
    return {300, (fontMetrics().height() + 8) * 3};
}

void StretchLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().height() + 8;
    const struct {
        Stretch stretch;
        QString meaning;
    } rows[] = {{Stretch::Slack, tr("more than 2 % shorter than standing")},
                {Stretch::Resting, tr("within 2 % of its standing length")},
                {Stretch::Stretched, tr("more than 2 % longer than standing")}};
    int y = 0;
    for (const auto &row : rows) {
        QPainterPath swatch;
        swatch.addRoundedRect(QRectF(2, y + 4, 34, line - 10), 4, 4);
        paintStretchShape(painter, swatch, row.stretch, 1.0);
        painter.setPen(palette().color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QString word = stretchWord(row.stretch);
        const int wordWidth = QFontMetrics(bold).horizontalAdvance(word);
        painter.drawText(QRectF(46, y, width() - 46, line), Qt::AlignLeft | Qt::AlignVCenter, word);
        painter.setFont(font());
        painter.drawText(QRectF(46 + wordWidth + 8, y, width() - 54 - wordWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter, row.meaning);
        y += line;
    }
}

} // namespace calfatlas::app
