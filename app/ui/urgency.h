// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"

#include <QColor>

class QWidget;

namespace calfatlas::app {

// The colour of an urgency tier: the same in both themes.
QColor urgencyColour(assessment::Urgency urgency);

// How soon, in colour, with an icon and in words: a triangle for an emergency, a filled circle for today,
// an open one for soon, so that the tiers differ for those who do not see the colour.
QWidget *urgencyBadge(assessment::Urgency urgency, QWidget *parent);

} // namespace calfatlas::app
