// SPDX-License-Identifier: MIT
#include "lengthequations.h"

namespace calfatlas::biomechanics::equations {

namespace {

// Grieve's ankle part, t = ankle angle with 90 degrees = neutral and larger = dorsiflexed.
double ankleTerm(double t)
{
    return -22.18468 + 0.30141 * t - 0.00061 * t * t;
}

// Grieve's knee part, k = knee flexion.
double kneeTerm(double k)
{
    return 6.46251 - 0.07987 * k + 0.00011 * k * k;
}

} // namespace

double grieveAnkle(double ankleDorsiflexionDeg)
{
    // A(90) is 0.0012, not exactly zero: subtract it so that standing is exactly no change.
    return ankleTerm(90.0 + ankleDorsiflexionDeg) - ankleTerm(90.0);
}

double grieveGastrocnemius(double kneeFlexionDeg, double ankleDorsiflexionDeg)
{
    return grieveAnkle(ankleDorsiflexionDeg) + kneeTerm(kneeFlexionDeg) - kneeTerm(0.0);
}

// Hawkins & Hull give the length as a fraction of shank length with the ankle angle a (90 = neutral):
// the constant cancels in the change from standing, and a - 90 is the dorsiflexion.
double hawkinsHullMedialGastrocnemius(double kneeFlexionDeg, double ankleDorsiflexionDeg)
{
    return 100.0 * (-0.00062 * kneeFlexionDeg + 0.00214 * ankleDorsiflexionDeg);
}

double hawkinsHullLateralGastrocnemius(double kneeFlexionDeg, double ankleDorsiflexionDeg)
{
    return 100.0 * (-0.0005 * kneeFlexionDeg + 0.00214 * ankleDorsiflexionDeg);
}

double hawkinsHullSoleus(double ankleDorsiflexionDeg)
{
    return 100.0 * 0.00193 * ankleDorsiflexionDeg;
}

} // namespace calfatlas::biomechanics::equations
