#include "legview.h"

#include "stretchstyle.h"
#include "ui/palette.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

#include <cmath>
#include <functional>
#include <numbers>

namespace calfatlas::app {

using namespace calfatlas::biomechanics;

namespace {

constexpr double kDegrees = 180.0 / std::numbers::pi;

// The view holds the thigh upright: a shank-frame point turned back by the knee's flexion.
Point toThighFrame(Point p, double kneeFlexionDeg)
{
    const double t = kneeFlexionDeg / kDegrees;
    return {p.x * std::cos(t) + p.y * std::sin(t), -p.x * std::sin(t) + p.y * std::cos(t)};
}

// The part of the thigh-upright frame worth showing for a pose: the leg with room for its labels, never
// smaller than the standing leg needs, so the view frames the leg closely in every pose.
QRectF frameFor(const LegGeometry &g)
{
    const Pose pose = g.pose;
    double left = 0, right = 0, top = 0.62, bottom = 0;
    for (Point p : {g.heel, g.toeTip, g.ball, g.ankle, Point{-0.25, -0.3}, Point{0.1, -0.3}}) {
        const Point q = toThighFrame(p, pose.kneeFlexionDeg);
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

// A smooth band around a path: `left` and `right` give its half-widths (in pixels) at each fraction.
QPainterPath ribbon(const std::vector<QPointF> &path, const std::function<double(double)> &left,
                    const std::function<double(double)> &right, double from = 0, double to = 1)
{
    const std::vector<Sample> samples = resample(path, 48);
    QPolygonF leftEdge;
    QPolygonF rightEdge;
    for (const Sample &s : samples) {
        if (s.t < from - 1e-9 || s.t > to + 1e-9)
            continue;
        leftEdge << s.at + s.normal * left(s.t);
        rightEdge << s.at - s.normal * right(s.t);
    }
    QPolygonF outline = leftEdge;
    for (auto it = rightEdge.crbegin(); it != rightEdge.crend(); ++it)
        outline << *it;
    QPainterPath shape;
    shape.addPolygon(outline);
    shape.closeSubpath();
    return shape;
}

// A smooth width profile: zero-based knots of (fraction, width) joined with cosine easing.
double profile(std::initializer_list<std::pair<double, double>> knots, double t)
{
    auto previous = *knots.begin();
    for (const auto &knot : knots) {
        if (t <= knot.first) {
            if (knot.first <= previous.first)
                return knot.second;
            const double f = (t - previous.first) / (knot.first - previous.first);
            const double eased = (1 - std::cos(f * std::numbers::pi)) / 2;
            return previous.second + (knot.second - previous.second) * eased;
        }
        previous = knot;
    }
    return previous.second;
}

QColor mix(const QColor &a, const QColor &b, double f)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

using palette::kBone;
using palette::kBoneEdge;
using palette::kSkin;
using palette::kTendon;

} // namespace

LegView::LegView(QWidget *parent) : QWidget(parent), m_reframe(new QVariantAnimation(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Leg model"));
    m_frame = frameFor(m_geometry);
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
        m_frame = frameFor(m_geometry);
    updateDescription();
    update();
}

double LegView::scale() const
{
    return std::min(width() / m_frame.width(), height() / m_frame.height());
}

QPointF LegView::toWidget(Point p) const
{
    return fromThighFrame(toThighFrame(p, m_pose.kneeFlexionDeg));
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
    // Back from the thigh frame to the shank frame.
    const double t = m_pose.kneeFlexionDeg / kDegrees;
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
    return toWidget({0.1, -0.62});
}

void LegView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintView(painter);
}

void LegView::paintView(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = isDarkPalette();
    const QColor window = palette().color(QPalette::Window);
    painter.fillRect(rect(), window);
    const double s = scale();
    const double unit = s / 600.0; // line widths scale with the drawing
    const LegGeometry &g = m_geometry;
    const double knee = m_pose.kneeFlexionDeg;
    const double ankle = m_pose.ankleDorsiflexionDeg;
    const auto foot = [&](double x, double y) { return toWidget(LegModel::footToShank({x, y}, ankle)); };
    const auto femur = [&](double x, double y) { return toWidget(LegModel::femurToShank({x, y}, knee)); };
    const auto shank = [&](double x, double y) { return toWidget({x, y}); };
    const auto smooth = [](const QPolygonF &points) {
        // A closed Catmull-Rom curve through the points.
        QPainterPath path;
        const int n = int(points.size());
        path.moveTo(points[0]);
        for (int i = 0; i < n; ++i) {
            const QPointF p0 = points[(i - 1 + n) % n], p1 = points[i], p2 = points[(i + 1) % n],
                          p3 = points[(i + 2) % n];
            path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2);
        }
        return path;
    };

    // The sweep of the ankle as the knee bends: where the shank can go.
    {
        QPainterPath sweep;
        for (double k = kKneeFlexionRange.min; k <= kKneeFlexionRange.max; k += 5) {
            // The ankle at flexion k, with the thigh upright.
            const QPointF at = fromThighFrame({-std::sin(k / kDegrees), -std::cos(k / kDegrees)});
            k == kKneeFlexionRange.min ? sweep.moveTo(at) : sweep.lineTo(at);
        }
        QPen pen(palette::kAnkleSweep.in(dark), 0); // hairline: cheap to draw
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(sweep);
    }

    // Skin: a soft silhouette of thigh, calf and foot.
    {
        const QColor skin = dark ? mix(kSkin, window, 0.55) : mix(kSkin, window, 0.45);
        painter.setPen(QPen(dark ? kSkin.darker(160) : kSkin.darker(125), 0));
        painter.setBrush(skin);
        QPolygonF thigh{femur(0.17, 0.62), femur(0.15, 0.4), femur(0.14, 0.12), femur(0.12, -0.02)};
        QPolygonF leg{shank(0.09, -0.08), shank(0.075, -0.45), shank(0.06, -0.85),  foot(0.08, 0.02),
                      foot(0.3, -0.03),   foot(0.56, -0.06),   foot(0.66, -0.1),    foot(0.62, -0.14),
                      foot(0.42, -0.15),  foot(0.1, -0.15),    foot(-0.14, -0.15),  foot(-0.2, -0.09),
                      foot(-0.16, 0.04),  shank(-0.09, -0.8),  shank(-0.17, -0.55), shank(-0.24, -0.3),
                      shank(-0.18, -0.1)};
        QPolygonF back{femur(-0.15, -0.02), femur(-0.17, 0.4), femur(-0.19, 0.62)};
        QPolygonF outline = thigh;
        outline << leg << back;
        drawSmoothShape(painter, smooth(outline));
    }

    // Bones.
    painter.setPen(QPen(dark ? kBoneEdge.darker(140) : kBoneEdge, 0));
    painter.setBrush(kBone);
    {
        // Femur: shaft and condyle.
        QPolygonF femurShape{femur(0.045, 0.6),   femur(0.04, 0.3),    femur(0.075, 0.08),  femur(0.07, -0.02),
                             femur(0.02, -0.055), femur(-0.05, -0.05), femur(-0.062, 0.02), femur(-0.045, 0.12),
                             femur(-0.04, 0.3),   femur(-0.045, 0.6)};
        drawSmoothShape(painter, smooth(femurShape));
        // Patella, in front of the knee.
        const QPointF patella = femur(0.1, 0.05);
        painter.drawEllipse(patella, 0.028 * s, 0.05 * s);
        // Fibula, behind and beside the tibia (lighter: it lies on the far side in this view).
        painter.save();
        painter.setOpacity(0.75);
        QPolygonF fibula{shank(-0.02, -0.08), shank(-0.06, -0.1),   shank(-0.055, -0.16),
                         shank(-0.035, -0.5), shank(-0.035, -0.92), shank(-0.02, -1.0),
                         shank(0.0, -0.95),   shank(-0.015, -0.5),  shank(-0.02, -0.15)};
        drawSmoothShape(painter, smooth(fibula));
        painter.restore();
        // Tibia: plateau, shaft, medial malleolus.
        QPolygonF tibia{shank(0.075, -0.03), shank(0.05, -0.1),   shank(0.035, -0.3),    shank(0.04, -0.85),
                        shank(0.06, -0.95),  shank(0.04, -0.975), shank(-0.035, -0.975), shank(-0.04, -0.92),
                        shank(-0.025, -0.3), shank(-0.045, -0.1), shank(-0.065, -0.03),  shank(0.0, -0.02)};
        drawSmoothShape(painter, smooth(tibia));
        // Foot: calcaneus and talus, the arch and the toes as one silhouette.
        QPolygonF footShape{foot(-0.02, 0.035),  foot(0.06, 0.02),    foot(0.2, -0.02),    foot(0.42, -0.075),
                            foot(0.58, -0.085),  foot(0.6, -0.11),    foot(0.44, -0.118),  foot(0.3, -0.09),
                            foot(0.12, -0.08),   foot(-0.05, -0.115), foot(-0.15, -0.112), foot(-0.165, -0.06),
                            foot(-0.13, -0.005), foot(-0.06, 0.01)};
        drawSmoothShape(painter, smooth(footShape));
    }

    // Muscles, deep to superficial: soleus, then the gastrocnemius heads and the calcaneal tendon.
    const std::array<double, 3> &change = m_change;
    const auto widgetPath = [&](size_t i) {
        std::vector<QPointF> path;
        for (Point p : g.paths[i])
            path.push_back(toWidget(p));
        return path;
    };
    const double px = s; // one shank length in pixels
    const std::vector<QPointF> soleus = widgetPath(2);
    const std::vector<QPointF> gastrocnemius = widgetPath(0);
    // Which side of a path is posterior: on screen, the right-hand side of the path as it runs down.
    const QPainterPath soleusBelly = ribbon(
        soleus,
        [&](double t) {
            return px * profile({{0, 0.012}, {0.35, 0.03}, {0.7, 0.02}, {0.78, 0.01}}, t);
        },
        [&](double t) {
            return px * profile({{0, 0.02}, {0.3, 0.11}, {0.62, 0.06}, {0.78, 0.012}}, t);
        },
        0, 0.8);
    paintStretchShape(painter, soleusBelly, stretchOf(change[2]), unit * 2);

    // The calcaneal tendon: the two muscles' tendons joined, down to the heel.
    {
        const QPainterPath tendon = ribbon(
            soleus,
            [&](double t) {
                return px * profile({{0.55, 0.008}, {1, 0.014}}, t);
            },
            [&](double t) {
                return px * profile({{0.55, 0.012}, {0.9, 0.02}, {1, 0.024}}, t);
            },
            0.55, 1.0);
        painter.setPen(QPen(kBoneEdge, 0));
        painter.setBrush(kTendon);
        drawSmoothShape(painter, tendon);
    }

    // The two heads share one path in the sagittal plane; the medial head shows behind the lateral one.
    const auto headShape = [&](double back, double front) {
        return ribbon(
            gastrocnemius,
            [&](double t) {
                return px * profile({{0, 0.006}, {0.1, 0.01}, {0.25, front}, {0.5, 0.004}, {0.58, 0.002}}, t);
            },
            [&](double t) {
                return px * profile({{0, 0.008}, {0.1, 0.03}, {0.25, back}, {0.5, 0.02}, {0.58, 0.006}}, t);
            },
            0, 0.58);
    };
    paintStretchShape(painter, headShape(0.15, 0.0), stretchOf(change[0]), unit * 2);
    paintStretchShape(painter, headShape(0.1, 0.035), stretchOf(change[1]), unit * 2);
    {
        const QPainterPath tendon = ribbon(
            gastrocnemius,
            [&](double t) {
                return px * profile({{0.45, 0.004}, {1, 0.012}}, t);
            },
            [&](double t) {
                return px * profile({{0.45, 0.01}, {1, 0.02}}, t);
            },
            0.48, 1.0);
        painter.setPen(QPen(kBoneEdge, 0));
        painter.setBrush(kTendon);
        drawSmoothShape(painter, tendon);
    }

    // The thigh fades out upwards: the view is about the knee and below.
    {
        const QPointF top = fromThighFrame({0, 0.63});
        const QPointF fadeEnd = fromThighFrame({0, 0.36});
        QLinearGradient fade(top, fadeEnd);
        fade.setColorAt(0, window);
        QColor clear = window;
        clear.setAlpha(0);
        fade.setColorAt(1, clear);
        // Only over the thigh: a full-width gradient would cost a frame's budget at large sizes.
        const double halfWidth = 0.3 * s;
        painter.fillRect(QRectF(QPointF(top.x() - halfWidth, 0), QPointF(top.x() + halfWidth, fadeEnd.y())), fade);
    }

    // Joint centres with their angles.
    const QColor ink = palette().color(QPalette::WindowText);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.95);
    painter.setFont(small);
    const auto joint = [&](QPointF at, const QString &text, QPointF labelOffset) {
        painter.setPen(QPen(ink, 1.2 * unit * 2));
        painter.setBrush(window);
        painter.drawEllipse(at, 5 * unit * 2, 5 * unit * 2);
        const QRectF label(at + labelOffset - QPointF(70, 12), QSizeF(140, 24));
        painter.setPen(ink);
        painter.drawText(label, Qt::AlignCenter, text);
    };
    joint(toWidget(g.knee), tr("knee %1°").arg(qRound(knee)), QPointF(0.28 * s, 0));
    joint(toWidget(g.ankle), tr("ankle %1%2°").arg(ankle > 0 ? QStringLiteral("+") : QString()).arg(qRound(ankle)),
          QPointF(0.3 * s * (knee > 60 ? -1 : 1), -0.12 * s));

