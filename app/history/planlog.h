// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftestcontent.h"
#include "history/record.h"
#include "plan/planengine.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <vector>

class QPainter;

namespace calfatlas::app {

// One line of a plan's log, as a physiotherapist reads it.
struct PlanLogRow {
    QDate date;
    QString leg;
    QString what;  // "Session", "Morning after: better", "Paused: …", "Plan started"
    QString pain;  // "2/10", or empty
    QString level; // "3 → 4", or "3"
    QString notes; // gate reached, held at a gate, a running rule broken, minutes
    bool gateReached = false;
};

// Every plan's log, oldest first, from its events replayed with the measurements.
// With the self-test's words, a pause names its warning signs in words rather than by id.
std::vector<PlanLogRow> planLogRows(const plan::PlanContent &content, const std::vector<plan::Plan> &plans,
                                    const std::vector<history::SavedMeasurement> &measurements,
                                    const assessment::SelfTestContent *selfTest = nullptr);

// The log as a table (date, leg, what, pain, level, notes) for a view that sorts and reads it aloud.
class PlanLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit PlanLogModel(QObject *parent = nullptr);
    void setRows(std::vector<PlanLogRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<PlanLogRow> m_rows;
};

// One point of a plan's level over time.
struct LevelPoint {
    QDate date;
    int level = 1;
    bool gateReached = false;
};

// Paints the plan's level over time in `area`: the phases as bands, the level as steps, each gate passed as
// a diamond. For the History area and the printed report alike.
void paintPlanLevels(QPainter &painter, const QRectF &area, const plan::PlanContent &content,
                     const std::vector<LevelPoint> &points, const QColor &ink, const QFont &font);

// The latest plan's level over time.
std::vector<LevelPoint> levelPoints(const plan::PlanContent &content, const std::vector<plan::Plan> &plans,
                                    const std::vector<history::SavedMeasurement> &measurements);

class PlanChart : public QWidget {
    Q_OBJECT

public:
    explicit PlanChart(QWidget *parent = nullptr);
    void setPlan(const plan::PlanContent *content, std::vector<LevelPoint> points);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const plan::PlanContent *m_content = nullptr;
    std::vector<LevelPoint> m_points;
};

} // namespace calfatlas::app
