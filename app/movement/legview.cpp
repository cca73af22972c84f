// SPDX-License-Identifier: MIT
#include "legview.h"

#include "stretchstyle.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QVariantAnimation>

#include <cmath>
#include <numbers>

namespace calfatlas::app {

using namespace calfatlas::biomechanics;

namespace {

constexpr double kDegrees = 180.0 / std::numbers::pi;
// On a step the shank leans this far forwards, so that the bench test's dorsiflexion shows as a heel
// dropped below the step's edge.
constexpr double kStepLeanDeg = 5.0;
// The grip that bends the knee on a step: on the thigh, in the femur's frame.
constexpr Point kThighGripFemur{0.02, 0.3};

// The view holds the thigh upright: a shank-frame point turned back by the knee's flexion.
Point toThighFrame(Point p, double kneeFlexionDeg)
{
    const double t = kneeFlexionDeg / kDegrees;
    return {p.x * std::cos(t) + p.y * std::sin(t), -p.x * std::sin(t) + p.y * std::cos(t)};
}

// The part of the thigh-upright frame worth showing for a pose: the leg with room for its labels, never
// smaller than the standing leg needs, so the view frames the leg closely in every pose.
QRectF frameFor(const LegGeometry &g, double turnDeg)
{
    const Pose pose = g.pose;
    double left = 0, right = 0, top = 0, bottom = 0;
    const Point thighTop = LegModel::femurToShank({0, 0.62}, pose.kneeFlexionDeg);
    for (Point p : {g.heel, g.toeTip, g.ball, g.ankle, Point{-0.25, -0.3}, Point{0.1, -0.3}, thighTop}) {
        const Point q = toThighFrame(p, turnDeg);
        left = std::min(left, q.x);
        right = std::max(right, q.x);
        bottom = std::min(bottom, q.y);
        top = std::max(top, q.y);
    }
    QRectF box(QPointF(left - 0.55, top + 0.02), QPointF(right + 0.45, bottom - 0.08));
    box = box.normalized();
    const QPointF centre = box.center();
    box.setWidth(std::max(box.width(), 1.6));
    box.setHeight(std::max(box.height(), 1.9));
    box.moveCenter(centre);
    return box; // y grows upwards here: top() is the lowest point
}

} // namespace

LegView::LegView(QWidget *parent)
    : QWidget(parent), m_reframe(new QVariantAnimation(this)), m_turn(new QVariantAnimation(this)),
      m_gastrocnemiusName(tr("Gastrocnemius")), m_soleusName(tr("Soleus"))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Leg model"));
    m_frame = frameFor(m_geometry, viewTurnDeg());
    m_turn->setDuration(900);
    m_turn->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_turn, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_onStep = value.toDouble();
        if (m_dragging == Grip::None)
            m_frame = frameFor(m_geometry, viewTurnDeg());
        update();
    });
    m_reframe->setDuration(220);
    m_reframe->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_reframe, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_frame = value.toRectF();
        update();
    });
    setToolTip(tr("Drag the shank to bend the knee and the foot to move the ankle.\n"
                  "Keys: Up/Down straighten or bend the knee, Left/Right point or lift the foot (Shift: 5°)."));
    updateDescription();
}

void LegView::setPose(Pose pose)
{
    if (pose == m_pose)
        return;
    m_pose = pose;
    // The model is asked once per pose; painting and the description read these.
    m_geometry = LegModel::geometry(pose);
    m_change = LegModel::changesPercentShank(pose);
    // While a drag is on, the frame holds still so the joint under the pointer does not move away.
    if (m_dragging == Grip::None && m_reframe->state() != QAbstractAnimation::Running)
        m_frame = frameFor(m_geometry, viewTurnDeg());
    updateDescription();
    update();
}

void LegView::setMuscleNames(const QString &gastrocnemius, const QString &soleus)
{
    m_gastrocnemiusName = gastrocnemius;
    m_soleusName = soleus;
    updateDescription();
    update();
}

void LegView::setStance(Stance stance, bool animate)
{
    if (stance == m_stance)
        return;
    m_stance = stance;
    const double target = stance == Stance::ThighUpright ? 0.0 : 1.0;
    m_turn->stop();
    if (!animate) {
        m_onStep = target;
        m_frame = frameFor(m_geometry, viewTurnDeg());
        update();
        return;
    }
    m_turn->setStartValue(m_onStep);
    m_turn->setEndValue(target);
    m_turn->start();
}

bool LegView::isTurning() const
{
    return m_turn->state() == QAbstractAnimation::Running;
}

double LegView::viewTurnDeg() const
{
    const double lean = m_stance == Stance::Seated ? 0.0 : kStepLeanDeg;
    return (1.0 - m_onStep) * m_pose.kneeFlexionDeg + m_onStep * lean;
}

double LegView::scale() const
{
    return std::min(width() / m_frame.width(), height() / m_frame.height());
}

QPointF LegView::toWidget(Point p) const
{
    return fromThighFrame(toThighFrame(p, viewTurnDeg()));
}

QPointF LegView::fromThighFrame(Point q) const
{
    const QRectF &box = m_frame;
    const double s = scale();
    const double left = (width() - box.width() * s) / 2;
    const double top = (height() - box.height() * s) / 2;
    return {left + (q.x - box.left()) * s, top + (box.bottom() - q.y) * s};
}