    // Labels on the muscles: the name and the word for the stretch, so colour is never the only cue.
    // Each label is a box off the back of the leg with a leader line to its muscle; the second one moves
    // further out if the two would overlap.
    QFont bold = small;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const auto labelBox = [&](const Sample &sample, double offset, const QString &text) {
        const QPointF at = sample.at - sample.normal * offset * px;
        const QSizeF size(metrics.horizontalAdvance(text) + 14, metrics.height() + 6);
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
        // Keep the whole box inside the view.
        const QRectF inside = QRectF(rect()).adjusted(4, 4, -4, -4);
        box.moveLeft(std::clamp(box.left(), inside.left(), std::max(inside.left(), inside.right() - box.width())));
        box.moveTop(std::clamp(box.top(), inside.top(), std::max(inside.top(), inside.bottom() - box.height())));
        const QPointF end(std::clamp(at.x(), box.left(), box.right()), std::clamp(at.y(), box.top(), box.bottom()));
        return std::pair{end, box};
    };
    const auto drawLabel = [&](const Sample &sample, double inner, const std::pair<QPointF, QRectF> &placed,
                               const QString &text, Stretch stretch) {
        painter.setPen(QPen(ink, 1));
        painter.drawLine(sample.at - sample.normal * inner * px, placed.first);
        painter.setPen(QPen(stretchColour(stretch).darker(150), 1));
        painter.setBrush(palette::kLabelBox.in(dark));
        painter.drawRoundedRect(placed.second, 5, 5);
        painter.setFont(bold);
        painter.setPen(ink);
        painter.drawText(placed.second, Qt::AlignCenter, text);
    };
    const std::vector<Sample> gSamples = resample(gastrocnemius, 20);
    const std::vector<Sample> sSamples = resample(soleus, 20);
    const Sample &gSample = gSamples[4];
    const Sample &sSample = sSamples[10];
    const QString gText = QStringLiteral("%1 · %2").arg(tr("Gastrocnemius"), stretchWord(stretchOf(change[0])));
    const QString sText = QStringLiteral("%1 · %2").arg(tr("Soleus"), stretchWord(stretchOf(change[2])));
    const auto gPlaced = labelBox(gSample, 0.3, gText);
    auto sPlaced = labelBox(sSample, 0.26, sText);
    for (double offset = 0.26; sPlaced.second.intersects(gPlaced.second.adjusted(-4, -4, 4, 4)) && offset < 1.2;
         offset += 0.04)
        sPlaced = labelBox(sSample, offset, sText);
    drawLabel(gSample, 0.1, gPlaced, gText, stretchOf(change[0]));
    drawLabel(sSample, 0.06, sPlaced, sText, stretchOf(change[2]));

