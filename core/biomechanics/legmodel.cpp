// SPDX-License-Identifier: MIT
#include "legmodel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace calfatlas::biomechanics {

namespace {

constexpr double kPi = std::numbers::pi;

double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

// The geometry, in shank lengths, from tests/tools/fit_leg_model.py.
// Femur frame (turns with knee flexion about the knee centre): the condyle and the gastrocnemius origin.
constexpr Point kCondyleCentreFemur{0.01144, -0.01501};
constexpr double kCondyleRadius = 0.06;
const double kGastrocnemiusOriginAngle = radians(120.0); // on the condyle, from anterior, counter-clockwise
constexpr Point kHipFemur{0.0, 1.08};
// Shank frame: the soleus origin on the back of the tibia and fibula.
constexpr Point kSoleusOrigin{-0.05, -0.30};
// Foot frame (turns with the ankle about the ankle centre, relative to the ankle centre).
constexpr Point kCalcanealInsertionFoot{-0.116, -0.01};
constexpr Point kHeelFoot{-0.16, -0.115};
constexpr Point kBallFoot{0.44, -0.115};
constexpr Point kToeTipFoot{0.6, -0.1};
constexpr Point kAnkleCentre{0.0, -1.0};

// Knee flexion swings the thigh backwards relative to the shank: counter-clockwise in this frame.
Point femurPointToShank(Point p, double kneeFlexionDeg)
{
    const double t = radians(kneeFlexionDeg);
    return {p.x * std::cos(t) - p.y * std::sin(t), p.x * std::sin(t) + p.y * std::cos(t)};
}

// Dorsiflexion lifts the toes: counter-clockwise about the ankle centre.
Point footPointToShank(Point p, double ankleDorsiflexionDeg)
{
    const double t = radians(ankleDorsiflexionDeg);
    return {kAnkleCentre.x + p.x * std::cos(t) - p.y * std::sin(t),
            kAnkleCentre.y + p.x * std::sin(t) + p.y * std::cos(t)};
}

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

double wrapPositive(double angle)
{
    const double full = 2.0 * kPi;
    angle = std::fmod(angle, full);
    return angle < 0 ? angle + full : angle;
}

// The gastrocnemius path: from its origin on the condyle, over the back of the condyle (counter-clockwise)
// to where the straight line to the insertion leaves it tangentially. When the origin has already turned
// past that point, the path is a straight line. Returns the length; fills `points` when given.
double gastrocnemiusPath(Pose pose, std::vector<Point> *points)
{
    const Point centre = femurPointToShank(kCondyleCentreFemur, pose.kneeFlexionDeg);
    const double originAngle = kGastrocnemiusOriginAngle + radians(pose.kneeFlexionDeg);
    const Point insertion = footPointToShank(kCalcanealInsertionFoot, pose.ankleDorsiflexionDeg);
    const Point origin{centre.x + kCondyleRadius * std::cos(originAngle),
                       centre.y + kCondyleRadius * std::sin(originAngle)};
    const double d = distance(centre, insertion);
    const double tangentAngle =
        std::atan2(insertion.y - centre.y, insertion.x - centre.x) - std::acos(kCondyleRadius / d);
    double arc = wrapPositive(tangentAngle - originAngle);
    if (arc > kPi)
        arc = 0; // the straight line from the origin already clears the condyle
    if (points) {
        points->clear();
        const int steps = arc > 0 ? std::max(2, static_cast<int>(std::ceil(arc / radians(8.0)))) : 0;
        points->push_back(origin);
        for (int i = 1; i <= steps; ++i) {
            const double a = originAngle + arc * i / steps;
            points->push_back({centre.x + kCondyleRadius * std::cos(a), centre.y + kCondyleRadius * std::sin(a)});
        }
        points->push_back(insertion);
    }
    if (arc == 0)
        return distance(origin, insertion);
    return kCondyleRadius * arc + std::sqrt(d * d - kCondyleRadius * kCondyleRadius);
}

QString describe(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 6) : QStringLiteral("not a number");
}

} // namespace

Pose checkedPose(double kneeFlexionDeg, double ankleDorsiflexionDeg)
{
    const auto check = [](double value, AngleRange range, const char *what) {
        if (!std::isfinite(value) || value < range.min || value > range.max)
            throw PoseError(QStringLiteral("%1 must be a number from %2 to %3 degrees, not %4")
                                .arg(QLatin1String(what))
                                .arg(range.min)
                                .arg(range.max)
                                .arg(describe(value))
                                .toStdString());
    };
    check(kneeFlexionDeg, kKneeFlexionRange, "knee flexion");
    check(ankleDorsiflexionDeg, kAnkleDorsiflexionRange, "ankle dorsiflexion");
    return {kneeFlexionDeg, ankleDorsiflexionDeg};
}

Pose clampedPose(Pose pose)
{
    return {std::clamp(pose.kneeFlexionDeg, kKneeFlexionRange.min, kKneeFlexionRange.max),
            std::clamp(pose.ankleDorsiflexionDeg, kAnkleDorsiflexionRange.min, kAnkleDorsiflexionRange.max)};
}

double checkedShankMm(double shankMm)
{
    if (!std::isfinite(shankMm) || shankMm < kShankMmRange.min || shankMm > kShankMmRange.max)
        throw PoseError(QStringLiteral("shank length must be a number from %1 to %2 mm, not %3")
                            .arg(kShankMmRange.min)
                            .arg(kShankMmRange.max)
                            .arg(describe(shankMm))
                            .toStdString());
    return shankMm;
}

