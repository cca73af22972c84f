// SPDX-License-Identifier: MIT
// LegView: painting. Skin, bones and muscles from the outline tables of legart, then the joints, the labels
// and the grips.
#include "legview.h"

#include "stretchstyle.h"
#include "ui/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace calfatlas::app {

using namespace calfatlas::biomechanics;

namespace {

constexpr double kDegrees = 180.0 / std::numbers::pi;

// Points along a path at equal spacing, with the running fraction of its length.
struct Sample {
    QPointF at;
    QPointF normal; // to the path's left as it runs from origin to insertion
    double t;
};

std::vector<Sample> resample(const std::vector<QPointF> &path, int count)
{
    std::vector<double> cumulative{0.0};
    for (size_t i = 1; i < path.size(); ++i)
        cumulative.push_back(cumulative.back() + QLineF(path[i - 1], path[i]).length());
    const double total = cumulative.back();
    std::vector<Sample> samples;
    size_t segment = 1;
    for (int i = 0; i <= count; ++i) {
        const double s = total * i / count;
        while (segment + 1 < path.size() && cumulative[segment] < s)
            ++segment;
        const QPointF a = path[segment - 1];
        const QPointF b = path[segment];
        const double span = cumulative[segment] - cumulative[segment - 1];
        const double f = span > 0 ? (s - cumulative[segment - 1]) / span : 0;
        QPointF direction = b - a;
        const double length = std::hypot(direction.x(), direction.y());
        if (length > 0)
            direction /= length;
        samples.push_back({a + (b - a) * f, QPointF(direction.y(), -direction.x()), i / double(count)});
    }
    return samples;
}

// A smooth band around a path, its half-widths given in shank lengths; `px` is one shank length in pixels.
QPainterPath ribbon(const std::vector<QPointF> &path, const legart::Band &band, double px)
{
    const std::vector<Sample> samples = resample(path, 48);
    QPolygonF leftEdge;
    QPolygonF rightEdge;
    for (const Sample &s : samples) {
        if (s.t < band.from - 1e-9 || s.t > band.to + 1e-9)
            continue;
        leftEdge << s.at + s.normal * (px * legart::widthAt(band.left, s.t));
        rightEdge << s.at - s.normal * (px * legart::widthAt(band.right, s.t));
    }
    QPolygonF outline = leftEdge;
    for (auto it = rightEdge.crbegin(); it != rightEdge.crend(); ++it)
        outline << *it;
    QPainterPath shape;
    shape.addPolygon(outline);
    shape.closeSubpath();
    return shape;
}

// A closed Catmull-Rom curve through the points.
QPainterPath smoothClosed(const QPolygonF &points)
{
    QPainterPath path;
    const int n = int(points.size());
    path.moveTo(points[0]);
    for (int i = 0; i < n; ++i) {
        const QPointF p0 = points[(i - 1 + n) % n], p1 = points[i], p2 = points[(i + 1) % n], p3 = points[(i + 2) % n];
        path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2);
    }
    return path;
}

QColor mix(const QColor &a, const QColor &b, double f)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

// A muscle's label: a box off the back of the leg and the end of its leader line on the box.
struct PlacedLabel {
    QPointF leaderEnd;
    QRectF box;
};

// The box of `size` hung `offset` shank lengths off the sample's right side, kept inside `inside`.
PlacedLabel placeLabel(const Sample &sample, double offset, double px, QSizeF size, const QRectF &inside)
{
    const QPointF at = sample.at - sample.normal * offset * px;
    QRectF box(QPointF(0, 0), size);
    box.moveCenter(at);
    // Hang the box off the side the leader comes from.
    if (sample.normal.x() > 0.3)
        box.moveRight(at.x());
    else if (sample.normal.x() < -0.3)
        box.moveLeft(at.x());
    if (sample.normal.y() > 0.3)
        box.moveBottom(at.y());
    else if (sample.normal.y() < -0.3)
        box.moveTop(at.y());
    box.moveLeft(std::clamp(box.left(), inside.left(), std::max(inside.left(), inside.right() - box.width())));
    box.moveTop(std::clamp(box.top(), inside.top(), std::max(inside.top(), inside.bottom() - box.height())));
    const QPointF end(std::clamp(at.x(), box.left(), box.right()), std::clamp(at.y(), box.top(), box.bottom()));
    return {end, box};
}

using palette::kBone;
using palette::kBoneEdge;
using palette::kSkin;
using palette::kTendon;

} // namespace

void LegView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintView(painter);
}

