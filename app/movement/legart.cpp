// SPDX-License-Identifier: MIT
#include "legart.h"

#include <array>
#include <cmath>
#include <numbers>

namespace calfatlas::app::legart {

namespace {

constexpr Frame F = Frame::Femur;
constexpr Frame S = Frame::Shank;
constexpr Frame P = Frame::Foot; // "pes"

constexpr std::array<ArtPoint, 24> kSkin{{
    // The thigh's front, down to the knee.
    {F, 0.17, 0.62},
    {F, 0.15, 0.4},
    {F, 0.14, 0.12},
    {F, 0.12, -0.02},
    // The shin, the top of the foot, the toes, the sole, the heel and the calf.
    {S, 0.09, -0.08},
    {S, 0.075, -0.45},
    {S, 0.06, -0.85},
    {P, 0.08, 0.02},
    {P, 0.3, -0.03},
    {P, 0.56, -0.06},
    {P, 0.66, -0.1},
    {P, 0.62, -0.14},
    {P, 0.42, -0.15},
    {P, 0.1, -0.15},
    {P, -0.14, -0.15},
    {P, -0.2, -0.09},
    {P, -0.16, 0.04},
    {S, -0.09, -0.8},
    {S, -0.17, -0.55},
    {S, -0.24, -0.3},
    {S, -0.18, -0.1},
    // The back of the thigh, up from the knee.
    {F, -0.15, -0.02},
    {F, -0.17, 0.4},
    {F, -0.19, 0.62},
}};

constexpr std::array<ArtPoint, 10> kFemur{{
    {F, 0.045, 0.6},
    {F, 0.04, 0.3},
    {F, 0.075, 0.08},
    {F, 0.07, -0.02},
    {F, 0.02, -0.055},
    {F, -0.05, -0.05},
    {F, -0.062, 0.02},
    {F, -0.045, 0.12},
    {F, -0.04, 0.3},
    {F, -0.045, 0.6},
}};

constexpr std::array<ArtPoint, 9> kFibula{{
    {S, -0.02, -0.08},
    {S, -0.06, -0.1},
    {S, -0.055, -0.16},
    {S, -0.035, -0.5},
    {S, -0.035, -0.92},
    {S, -0.02, -1.0},
    {S, 0.0, -0.95},
    {S, -0.015, -0.5},
    {S, -0.02, -0.15},
}};

constexpr std::array<ArtPoint, 12> kTibia{{
    {S, 0.075, -0.03},
    {S, 0.05, -0.1},
    {S, 0.035, -0.3},
    {S, 0.04, -0.85},
    {S, 0.06, -0.95},
    {S, 0.04, -0.975},
    {S, -0.035, -0.975},
    {S, -0.04, -0.92},
    {S, -0.025, -0.3},
    {S, -0.045, -0.1},
    {S, -0.065, -0.03},
    {S, 0.0, -0.02},
}};

constexpr std::array<ArtPoint, 14> kFoot{{
    {P, -0.02, 0.035},
    {P, 0.06, 0.02},
    {P, 0.2, -0.02},
    {P, 0.42, -0.075},
    {P, 0.58, -0.085},
    {P, 0.6, -0.11},
    {P, 0.44, -0.118},
    {P, 0.3, -0.09},
    {P, 0.12, -0.08},
    {P, -0.05, -0.115},
    {P, -0.15, -0.112},
    {P, -0.165, -0.06},
    {P, -0.13, -0.005},
    {P, -0.06, 0.01},
}};

// The soleus: a broad belly bulging backwards, narrowing into the tendon.
constexpr std::array<Knot, 4> kSoleusFront{{{0, 0.012}, {0.35, 0.03}, {0.7, 0.02}, {0.78, 0.01}}};
constexpr std::array<Knot, 4> kSoleusBack{{{0, 0.02}, {0.3, 0.11}, {0.62, 0.06}, {0.78, 0.012}}};
// The calcaneal tendon, widening a little towards the heel.
constexpr std::array<Knot, 2> kTendonFront{{{0.55, 0.008}, {1, 0.014}}};
constexpr std::array<Knot, 3> kTendonBack{{{0.55, 0.012}, {0.9, 0.02}, {1, 0.024}}};
// The gastrocnemius heads: bellies ending around mid-calf, the medial one bulging further back.
constexpr std::array<Knot, 5> kMedialFront{{{0, 0.006}, {0.1, 0.01}, {0.25, 0.0}, {0.5, 0.004}, {0.58, 0.002}}};
constexpr std::array<Knot, 5> kMedialBack{{{0, 0.008}, {0.1, 0.03}, {0.25, 0.15}, {0.5, 0.02}, {0.58, 0.006}}};
constexpr std::array<Knot, 5> kLateralFront{{{0, 0.006}, {0.1, 0.01}, {0.25, 0.035}, {0.5, 0.004}, {0.58, 0.002}}};
constexpr std::array<Knot, 5> kLateralBack{{{0, 0.008}, {0.1, 0.03}, {0.25, 0.1}, {0.5, 0.02}, {0.58, 0.006}}};
// The gastrocnemius's tendon, joining the calcaneal tendon.
constexpr std::array<Knot, 2> kGastrocnemiusTendonFront{{{0.45, 0.004}, {1, 0.012}}};
constexpr std::array<Knot, 2> kGastrocnemiusTendonBack{{{0.45, 0.01}, {1, 0.02}}};

} // namespace

Outline skin()
{
    return kSkin;
}

Outline femur()
{
    return kFemur;
}

Outline fibula()
{
    return kFibula;
}

Outline tibia()
{
    return kTibia;
}

Outline foot()
{
    return kFoot;
}

Band soleusBelly()
{
    return {kSoleusFront, kSoleusBack, 0, 0.8};
}

Band calcanealTendon()
{
    return {kTendonFront, kTendonBack, 0.55, 1.0};
}

Band medialHead()
{
    return {kMedialFront, kMedialBack, 0, 0.58};
}

Band lateralHead()
{
    return {kLateralFront, kLateralBack, 0, 0.58};
}

Band gastrocnemiusTendon()
{
    return {kGastrocnemiusTendonFront, kGastrocnemiusTendonBack, 0.48, 1.0};
}

double widthAt(Profile profile, double t)
{
    Knot previous = profile.front();
    for (const Knot &knot : profile) {
        if (t <= knot.t) {
            if (knot.t <= previous.t)
                return knot.width;
            const double f = (t - previous.t) / (knot.t - previous.t);
            const double eased = (1 - std::cos(f * std::numbers::pi)) / 2;
            return previous.width + (knot.width - previous.width) * eased;
        }
        previous = knot;
    }
    return previous.width;
}

} // namespace calfatlas::app::legart