QString idOf(Muscle muscle)
{
    switch (muscle) {
    case Muscle::GastrocnemiusMedialHead: return QStringLiteral("gastrocnemius-medial-head");
    case Muscle::GastrocnemiusLateralHead: return QStringLiteral("gastrocnemius-lateral-head");
    case Muscle::Soleus: return QStringLiteral("soleus");
    }
    return {};
}

bool crossesKnee(Muscle muscle)
{
    return muscle != Muscle::Soleus;
}

Stretch stretchOf(double changePercentShank)
{
    if (changePercentShank < -kStretchBandPercent)
        return Stretch::Slack;
    if (changePercentShank > kStretchBandPercent)
        return Stretch::Stretched;
    return Stretch::Resting;
}

QString idOf(Stretch stretch)
{
    switch (stretch) {
    case Stretch::Slack: return QStringLiteral("slack");
    case Stretch::Resting: return QStringLiteral("resting");
    case Stretch::Stretched: return QStringLiteral("stretched");
    }
    return {};
}

double LegModel::length(Muscle muscle, Pose pose)
{
    if (muscle == Muscle::Soleus)
        return distance(kSoleusOrigin, footPointToShank(kCalcanealInsertionFoot, pose.ankleDorsiflexionDeg));
    return gastrocnemiusPath(pose, nullptr);
}

double LegModel::changePercentShank(Muscle muscle, Pose pose)
{
    // The standing lengths never change: computed once.
    static const PerMuscle<double> standing = [] {
        PerMuscle<double> lengths;
        for (const Muscle each : kMuscles)
            lengths[each] = length(each, {});
        return lengths;
    }();
    return 100.0 * (length(muscle, pose) - standing[muscle]);
}

PerMuscle<double> LegModel::changesPercentShank(Pose pose)
{
    PerMuscle<double> changes;
    for (const Muscle muscle : kMuscles)
        changes[muscle] = changePercentShank(muscle, pose);
    return changes;
}

LengthRange LegModel::lengthRange(Muscle muscle)
{
    // The ranges never change: searched once, over every whole-degree pose of the validated range.
    static const PerMuscle<LengthRange> ranges = [] {
        PerMuscle<LengthRange> found;
        for (const Muscle each : kMuscles) {
            LengthRange range{length(each, {}), length(each, {}), {}, {}};
            for (int knee = int(kValidatedKneeRange.min); knee <= int(kValidatedKneeRange.max); ++knee) {
                for (int ankle = int(kValidatedAnkleRange.min); ankle <= int(kValidatedAnkleRange.max); ++ankle) {
                    const Pose pose{double(knee), double(ankle)};
                    const double value = length(each, pose);
                    if (value < range.shortest)
                        range = {value, range.longest, pose, range.longestPose};
                    if (value > range.longest)
                        range = {range.shortest, value, range.shortestPose, pose};
                }
            }
            found[each] = range;
        }
        return found;
    }();
    return ranges[muscle];
}

double LegModel::nearLongestPercent(Muscle muscle, Pose pose)
{
    const LengthRange range = lengthRange(muscle);
    return 100.0 * (length(muscle, pose) - range.shortest) / (range.longest - range.shortest);
}

PerMuscle<double> LegModel::nearLongestPercents(Pose pose)
{
    PerMuscle<double> values;
    for (const Muscle muscle : kMuscles)
        values[muscle] = nearLongestPercent(muscle, pose);
    return values;
}

double LegModel::changeMm(Muscle muscle, Pose pose, double shankMm)
{
    return changePercentShank(muscle, pose) / 100.0 * shankMm;
}

LegGeometry LegModel::geometry(Pose pose)
{
    LegGeometry g;
    g.pose = pose;
    g.hip = femurPointToShank(kHipFemur, pose.kneeFlexionDeg);
    g.knee = {0, 0};
    g.ankle = kAnkleCentre;
    g.condyleCentre = femurPointToShank(kCondyleCentreFemur, pose.kneeFlexionDeg);
    g.condyleRadius = kCondyleRadius;
    g.heel = footPointToShank(kHeelFoot, pose.ankleDorsiflexionDeg);
    g.ball = footPointToShank(kBallFoot, pose.ankleDorsiflexionDeg);
    g.toeTip = footPointToShank(kToeTipFoot, pose.ankleDorsiflexionDeg);
    g.calcanealInsertion = footPointToShank(kCalcanealInsertionFoot, pose.ankleDorsiflexionDeg);
    std::vector<Point> gastrocnemius;
    gastrocnemiusPath(pose, &gastrocnemius);
    g.paths[Muscle::GastrocnemiusMedialHead] = gastrocnemius;
    g.paths[Muscle::GastrocnemiusLateralHead] = gastrocnemius;
    g.paths[Muscle::Soleus] = {kSoleusOrigin, g.calcanealInsertion};
    return g;
}

Point LegModel::footToShank(Point footPoint, double ankleDorsiflexionDeg)
{
    return footPointToShank(footPoint, ankleDorsiflexionDeg);
}

Point LegModel::femurToShank(Point femurPoint, double kneeFlexionDeg)
{
    return femurPointToShank(femurPoint, kneeFlexionDeg);
}

} // namespace calfatlas::biomechanics