void LegView::paintView(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.95);
    const double s = scale();
    const Paint paint{painter,
                      isDarkPalette(),
                      palette().color(QPalette::Window),
                      palette().color(QPalette::WindowText),
                      s,
                      s / 600.0,
                      small};
    painter.fillRect(rect(), paint.window);
    paintAnkleSweep(paint);
    paintStep(paint);
    paintSkin(paint);
    paintBones(paint);
    paintMuscles(paint);
    paintThighFade(paint);
    paintJoints(paint);
    paintMuscleLabels(paint);
    paintGrip(paint, shankHandle(), m_dragging == Grip::Shank || m_hover == Grip::Shank);
    paintGrip(paint, footHandle(), m_dragging == Grip::Foot || m_hover == Grip::Foot);
    // What each grip moves: beside the shank's grip (above the thigh's, on a step), and beyond the toes
    // for the foot's, where the foot never is.
    const bool onStep = m_stance != Stance::ThighUpright;
    paintGripLabel(paint, shankHandle(), shankHandle().x(), tr("drag to bend the knee"),
                   onStep ? Qt::AlignTop : Qt::AlignRight);
    paintGripLabel(paint, footHandle(), std::max(footHandle().x(), toWidget(m_geometry.toeTip).x()),
                   tr("drag to move the foot"), Qt::AlignRight);
    if (hasFocus())
        paintFocus(paint);
}

QPointF LegView::artPoint(legart::ArtPoint point) const
{
    switch (point.frame) {
    case legart::Frame::Femur: return toWidget(LegModel::femurToShank({point.x, point.y}, m_pose.kneeFlexionDeg));
    case legart::Frame::Foot: return toWidget(LegModel::footToShank({point.x, point.y}, m_pose.ankleDorsiflexionDeg));
    case legart::Frame::Shank: break;
    }
    return toWidget({point.x, point.y});
}

QPainterPath LegView::outlinePath(legart::Outline outline) const
{
    QPolygonF points;
    for (const legart::ArtPoint &point : outline)
        points << artPoint(point);
    return smoothClosed(points);
}

std::vector<QPointF> LegView::musclePath(Muscle muscle) const
{
    std::vector<QPointF> path;
    for (Point p : m_geometry.paths[muscle])
        path.push_back(toWidget(p));
    return path;
}

void LegView::paintAnkleSweep(const Paint &paint) const
{
    // The sweep of the ankle as the knee bends: where the shank can go (with the thigh upright only).
    if (m_onStep > 0)
        return;
    QPainterPath sweep;
    for (double k = kKneeFlexionRange.min; k <= kKneeFlexionRange.max; k += 5) {
        // The ankle at flexion k, with the thigh upright.
        const QPointF at = fromThighFrame({-std::sin(k / kDegrees), -std::cos(k / kDegrees)});
        k == kKneeFlexionRange.min ? sweep.moveTo(at) : sweep.lineTo(at);
    }
    QPen pen(palette::kAnkleSweep.in(paint.dark), 0); // hairline: cheap to draw
    paint.painter.setPen(pen);
    paint.painter.setBrush(Qt::NoBrush);
    paint.painter.drawPath(sweep);
}

void LegView::paintStep(const Paint &paint) const
{
    // On a step: a block under the ball of the foot, its edge just behind the ball, so the heel hangs free.
    // Seated: the floor under the ball.
    if (m_onStep <= 0 || m_stance == Stance::ThighUpright)
        return;
    const QPointF ball = toWidget(m_geometry.ball);
    const double s = paint.scale;
    const double left = m_stance == Stance::Seated ? -2.0 : ball.x() - 0.03 * s;
    // The rigid model foot cannot bend its toes: seated on tiptoe, the floor meets the toes' tip.
    const double top = m_stance == Stance::Seated ? std::max(ball.y(), toWidget(m_geometry.toeTip).y()) : ball.y();
    const QRectF block(QPointF(left, top + 0.01 * s), QPointF(width() + 2.0, height() + 2.0));
    QColor fill = paint.ink;
    fill.setAlphaF(float(0.10 * m_onStep));
    QColor edge = paint.ink;
    edge.setAlphaF(float(0.45 * m_onStep));
    paint.painter.setPen(QPen(edge, 1.5));
    paint.painter.setBrush(fill);
    paint.painter.drawRoundedRect(block, 3, 3);
}

void LegView::paintSkin(const Paint &paint) const
{
    // A soft silhouette of thigh, calf and foot.
    const QColor skin = paint.dark ? mix(kSkin, paint.window, 0.55) : mix(kSkin, paint.window, 0.45);
    paint.painter.setPen(QPen(paint.dark ? kSkin.darker(160) : kSkin.darker(125), 0));
    paint.painter.setBrush(skin);
    drawSmoothShape(paint.painter, outlinePath(legart::skin()));
}

