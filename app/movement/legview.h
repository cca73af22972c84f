// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"
#include "legart.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QWidget>

#include <vector>

class QPainterPath;
class QVariantAnimation;

namespace calfatlas::app {

// The side view of the leg (its front to the right), drawn from the leg model's own geometry with the thigh
// held upright: the calf muscles coloured and patterned by how far they are from their standing length.
// Drag the shank to bend the knee and the foot to move the ankle; with the keyboard, Up/Down bend and
// straighten the knee and Left/Right point and lift the foot (Shift for bigger steps).
class LegView : public QWidget {
    Q_OBJECT

public:
    explicit LegView(QWidget *parent = nullptr);

    biomechanics::Pose pose() const { return m_pose; }
    void setPose(biomechanics::Pose pose);
    // The names on the muscles' labels, as the knowledge base gives them (English names until set).
    void setMuscleNames(const QString &gastrocnemius, const QString &soleus);

    // Draws the whole view into the painter at the widget's size (also what paintEvent does).
    void paintView(QPainter &painter) const;

    // Where model points land in the widget, for tests and for hit-testing.
    QPointF toWidget(biomechanics::Point shankFramePoint) const;
    QPointF footHandle() const;  // the grip on the foot
    QPointF shankHandle() const; // the grip on the shank
    // Whether the frame is still easing to the pose after a drag (the handles are moving).
    bool isReframing() const;

    QSize sizeHint() const override { return {560, 640}; }
    QSize minimumSizeHint() const override { return {300, 360}; }

signals:
    // The person moved the leg (drag or keys); the pose is within the model's ranges.
    void poseEdited(calfatlas::biomechanics::Pose pose);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Grip { None, Foot, Shank };
    // What every painter of one frame shares.
    struct Paint {
        QPainter &painter;
        bool dark;
        QColor window;
        QColor ink;
        double scale; // one shank length in pixels
        double unit;  // line widths scale with the drawing
        QFont small;  // the labels' font
    };
    void paintAnkleSweep(const Paint &paint) const;
    void paintSkin(const Paint &paint) const;
    void paintBones(const Paint &paint) const;
    void paintMuscles(const Paint &paint) const;
    void paintThighFade(const Paint &paint) const;
    void paintJoints(const Paint &paint) const;
    void paintMuscleLabels(const Paint &paint) const;
    void paintGrip(const Paint &paint, QPointF at, bool active) const;
    void paintFocus(const Paint &paint) const;
    QPointF artPoint(legart::ArtPoint point) const;
    QPainterPath outlinePath(legart::Outline outline) const;
    std::vector<QPointF> musclePath(biomechanics::Muscle muscle) const;
    QPainterPath band(const std::vector<QPointF> &path, const legart::Band &band) const;

    Grip gripAt(QPointF position) const;
    biomechanics::Point toModel(QPointF widgetPoint) const;
    QPointF fromThighFrame(biomechanics::Point thighFramePoint) const;
    double scale() const;
    void edit(biomechanics::Pose pose);
    void updateDescription();

    biomechanics::Pose m_pose;
    biomechanics::LegGeometry m_geometry = biomechanics::LegModel::geometry({});
    biomechanics::PerMuscle<double> m_change; // each muscle's change from standing
    Grip m_dragging = Grip::None;
    Grip m_hover = Grip::None;
    double m_dragOffsetDeg = 0;
    QRectF m_frame;               // the part of the thigh-upright frame in view (y up)
    QVariantAnimation *m_reframe; // eases the frame to the pose after a drag
    QString m_gastrocnemiusName;
    QString m_soleusName;
};

} // namespace calfatlas::app
