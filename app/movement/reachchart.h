// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"

#include <QRectF>
#include <QWidget>

#include <vector>

namespace calfatlas::app {

// How near each muscle is to the longest it gets in the model (0 % shortest, 100 % longest), plotted
// against the knee angle at the current ankle angle: one line for the gastrocnemius (both heads follow one
// path in the model) and one for the soleus, with the current pose marked on each. It shows what the
// change from standing cannot: with the knee straight the gastrocnemius is near its longest; bent, it
// falls far from it while the soleus does not move.
class ReachChart : public QWidget {
    Q_OBJECT

public:
    explicit ReachChart(QWidget *parent = nullptr);

    void setPose(biomechanics::Pose pose);
    void setMuscleNames(const QString &gastrocnemius, const QString &soleus);
    // Where a knee angle and a percentage land in the widget (for tests).
    QPointF pointFor(double kneeDeg, double percent) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line {
        biomechanics::Muscle muscle;
        QString name;
        QColor colour;
        Qt::PenStyle style;
    };
    QRectF plotArea() const;
    std::vector<Line> lines() const;
    void paintAxes(QPainter &painter) const;
    void paintLine(QPainter &painter, const Line &line) const;
    void updateDescription();

    biomechanics::Pose m_pose;
    QString m_gastrocnemiusName;
    QString m_soleusName;
};

} // namespace calfatlas::app
