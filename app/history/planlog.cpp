// SPDX-License-Identifier: MIT
#include "planlog.h"

#include "historytext.h"

#include "assessment/legnames.h"
#include "ui/palette.h"

#include <QPainter>
#include <QPainterPath>

namespace calfatlas::app {

using namespace calfatlas::plan;

namespace {

enum Column { DateColumn, LegColumn, WhatColumn, PainColumn, LevelColumn, NotesColumn, ColumnCount };

QString morningWords(Morning morning)
{
    switch (morning) {
    case Morning::Better: return PlanLogModel::tr("Morning after: better");
    case Morning::Same: return PlanLogModel::tr("Morning after: the same");
    case Morning::Worse: return PlanLogModel::tr("Morning after: worse");
    }
    return {};
}

PlanLogRow rowFor(const PlanContent &content, const Plan &plan, const Event &event, const Step &step,
                  const assessment::SelfTestContent *selfTest)
{
    PlanLogRow row;
    row.date = event.date;
    row.leg = assessment::legName(plan.leg);
    row.level = step.level == step.levelBefore ? QString::number(step.level)
                                               : QStringLiteral("%1 → %2").arg(step.levelBefore).arg(step.level);
    QStringList notes;
    switch (event.kind) {
    case Event::Kind::Session:
        row.what = PlanLogModel::tr("Session: %1").arg(content.level(step.levelBefore).title);
        row.pain = PlanLogModel::tr("%1/10").arg(event.pain);
        if (event.minutes)
            notes.append(PlanLogModel::tr("%1 min").arg(*event.minutes));
        break;
    case Event::Kind::Morning: row.what = morningWords(event.morning); break;
    case Event::Kind::Pause: {
        QStringList signs;
        for (const assessment::RedFlag flag : event.redFlags)
            signs.append(selfTest ? selfTest->redFlag(flag).shortText : assessment::idOf(flag));
        row.what = PlanLogModel::tr("Paused for a warning sign");
        notes.append(signs.join(QStringLiteral(", ")));
        break;
    }
    case Event::Kind::Resume: row.what = PlanLogModel::tr("Resumed after being seen"); break;
    }
    if (step.gateReached) {
        row.gateReached = true;
        notes.append(PlanLogModel::tr("Gate passed: into %1").arg(content.phaseOf(step.level).title));
    }
    if (step.heldAtGate)
        notes.append(PlanLogModel::tr("Held: the gate into %1 is not met yet")
                         .arg(content.phaseOf(std::min(step.level + 1, content.levelCount())).title));
    for (const QString &id : step.warnings) {
        if (const Rule *rule = content.rule(id))
            notes.append(rule->text.text);
    }
    row.notes = notes.join(QStringLiteral("; "));
    return row;
}

} // namespace

std::vector<PlanLogRow> planLogRows(const PlanContent &content, const std::vector<Plan> &plans,
                                    const std::vector<history::SavedMeasurement> &measurements,
                                    const assessment::SelfTestContent *selfTest)
{
    std::vector<PlanLogRow> rows;
    for (const Plan &plan : plans) {
        PlanLogRow start;
        start.date = plan.started;
        start.leg = assessment::legName(plan.leg);
        start.what = PlanLogModel::tr("Plan started");
        start.level = QStringLiteral("1");
        rows.push_back(start);
        const Status status = replay(content, plan, measurements, plan.stopped.value_or(QDate::currentDate()));
        std::vector<Event> events = plan.events;
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        for (size_t i = 0; i < events.size() && i < status.steps.size(); ++i)
            rows.push_back(rowFor(content, plan, events[i], status.steps[i], selfTest));
        if (plan.stopped) {
            PlanLogRow stop;
            stop.date = *plan.stopped;
            stop.leg = start.leg;
            stop.what = PlanLogModel::tr("Plan stopped");
            stop.level = QString::number(status.level);
            rows.push_back(stop);
        }
    }
    return rows;
}

PlanLogModel::PlanLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanLogModel::setRows(std::vector<PlanLogRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PlanLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PlanLogRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn: return dateText(row.date);
        case LegColumn: return row.leg;
        case WhatColumn: return row.what;
        case PainColumn: return row.pain;
        case LevelColumn: return row.level;
        case NotesColumn: return row.notes;
        default: return {};
        }
    }
    if (role == Qt::UserRole && index.column() == DateColumn)
        return row.date; // for sorting by date rather than by its words
    if (role == Qt::FontRole && row.gateReached) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant PlanLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case LegColumn: return tr("Leg");
    case WhatColumn: return tr("What");
    case PainColumn: return tr("Pain");
    case LevelColumn: return tr("Level");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

