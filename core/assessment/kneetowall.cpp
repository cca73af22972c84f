// SPDX-License-Identifier: MIT
#include "assessment/kneetowall.h"

#include <QLocale>

#include <QRegularExpression>

#include <cmath>

namespace calfatlas::assessment {

namespace {
// Distances are compared at 0.1 mm resolution so that 11.6 - 10.1 counts as the 1.5 it is meant to be (and 12.1 - 10.1
// as 2).
double roundToHundredths(double value)
{
    return std::round(value * 100.0) / 100.0;
}
} // namespace

QString idOf(KneeToWallBand band)
{
    return band == KneeToWallBand::Reduced ? QStringLiteral("reduced") : QStringLiteral("typical");
}

bool isValidKneeToWallCm(double cm)
{
    return std::isfinite(cm) && cm >= kKneeToWallMinCm && cm <= kKneeToWallMaxCm;
}

KneeToWall interpretKneeToWall(double cm, std::optional<double> otherLegCm)
{
    KneeToWall result;
    result.cm = cm;
    result.band = roundToHundredths(cm) < kKneeToWallReducedBelowCm ? KneeToWallBand::Reduced : KneeToWallBand::Typical;
    if (otherLegCm) {
        result.otherLegCm = *otherLegCm;
        result.differenceCm = roundToHundredths(std::abs(cm - *otherLegCm));
        result.differenceMeaningful = *result.differenceCm >= kKneeToWallMeaningfulDifferenceCm;
    }
    return result;
}

double inchesToCentimetres(double inches)
{
    return inches * kCentimetresPerInch;
}

QString formatCentimetres(double cm)
{
    // In the app's locale (a decimal comma in German and Spanish); the command line keeps the C locale's point.
    const double rounded = std::round(cm * 10.0) / 10.0;
    const QLocale locale;
    return locale.toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

} // namespace calfatlas::assessment
