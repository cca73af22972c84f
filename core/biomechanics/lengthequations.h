// SPDX-License-Identifier: MIT
#pragma once

namespace calfatlas::biomechanics {

// The published muscle-tendon length equations the leg model is checked against (see facts.md §6 and the
// references Grieve1978 and HawkinsHull1990). Every function returns the change from upright standing
// (knee straight, foot at a right angle) in percent of shank length; positive means longer.
// Angles: knee flexion in degrees (0 = straight), ankle dorsiflexion in degrees (0 = right angle,
// negative = plantar flexion).
namespace equations {

// Grieve, Pheasant & Cavanagh 1978: the ankle part A(90 + dorsiflexion) of the gastrocnemius equation.
// Some authors use it alone for the soleus, which does not cross the knee.
double grieveAnkle(double ankleDorsiflexionDeg);

// Grieve, Pheasant & Cavanagh 1978: the gastrocnemius, A(90 + dorsiflexion) + K(flexion) - K(0).
double grieveGastrocnemius(double kneeFlexionDeg, double ankleDorsiflexionDeg);

// Hawkins & Hull 1990, linear in the angles.
double hawkinsHullMedialGastrocnemius(double kneeFlexionDeg, double ankleDorsiflexionDeg);
double hawkinsHullLateralGastrocnemius(double kneeFlexionDeg, double ankleDorsiflexionDeg);
double hawkinsHullSoleus(double ankleDorsiflexionDeg);

} // namespace equations
} // namespace calfatlas::biomechanics
