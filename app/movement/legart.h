// SPDX-License-Identifier: MIT
#pragma once

#include <span>

namespace calfatlas::app::legart {

// The Movement view's drawing of the leg, as data: outlines of skin and bones, and the width of each muscle
// along its path. Lengths are in shank lengths (the knee centre to the ankle centre), y up, x forwards.

// The bone a point of the drawing moves with: femur points are relative to the knee centre with the thigh in
// line with the shank, shank points to the knee centre, foot points to the ankle centre with the foot at a
// right angle (see LegModel::femurToShank and LegModel::footToShank).
enum class Frame { Femur, Shank, Foot };

struct ArtPoint {
    Frame frame;
    double x;
    double y;
};

// A closed outline, drawn as a smooth curve through its points.
using Outline = std::span<const ArtPoint>;

Outline skin();   // the thigh's front, the shank and foot, the thigh's back
Outline femur();  // shaft and condyle
Outline fibula(); // behind and beside the tibia
Outline tibia();  // plateau, shaft, medial malleolus
Outline foot();   // calcaneus and talus, the arch and the toes as one silhouette

// The patella, an ellipse in front of the knee (femur frame).
inline constexpr ArtPoint kPatellaCentre{Frame::Femur, 0.1, 0.05};
inline constexpr double kPatellaHalfWidth = 0.028;
inline constexpr double kPatellaHalfHeight = 0.05;

// A half-width along a muscle's path: at `t` (the fraction of the path from origin to insertion) it is
// `width`, eased smoothly between knots.
struct Knot {
    double t;
    double width;
};
using Profile = std::span<const Knot>;

// A band around a muscle's path: half-widths on the path's left and right (as it runs from origin to
// insertion; on screen the right is the back of the leg), between the fractions `from` and `to`.
struct Band {
    Profile left;
    Profile right;
    double from;
    double to;
};

Band soleusBelly();
Band calcanealTendon(); // the soleus's part of the tendon, along the soleus's path
Band medialHead();      // shows behind the lateral head
Band lateralHead();
Band gastrocnemiusTendon(); // along the gastrocnemius's path, into the calcaneal tendon

// The half-width at `t`: cosine easing between the knots, the end knots' widths beyond them.
double widthAt(Profile profile, double t);

} // namespace calfatlas::app::legart
