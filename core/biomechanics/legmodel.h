// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <stdexcept>
#include <vector>

namespace calfatlas::biomechanics {

// The angles of the model, in degrees. Knee: 0 = straight, positive = bent. Ankle: 0 = foot at a right
// angle to the shank, positive = dorsiflexion (toes up), negative = plantar flexion.
struct Pose {
    double kneeFlexionDeg = 0;
    double ankleDorsiflexionDeg = 0;
    friend bool operator==(const Pose &, const Pose &) = default;
};

struct AngleRange {
    double min;
    double max;
};
inline constexpr AngleRange kKneeFlexionRange{0.0, 140.0};
inline constexpr AngleRange kAnkleDorsiflexionRange{-50.0, 30.0};
// The range over which the model is checked against the published equations.
inline constexpr AngleRange kValidatedKneeRange{0.0, 120.0};
inline constexpr AngleRange kValidatedAnkleRange{-30.0, 30.0};

inline constexpr double kDefaultShankMm = 400.0;
inline constexpr AngleRange kShankMmRange{250.0, 550.0};

// An angle or a length the model refuses: not a number, or outside its range. Never clamped.
class PoseError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Throws PoseError naming the angle and its range unless both angles are finite and within range.
Pose checkedPose(double kneeFlexionDeg, double ankleDorsiflexionDeg);
// The pose with each angle held within its joint's range, as a joint stops a hand that moves it too far.
// For direct manipulation only: typed or loaded angles go through checkedPose and are refused instead.
Pose clampedPose(Pose pose);

// Throws PoseError unless the shank length is finite and within kShankMmRange.
double checkedShankMm(double shankMm);

enum class Muscle { GastrocnemiusMedialHead, GastrocnemiusLateralHead, Soleus };
inline constexpr std::array<Muscle, 3> kMuscles{Muscle::GastrocnemiusMedialHead, Muscle::GastrocnemiusLateralHead,
                                                Muscle::Soleus};

// One value for each muscle, addressed by the muscle.
template <typename T>
class PerMuscle {
public:
    T &operator[](Muscle muscle) { return m_values[static_cast<std::size_t>(muscle)]; }
    const T &operator[](Muscle muscle) const { return m_values[static_cast<std::size_t>(muscle)]; }

private:
    std::array<T, kMuscles.size()> m_values{};
};

// The knowledge base's id of each muscle ("gastrocnemius-medial-head", ...).
QString idOf(Muscle muscle);
bool crossesKnee(Muscle muscle);

// A point in the shank's frame, in shank lengths: the knee centre at (0, 0), the ankle centre at (0, -1),
// x pointing forwards (anterior), y up.
struct Point {
    double x = 0;
    double y = 0;
};

// How far a muscle is from its standing length, in words the view shows next to the colour.
enum class Stretch { Slack, Resting, Stretched };
// Beyond this change from standing (percent of shank length) a muscle counts as slack or stretched.
inline constexpr double kStretchBandPercent = 2.0;
Stretch stretchOf(double changePercentShank);
QString idOf(Stretch stretch);

// The model's own geometry in one pose, for drawing: every point in the shank frame.
struct LegGeometry {
    Pose pose;
    Point hip;           // the far end of the drawn thigh
    Point knee;          // the knee's hinge
    Point ankle;         // the ankle's hinge
    Point condyleCentre; // the femoral condyle the gastrocnemius wraps over
    double condyleRadius = 0;
    Point heel; // the back of the calcaneus, on the ground line of the foot
    Point ball; // the ball of the foot (metatarsal heads)
    Point toeTip;
    Point calcanealInsertion; // where the calcaneal tendon meets the calcaneus
    // Each muscle's path from origin to insertion, in order; the gastrocnemius's includes the arc over
    // the condyle.
    PerMuscle<std::vector<Point>> paths;
};

// A muscle's extremes within the validated range, in shank lengths, with the poses that give them.
struct LengthRange {
    double shortest = 0;
    double longest = 0;
    Pose shortestPose;
    Pose longestPose;
};

// A sagittal-plane knee-and-ankle model: thigh, shank and foot joined by hinges at the knee and the ankle.
// The gastrocnemius heads run from the back of the femoral condyles, wrap over the condyle and run straight
// to the calcaneus; the soleus runs straight from the back of the tibia and fibula to the calcaneus. The
// geometry was fitted (tests/tools/fit_leg_model.py) so that the lengths follow Grieve, Pheasant & Cavanagh
// 1978 and, for the soleus, Hawkins & Hull 1990 as well. In the sagittal plane both heads of the
// gastrocnemius follow the same path: their condyles lie one behind the other.
class LegModel {
public:
    // The muscle-tendon length in shank lengths. The pose must be valid (see checkedPose).
    static double length(Muscle muscle, Pose pose);
    // The change from upright standing (knee 0, ankle 0), in percent of shank length; positive = longer.
    static double changePercentShank(Muscle muscle, Pose pose);
    // The same in millimetres for a shank of the given length.
    static double changeMm(Muscle muscle, Pose pose, double shankMm = kDefaultShankMm);
    // changePercentShank for every muscle at once: what a view needs for one pose.
    static PerMuscle<double> changesPercentShank(Pose pose);
    // The shortest and the longest a muscle gets over the validated range (kValidatedKneeRange and
    // kValidatedAnkleRange), found by searching that range in whole degrees, and the poses where it does.
    static LengthRange lengthRange(Muscle muscle);
    // How near the muscle is to the longest it gets within that range: 0 % at its shortest, 100 % at its
    // longest. Unlike the change from standing, this tells the two muscles apart where the knee matters:
    // straight, the gastrocnemius is near its longest; bent, it is far from it while the soleus is not.
    // Outside the validated range the value may leave 0–100; it is not clamped.
    static double nearLongestPercent(Muscle muscle, Pose pose);
    static PerMuscle<double> nearLongestPercents(Pose pose);
    static LegGeometry geometry(Pose pose);
    // A point fixed to the foot (relative to the ankle centre, with the foot at a right angle) or to the
    // femur (relative to the knee centre, with the thigh in line with the shank), in the shank frame.
    static Point footToShank(Point footPoint, double ankleDorsiflexionDeg);
    static Point femurToShank(Point femurPoint, double kneeFlexionDeg);
};

} // namespace calfatlas::biomechanics
