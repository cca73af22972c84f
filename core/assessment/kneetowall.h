// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace calfatlas::assessment {

// The knee-to-wall (weight-bearing lunge) distance, interpreted with the figures of Bennell 1998,
// Powden 2015 and Chisholm 2012: under 10 cm is what many clinicians call reduced (a convention,
// not a validated cut-off); a left-right difference of 2 cm or more exceeds what a person measuring themselves
// can get wrong (one rater's minimal detectable change is 1.9 cm, Powden 2015; 1.5 cm holds only for a
// clinician measuring, Chisholm 2012).
inline constexpr double kKneeToWallMinCm = 0.0;
inline constexpr double kKneeToWallMaxCm = 25.0;
inline constexpr double kKneeToWallReducedBelowCm = 10.0;
inline constexpr double kKneeToWallMeaningfulDifferenceCm = 2.0;
inline constexpr double kCentimetresPerInch = 2.54;

enum class KneeToWallBand { Reduced, Typical };

struct KneeToWall {
    double cm = 0;
    KneeToWallBand band = KneeToWallBand::Typical;
    std::optional<double> otherLegCm;
    std::optional<double> differenceCm;       // absolute, when the other leg was measured
    std::optional<bool> differenceMeaningful; // likewise
};

QString idOf(KneeToWallBand band);

// True when cm is a finite distance within 0..25 cm.
bool isValidKneeToWallCm(double cm);

// Interprets a valid distance (and optionally the other leg's); callers check validity first.
KneeToWall interpretKneeToWall(double cm, std::optional<double> otherLegCm = std::nullopt);

double inchesToCentimetres(double inches);

// A distance as people write it: at most one decimal, no trailing ".0" ("8.5", "10").
QString formatCentimetres(double cm);

} // namespace calfatlas::assessment