    // Grips for dragging.
    const auto grip = [&](QPointF at, bool active) {
        const double r = 11 * unit * 2;
        QColor accent = palette().color(QPalette::Highlight);
        painter.setPen(QPen(accent, (active ? 2.4 : 1.6) * unit * 2));
        accent.setAlpha(active ? 110 : 55);
        painter.setBrush(accent);
        painter.drawEllipse(at, r, r);
        painter.setPen(
            QPen(palette().color(QPalette::Highlight).darker(140), 1.4 * unit * 2, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(QRectF(at - QPointF(r * 0.55, r * 0.55), QSizeF(r * 1.1, r * 1.1)), 30 * 16, 240 * 16);
    };
    grip(shankHandle(), m_dragging == Grip::Shank || m_hover == Grip::Shank);
    grip(footHandle(), m_dragging == Grip::Foot || m_hover == Grip::Foot);

    if (hasFocus()) {
        QPen focusPen(palette().color(QPalette::Highlight), 2);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    }
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
    if (p.y < -0.3 && p.y > -0.9 && std::abs(p.x) < 0.16)
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
        const QPointF knee = toWidget({0, 0});
        const QPointF d = event->position() - knee;
        // In the view the thigh is upright: the shank hangs at its flexion from straight down, backwards.
        const double angle = std::atan2(-d.x(), d.y()) * kDegrees;
        m_dragOffsetDeg = m_pose.kneeFlexionDeg - angle;
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
        const QPointF d = event->position() - toWidget({0, 0});
        pose.kneeFlexionDeg = std::atan2(-d.x(), d.y()) * kDegrees + m_dragOffsetDeg;
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
    m_reframe->setEndValue(frameFor(m_geometry));
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
    parts << tr("%1 %2.").arg(tr("Gastrocnemius"), stretchWord(stretchOf(m_change[0])))
          << tr("%1 %2.").arg(tr("Soleus"), stretchWord(stretchOf(m_change[2])));
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace calfatlas::app