std::vector<LevelPoint> levelPoints(const PlanContent &content, const std::vector<Plan> &plans,
                                    const std::vector<history::SavedMeasurement> &measurements)
{
    std::vector<LevelPoint> points;
    if (plans.empty())
        return points;
    const Plan &plan = plans.back();
    points.push_back({plan.started, 1, false});
    const Status status = replay(content, plan, measurements, plan.stopped.value_or(QDate::currentDate()));
    for (const Step &step : status.steps)
        points.push_back({step.date, step.level, step.gateReached});
    return points;
}

void paintPlanLevels(QPainter &painter, const QRectF &area, const PlanContent &content,
                     const std::vector<LevelPoint> &points, const QColor &ink, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const int levels = content.levelCount();
    qreal labelWidth = 0;
    for (const Phase &phase : content.phases())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(phase.title));
    const QRectF plot = area.adjusted(labelWidth + 12, 6, -12, -metrics.height() - 8);
    const auto yOf = [&](qreal level) { return plot.bottom() - (level - 0.5) * plot.height() / levels; };
    // The phases as bands, each named on the left.
    for (int i = 0; i < content.phases().size(); ++i) {
        const Phase &phase = content.phases().at(i);
        const QRectF band(plot.left(), yOf(content.lastLevel(phase) + 0.5), plot.width(),
                          yOf(content.firstLevel(phase) - 0.5) - yOf(content.lastLevel(phase) + 0.5));
        QColor fill = ink;
        fill.setAlpha(i % 2 == 0 ? 14 : 30);
        painter.fillRect(band, fill);
        painter.setPen(ink);
        painter.drawText(QRectF(area.left(), band.top(), labelWidth + 6, band.height()),
                         Qt::AlignRight | Qt::AlignVCenter, phase.title);
    }
    if (points.empty()) {
        painter.restore();
        return;
    }
    const QDate first = points.front().date;
    const qint64 span = std::max<qint64>(1, first.daysTo(std::max(points.back().date, first.addDays(7))));
    const auto xOf = [&](const QDate &date) { return plot.left() + plot.width() * first.daysTo(date) / span; };
    QPainterPath path;
    path.moveTo(xOf(first), yOf(points.front().level));
    for (const LevelPoint &point : points) {
        path.lineTo(xOf(point.date), path.currentPosition().y());
        path.lineTo(xOf(point.date), yOf(point.level));
    }
    painter.setPen(QPen(palette::kMeasureLeft, 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(palette::kMeasureBenchmark);
    painter.setPen(QPen(ink, 1));
    for (const LevelPoint &point : points) {
        if (!point.gateReached)
            continue;
        const QPointF at(xOf(point.date), yOf(point.level));
        painter.drawPolygon(
            QPolygonF{at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7), at + QPointF(-7, 0)});
    }
    painter.setPen(ink);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width() / 2, metrics.height()), Qt::AlignLeft,
                     dateText(first));
    painter.drawText(QRectF(plot.center().x(), plot.bottom() + 4, plot.width() / 2, metrics.height()), Qt::AlignRight,
                     dateText(first.addDays(span)));
    painter.restore();
}

PlanChart::PlanChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planChart"));
    setAccessibleName(tr("The plan's level over time"));
    setMinimumHeight(160);
}

void PlanChart::setPlan(const PlanContent *content, std::vector<LevelPoint> points)
{
    m_content = content;
    m_points = std::move(points);
    if (!m_points.empty())
        setAccessibleDescription(tr("Level %1 of %2 now").arg(m_points.back().level).arg(content->levelCount()));
    update();
}

void PlanChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_content)
        return;
    if (m_points.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No plan yet. Start one in Recovery, or from a self-test's result."));
        return;
    }
    paintPlanLevels(painter, QRectF(rect()).adjusted(4, 4, -4, -4), *m_content, m_points,
                    palette().color(QPalette::WindowText), font());
}

} // namespace calfatlas::app
