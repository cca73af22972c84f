// SPDX-License-Identifier: MIT
#include "history/trend.h"

#include <algorithm>

namespace calfatlas::history {

using namespace calfatlas::assessment;

std::vector<std::optional<Side>> legsInHistory(const std::vector<SavedSelfTest> &tests)
{
    bool left = false;
    bool right = false;
    bool unsaid = false;
    for (const SavedSelfTest &test : tests) {
        for (const LegResult &leg : test.legs) {
            left = left || leg.answers.side == Side::Left;
            right = right || leg.answers.side == Side::Right;
            unsaid = unsaid || !leg.answers.side;
        }
    }
    std::vector<std::optional<Side>> legs;
    if (left)
        legs.emplace_back(Side::Left);
    if (right)
        legs.emplace_back(Side::Right);
    if (unsaid)
        legs.emplace_back(std::nullopt);
    return legs;
}

namespace {

bool hasSomethingToChart(const Answers &answers)
{
    return answers.bench || answers.wall || answers.kneeToWallCm;
}

} // namespace

std::vector<std::optional<Side>> chartedLegs(const std::vector<SavedSelfTest> &tests)
{
    std::vector<std::optional<Side>> legs;
    for (const auto &leg : legsInHistory(tests)) {
        const bool charted = std::any_of(tests.begin(), tests.end(), [&](const SavedSelfTest &test) {
            return std::any_of(test.legs.begin(), test.legs.end(), [&](const LegResult &result) {
                return result.answers.side == leg && hasSomethingToChart(result.answers);
            });
        });
        if (charted)
            legs.push_back(leg);
    }
    return legs;
}

std::optional<size_t> chartedLegOf(const SavedSelfTest &chosen, const std::vector<std::optional<Side>> &charted)
{
    for (const LegResult &result : chosen.legs) {
        if (!hasSomethingToChart(result.answers))
            continue;
        const auto it = std::find(charted.begin(), charted.end(), result.answers.side);
        if (it != charted.end())
            return size_t(it - charted.begin());
    }
    return std::nullopt;
}

std::vector<TrendPoint> trendFor(const std::vector<SavedSelfTest> &tests, std::optional<Side> leg)
{
    std::vector<TrendPoint> points;
    for (const SavedSelfTest &test : tests) {
        for (const LegResult &result : test.legs) {
            const Answers &answers = result.answers;
            if (answers.side != leg)
                continue;
            // A self-test stopped by a warning sign has no ratings to chart.
            if (!hasSomethingToChart(answers))
                continue;
            points.push_back({test.takenAt, answers.bench, answers.wall, answers.kneeToWallCm, test.id});
        }
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const TrendPoint &a, const TrendPoint &b) { return a.when < b.when; });
    return points;
}

} // namespace calfatlas::history