Point LegView::toModel(QPointF w) const
{
    const QRectF &box = m_frame;
    const double s = scale();
    const double left = (width() - box.width() * s) / 2;
    const double top = (height() - box.height() * s) / 2;
    const Point q{box.left() + (w.x() - left) / s, box.bottom() - (w.y() - top) / s};
    // Back from the view's frame to the shank frame.
    const double t = viewTurnDeg() / kDegrees;
    return {q.x * std::cos(t) - q.y * std::sin(t), q.x * std::sin(t) + q.y * std::cos(t)};
}

bool LegView::isReframing() const
{
    return m_reframe->state() == QAbstractAnimation::Running;
}

QPointF LegView::footHandle() const
{
    return toWidget(LegModel::footToShank({0.33, -0.05}, m_pose.ankleDorsiflexionDeg));
}

QPointF LegView::shankHandle() const
{
    if (m_stance != Stance::ThighUpright)
        return toWidget(LegModel::femurToShank(kThighGripFemur, m_pose.kneeFlexionDeg));
    return toWidget({0.1, -0.62});
}

double LegView::kneeAngleAt(QPointF position) const
{
    if (m_stance != Stance::ThighUpright) {
        // The shank stands still and the thigh turns: the angle of the pointer from the straight thigh.
        const Point p = toModel(position);
        return std::atan2(-p.x, p.y) * kDegrees;
    }
    // With the thigh upright the shank hangs at its flexion from straight down, backwards.
    const QPointF d = position - toWidget({0, 0});
    return std::atan2(-d.x(), d.y()) * kDegrees;
}

LegView::Grip LegView::gripAt(QPointF position) const
{
    const double reach = std::max(18.0, 0.07 * scale());
    if (QLineF(position, footHandle()).length() <= reach)
        return Grip::Foot;
    if (QLineF(position, shankHandle()).length() <= reach)
        return Grip::Shank;
    // Anywhere on the foot or the lower shank works too.
    const Point p = toModel(position);
    const double t = -m_pose.ankleDorsiflexionDeg / kDegrees;
    const Point f{(p.x) * std::cos(t) - (p.y + 1) * std::sin(t), (p.x) * std::sin(t) + (p.y + 1) * std::cos(t)};
    if (f.x > 0.05 && f.x < 0.62 && f.y > -0.14 && f.y < 0.05)
        return Grip::Foot;
    if (m_stance == Stance::ThighUpright && p.y < -0.3 && p.y > -0.9 && std::abs(p.x) < 0.16)
        return Grip::Shank;
    return Grip::None;
}

void LegView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = gripAt(event->position());
    if (m_dragging == Grip::Foot) {
        const Point p = toModel(event->position());
        m_dragOffsetDeg = m_pose.ankleDorsiflexionDeg - std::atan2(p.y + 1, p.x) * kDegrees;
    } else if (m_dragging == Grip::Shank) {
        m_dragOffsetDeg = m_pose.kneeFlexionDeg - kneeAngleAt(event->position());
    }
    if (m_dragging != Grip::None) {
        setCursor(Qt::ClosedHandCursor);
        update();
    }
}

void LegView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging == Grip::None) {
        const Grip hover = gripAt(event->position());
        if (hover != m_hover) {
            m_hover = hover;
            setCursor(hover == Grip::None ? Qt::ArrowCursor : Qt::OpenHandCursor);
            update();
        }
        return;
    }
    Pose pose = m_pose;
    if (m_dragging == Grip::Foot) {
        const Point p = toModel(event->position());
        pose.ankleDorsiflexionDeg = std::atan2(p.y + 1, p.x) * kDegrees + m_dragOffsetDeg;
        while (pose.ankleDorsiflexionDeg > 180)
            pose.ankleDorsiflexionDeg -= 360;
        while (pose.ankleDorsiflexionDeg < -180)
            pose.ankleDorsiflexionDeg += 360;
    } else {
        pose.kneeFlexionDeg = kneeAngleAt(event->position()) + m_dragOffsetDeg;
    }
    // A drag stops at the joint's limits, as a real joint does.
    edit(clampedPose(pose));
}

void LegView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging == Grip::None)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = Grip::None;
    setCursor(gripAt(event->position()) == Grip::None ? Qt::ArrowCursor : Qt::OpenHandCursor);
    m_reframe->setStartValue(m_frame);
    m_reframe->setEndValue(frameFor(m_geometry, viewTurnDeg()));
    m_reframe->start();
    update();
}

void LegView::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? 5 : 1;
    Pose pose = m_pose;
    switch (event->key()) {
    case Qt::Key_Up: pose.kneeFlexionDeg -= step; break;
    case Qt::Key_Down: pose.kneeFlexionDeg += step; break;
    case Qt::Key_Right: pose.ankleDorsiflexionDeg += step; break;
    case Qt::Key_Left: pose.ankleDorsiflexionDeg -= step; break;
    default: return QWidget::keyPressEvent(event);
    }
    edit(clampedPose(pose));
}

void LegView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void LegView::edit(Pose pose)
{
    if (pose == m_pose)
        return;
    setPose(pose);
    emit poseEdited(pose);
}

void LegView::updateDescription()
{
    QStringList parts{tr("Knee bent %1 degrees, ankle %2 degrees.")
                          .arg(qRound(m_pose.kneeFlexionDeg))
                          .arg(qRound(m_pose.ankleDorsiflexionDeg))};
    parts << tr("%1 %2.").arg(m_gastrocnemiusName, stretchWord(stretchOf(m_change[Muscle::GastrocnemiusMedialHead])))
          << tr("%1 %2.").arg(m_soleusName, stretchWord(stretchOf(m_change[Muscle::Soleus])));
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace calfatlas::app