void LegView::paintBones(const Paint &paint) const
{
    QPainter &painter = paint.painter;
    painter.setPen(QPen(paint.dark ? kBoneEdge.darker(140) : kBoneEdge, 0));
    painter.setBrush(kBone);
    drawSmoothShape(painter, outlinePath(legart::femur()));
    painter.drawEllipse(artPoint(legart::kPatellaCentre), legart::kPatellaHalfWidth * paint.scale,
                        legart::kPatellaHalfHeight * paint.scale);
    // The fibula lies on the far side in this view: lighter.
    painter.save();
    painter.setOpacity(0.75);
    drawSmoothShape(painter, outlinePath(legart::fibula()));
    painter.restore();
    drawSmoothShape(painter, outlinePath(legart::tibia()));
    drawSmoothShape(painter, outlinePath(legart::foot()));
}

void LegView::paintMuscles(const Paint &paint) const
{
    // Deep to superficial: the soleus, then the gastrocnemius heads and the calcaneal tendon. The two heads
    // share one path in the sagittal plane; the medial head shows behind the lateral one.
    QPainter &painter = paint.painter;
    const double px = paint.scale;
    const double outline = paint.unit * 2;
    const std::vector<QPointF> soleus = musclePath(Muscle::Soleus);
    const std::vector<QPointF> gastrocnemius = musclePath(Muscle::GastrocnemiusMedialHead);
    paintStretchShape(painter, ribbon(soleus, legart::soleusBelly(), px), stretchOf(m_change[Muscle::Soleus]), outline);
    painter.setPen(QPen(kBoneEdge, 0));
    painter.setBrush(kTendon);
    drawSmoothShape(painter, ribbon(soleus, legart::calcanealTendon(), px));
    paintStretchShape(painter, ribbon(gastrocnemius, legart::medialHead(), px),
                      stretchOf(m_change[Muscle::GastrocnemiusMedialHead]), outline);
    paintStretchShape(painter, ribbon(gastrocnemius, legart::lateralHead(), px),
                      stretchOf(m_change[Muscle::GastrocnemiusLateralHead]), outline);
    painter.setPen(QPen(kBoneEdge, 0));
    painter.setBrush(kTendon);
    drawSmoothShape(painter, ribbon(gastrocnemius, legart::gastrocnemiusTendon(), px));
}

void LegView::paintThighFade(const Paint &paint) const
{
    // The thigh fades out towards the hip: the view is about the knee and below.
    const auto onThigh = [this](double x, double y) {
        return toWidget(LegModel::femurToShank({x, y}, m_pose.kneeFlexionDeg));
    };
    QLinearGradient fade(onThigh(0, 0.63), onThigh(0, 0.36));
    fade.setColorAt(0, paint.window);
    QColor clear = paint.window;
    clear.setAlpha(0);
    fade.setColorAt(1, clear);
    // Only over the thigh, out to well beyond the view: a full-view gradient would cost a frame's budget.
    const QPolygonF thigh{onThigh(-0.3, 0.36), onThigh(0.3, 0.36), onThigh(0.3, 3.0), onThigh(-0.3, 3.0)};
    paint.painter.setPen(Qt::NoPen);
    paint.painter.setBrush(fade);
    paint.painter.drawPolygon(thigh);
}

void LegView::paintJoints(const Paint &paint) const
{
    // Joint centres with their angles.
    QPainter &painter = paint.painter;
    const double s = paint.scale;
    const double knee = m_pose.kneeFlexionDeg;
    const double ankle = m_pose.ankleDorsiflexionDeg;
    painter.setFont(paint.small);
    // Each angle reads outwards from a point beside its joint, so a long word (German's "Sprunggelenk") runs
    // away from the leg instead of back over it.
    const auto joint = [&](QPointF at, const QString &text, QPointF labelStart) {
        painter.setPen(QPen(paint.ink, 1.2 * paint.unit * 2));
        painter.setBrush(paint.window);
        painter.drawEllipse(at, 5 * paint.unit * 2, 5 * paint.unit * 2);
        const bool rightwards = labelStart.x() >= 0;
        const double width = painter.fontMetrics().horizontalAdvance(text) + 4;
        const QPointF start = at + labelStart;
        const QRectF label(rightwards ? start.x() : start.x() - width, start.y() - 12, width, 24);
        painter.setPen(paint.ink);
        painter.drawText(label, Qt::AlignVCenter | (rightwards ? Qt::AlignLeft : Qt::AlignRight), text);
    };
    joint(toWidget(m_geometry.knee), tr("knee %1°").arg(qRound(knee)), QPointF(0.15 * s, 0));
    joint(toWidget(m_geometry.ankle),
          tr("ankle %1%2°")
              .arg(ankle > 0   ? QStringLiteral("+")
                   : ankle < 0 ? QStringLiteral("−")
                               : QString())
              .arg(std::abs(qRound(ankle))),
          knee > 60 ? QPointF(-0.22 * s, 0.1 * s) : QPointF(0.11 * s, -0.2 * s));
}

