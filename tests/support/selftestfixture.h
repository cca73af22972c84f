// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/engine.h"
#include "builtins.h"
#include "qtprinters.h"

namespace calfatlas::test {

inline assessment::Answers ratings(assessment::Level bench, assessment::Level wall)
{
    assessment::Answers answers;
    answers.bench = bench;
    answers.wall = wall;
    return answers;
}

} // namespace calfatlas::test
