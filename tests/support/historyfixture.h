// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/engine.h"
#include "assessment/selftest.h"
#include "selftestfixture.h"

#include <vector>

namespace calfatlas::test {

// A leg's answers and the engine's result, as the wizard would hand them to the history.
inline assessment::LegResult legResult(assessment::Level bench, assessment::Level wall,
                                       std::optional<assessment::Side> side = std::nullopt,
                                       std::optional<double> kneeToWallCm = std::nullopt)
{
    assessment::Answers answers = ratings(bench, wall);
    answers.side = side;
    answers.kneeToWallCm = kneeToWallCm;
    return {answers, assessment::assess(answers, builtInSelfTest())};
}

// A self-test of both legs with context and knee-to-wall distances, compared between the legs.
inline std::vector<assessment::LegResult> bothLegsResult()
{
    using namespace calfatlas::assessment;
    SelfTestAnswers all;
    all.legs = {LegAnswers{Side::Left, Level::Moderate, Level::None, 8.5, {}},
                LegAnswers{Side::Right, Level::None, Level::Mild, 11.0, {}}};
    all.context.runner = true;
    all.context.strike = Strike::Forefoot;
    all.context.volumeIncreasePercent = 30;
    return assessSelfTest(all, builtInSelfTest());
}

// A self-test stopped by a warning sign.
inline std::vector<assessment::LegResult> redFlagResult()
{
    using namespace calfatlas::assessment;
    Answers answers;
    answers.redFlags = {RedFlag::SuddenPop, RedFlag::HeelGap};
    return {{answers, assess(answers, builtInSelfTest())}};
}

} // namespace calfatlas::test
