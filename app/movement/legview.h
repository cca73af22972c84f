// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"
#include "biomechanics/movementcontent.h"
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
// held upright, or with the ball of the foot on a step as in the bench test: the calf muscles coloured and
// patterned by how far they are from their standing length. Drag the shank (on a step, the thigh) to bend
// the knee and the foot to move the ankle; with the keyboard, Up/Down bend and straighten the knee and
// Left/Right point and lift the foot (Shift for bigger steps).
class LegView : public QWidget {
    Q_OBJECT

public:
    explicit LegView(QWidget *parent = nullptr);

    biomechanics::Pose pose() const { return m_pose; }
    void setPose(biomechanics::Pose pose);
    // The names on the muscles' labels, as the knowledge base gives them (English names until set).
    void setMuscleNames(const QString &gastrocnemius, const QString &soleus);
    // How the leg stands; a change turns the view smoothly unless `animate` is false.
    void setStance(biomechanics::Stance stance, bool animate = true);
    biomechanics::Stance stance() const { return m_stance; }

    // Draws the whole view into the painter at the widget's size (also what paintEvent does).
    void paintView(QPainter &painter) const;

    // Where model points land in the widget, for tests and for hit-testing.
    QPointF toWidget(biomechanics::Point shankFramePoint) const;
    QPointF footHandle() const;  // the grip on the foot
    QPointF shankHandle() const; // the grip that bends the knee: on the shank, or on the thigh on a step
    // Whether the frame is still easing to the pose after a drag (the handles are moving).
    bool isReframing() const;
    // Whether the view is still turning to a new stance.
    bool isTurning() const;

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
    void paintStep(const Paint &paint) const;
    void paintGripLabel(const Paint &paint, QPointF at, double clearOfX, const QString &text, Qt::Alignment side) const;
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
    // The knee flexion the pointer asks for when it drags the knee's grip (before the drag's offset).
    double kneeAngleAt(QPointF position) const;
    QPointF fromThighFrame(biomechanics::Point thighFramePoint) const;
    double scale() const;
    // The turn from the shank's frame to the view's, in degrees: the knee's flexion with the thigh upright,
    // a small forward lean of the shank on a step, and in between while the stance changes.
    double viewTurnDeg() const;
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
    biomechanics::Stance m_stance = biomechanics::Stance::ThighUpright;
    double m_onStep = 0;       // 0 thigh upright, 1 foot on the step; between while turning
    QVariantAnimation *m_turn; // eases m_onStep to the stance
    QString m_gastrocnemiusName;
    QString m_soleusName;
};

} // namespace calfatlas::app
