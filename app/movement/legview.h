#pragma once

#include "biomechanics/legmodel.h"

#include <QWidget>

#include <array>

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
    Grip gripAt(QPointF position) const;
    biomechanics::Point toModel(QPointF widgetPoint) const;
    QPointF fromThighFrame(biomechanics::Point thighFramePoint) const;
    double scale() const;
    void edit(biomechanics::Pose pose);
    void updateDescription();

    biomechanics::Pose m_pose;
    biomechanics::LegGeometry m_geometry = biomechanics::LegModel::geometry({});
    std::array<double, 3> m_change{}; // each muscle's change from standing, kMuscles order
    Grip m_dragging = Grip::None;
    Grip m_hover = Grip::None;
    double m_dragOffsetDeg = 0;
    QRectF m_frame;               // the part of the thigh-upright frame in view (y up)
    QVariantAnimation *m_reframe; // eases the frame to the pose after a drag
};

} // namespace calfatlas::app
