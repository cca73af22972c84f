// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"

#include <QWidget>

#include <array>

namespace calfatlas::app {

// One bar per calf muscle: its length change from standing, drawn from a zero line, with the number in
// percent of shank length and in millimetres, and the word for it (slack, near resting, stretched).
class StretchBars : public QWidget {
    Q_OBJECT

public:
    explicit StretchBars(QWidget *parent = nullptr);

    void setPose(biomechanics::Pose pose, double shankMm = biomechanics::kDefaultShankMm);
    // The muscles' names as the knowledge base gives them (their ids until set).
    void setMuscleNames(const biomechanics::PerMuscle<QString> &names);
    // The text of one row as shown (for tests and screen readers).
    QString rowText(biomechanics::Muscle muscle) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    biomechanics::Pose m_pose;
    double m_shankMm = biomechanics::kDefaultShankMm;
    biomechanics::PerMuscle<double> m_change; // from the model, once per pose
    biomechanics::PerMuscle<QString> m_names;
};

// The three kinds of stretch with their colour, pattern and meaning.
class StretchLegend : public QWidget {
    Q_OBJECT

public:
    explicit StretchLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace calfatlas::app
