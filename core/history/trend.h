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
    qint64 testId = 0; // the saved self-test it comes from
};

// Which legs the history has results for: left, right, and nullopt for results whose leg was not given.
std::vector<std::optional<assessment::Side>> legsInHistory(const std::vector<SavedSelfTest> &tests);

// The legs of legsInHistory that have something to chart: a self-test stopped by a warning sign before any
// rating has none.
std::vector<std::optional<assessment::Side>> chartedLegs(const std::vector<SavedSelfTest> &tests);

// Which of `charted` to show for the chosen self-test: its first leg that has a chart, or none (then the
// leg shown stays).
std::optional<size_t> chartedLegOf(const SavedSelfTest &chosen,
                                   const std::vector<std::optional<assessment::Side>> &charted);

// One leg's points, oldest first (`tests` may come in any order).
std::vector<TrendPoint> trendFor(const std::vector<SavedSelfTest> &tests, std::optional<assessment::Side> leg);

} // namespace calfatlas::history
