// SPDX-License-Identifier: MIT
#pragma once

#include "history/record.h"

#include <optional>
#include <vector>

namespace calfatlas::history {

// One leg's measurements at one self-test, for a chart over time.
struct TrendPoint {
    QDateTime when;
    std::optional<assessment::Level> bench;
    std::optional<assessment::Level> wall;
    std::optional<double> kneeToWallCm;
};

// Which legs the history has results for: left, right, and nullopt for results whose leg was not given.
std::vector<std::optional<assessment::Side>> legsInHistory(const std::vector<SavedSelfTest> &tests);

// One leg's points, oldest first (`tests` may come in any order).
std::vector<TrendPoint> trendFor(const std::vector<SavedSelfTest> &tests, std::optional<assessment::Side> leg);

} // namespace calfatlas::history