void LegView::paintMuscleLabels(const Paint &paint) const
{
    // The name and the word for the stretch, so colour is never the only cue. Each label is a box off the
    // back of the leg with a leader line to its muscle; the second one moves further out if the two would
    // overlap.
    QPainter &painter = paint.painter;
    const double px = paint.scale;
    QFont bold = paint.small;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const QRectF inside = QRectF(rect()).adjusted(4, 4, -4, -4);
    const auto sizeOf = [&](const QString &text) {
        return QSizeF(metrics.horizontalAdvance(text) + 14, metrics.height() + 6);
    };
    const auto drawLabel = [&](const Sample &sample, double inner, const PlacedLabel &placed, const QString &text,
                               Stretch stretch) {
        painter.setPen(QPen(paint.ink, 1));
        painter.drawLine(sample.at - sample.normal * inner * px, placed.leaderEnd);
        painter.setPen(QPen(stretchColour(stretch).darker(150), 1));
        painter.setBrush(palette::kLabelBox.in(paint.dark));
        painter.drawRoundedRect(placed.box, 5, 5);
        painter.setFont(bold);
        painter.setPen(paint.ink);
        painter.drawText(placed.box, Qt::AlignCenter, text);
    };
    const Sample gSample = resample(musclePath(Muscle::GastrocnemiusMedialHead), 20)[4];
    const Sample sSample = resample(musclePath(Muscle::Soleus), 20)[10];
    const Stretch gStretch = stretchOf(m_change[Muscle::GastrocnemiusMedialHead]);
    const Stretch sStretch = stretchOf(m_change[Muscle::Soleus]);
    const QString gText = QStringLiteral("%1 · %2").arg(m_gastrocnemiusName, stretchWord(gStretch));
    const QString sText = QStringLiteral("%1 · %2").arg(m_soleusName, stretchWord(sStretch));
    const PlacedLabel gPlaced = placeLabel(gSample, 0.3, px, sizeOf(gText), inside);
    PlacedLabel sPlaced = placeLabel(sSample, 0.26, px, sizeOf(sText), inside);
    for (double offset = 0.26; sPlaced.box.intersects(gPlaced.box.adjusted(-4, -4, 4, 4)) && offset < 1.2;
         offset += 0.04)
        sPlaced = placeLabel(sSample, offset, px, sizeOf(sText), inside);
    drawLabel(gSample, 0.1, gPlaced, gText, gStretch);
    drawLabel(sSample, 0.06, sPlaced, sText, sStretch);
}

void LegView::paintGrip(const Paint &paint, QPointF at, bool active) const
{
    // A grip for dragging.
    QPainter &painter = paint.painter;
    const double r = 11 * paint.unit * 2;
    QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, (active ? 2.4 : 1.6) * paint.unit * 2));
    accent.setAlpha(active ? 110 : 55);
    painter.setBrush(accent);
    painter.drawEllipse(at, r, r);
    painter.setPen(
        QPen(palette().color(QPalette::Highlight).darker(140), 1.4 * paint.unit * 2, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(QRectF(at - QPointF(r * 0.55, r * 0.55), QSizeF(r * 1.1, r * 1.1)), 30 * 16, 240 * 16);
}

void LegView::paintGripLabel(const Paint &paint, QPointF at, double clearOfX, const QString &text,
                             Qt::Alignment side) const
{
    // What a grip moves, in small muted words: right of `clearOfX` level with the grip, wrapped when the
    // view's edge is near; or centred above the grip.
    QPainter &painter = paint.painter;
    const double r = 11 * paint.unit * 2;
    painter.setFont(paint.small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QFontMetricsF metrics(paint.small);
    const double textWidth = metrics.horizontalAdvance(text) + 4;
    // On a pill of the canvas colour, so the words stay legible where they cross the drawing or the step.
    const auto onPill = [&](const QRectF &box, int flags) {
        QColor back = paint.window;
        back.setAlphaF(0.82f);
        const QRectF used = metrics.boundingRect(box, flags, text);
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(used.adjusted(-4, -1, 4, 1), 4, 4);
        painter.restore();
        painter.drawText(box, flags, text);
    };
    if (side & Qt::AlignTop) {
        onPill(QRectF(at.x() - textWidth / 2, at.y() - r - 4 - metrics.height(), textWidth, metrics.height()),
               Qt::AlignCenter);
        return;
    }
    const double left = std::max(at.x(), clearOfX) + r + 4;
    const double width = std::max(80.0, std::min(textWidth, double(this->width()) - 4 - left));
    onPill(QRectF(left, at.y() - metrics.height() * 1.5, width, metrics.height() * 3),
           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
}

void LegView::paintFocus(const Paint &paint) const
{
    QPen focusPen(palette().color(QPalette::Highlight), 2);
    paint.painter.setPen(focusPen);
    paint.painter.setBrush(Qt::NoBrush);
    paint.painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

} // namespace calfatlas::app
