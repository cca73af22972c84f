// SPDX-License-Identifier: MIT
// Which points the trend chart gets for each leg.
#include "history/trend.h"
#include "historyfixture.h"

#include <gtest/gtest.h>

using namespace calfatlas::assessment;
using namespace calfatlas::history;
using calfatlas::test::bothLegsResult;
using calfatlas::test::legResult;
using calfatlas::test::redFlagResult;

namespace {

SavedSelfTest at(int day, std::vector<LegResult> legs)
{
    SavedSelfTest test;
    test.takenAt = QDateTime(QDate(2026, 4, day), QTime(7, 0), Qt::UTC);
    test.legs = std::move(legs);
    return test;
}

TEST(HistoryTrend, EachLegGetsItsOwnPointsOldestFirst)
{
    // Newest first, as the store lists them.
    const std::vector<SavedSelfTest> tests{at(20, {legResult(Level::Mild, Level::None, Side::Left, 9.5)}),
                                           at(12, bothLegsResult()),
                                           at(3, {legResult(Level::Strong, Level::Mild, Side::Left)}),
                                           at(1, redFlagResult()), at(2, {legResult(Level::None, Level::Mild)})};
    const std::vector<TrendPoint> left = trendFor(tests, Side::Left);
    ASSERT_EQ(left.size(), 3u);
    EXPECT_EQ(left[0].when.date().day(), 3);
    EXPECT_EQ(left[0].bench, Level::Strong);
    EXPECT_FALSE(left[0].kneeToWallCm.has_value());
    EXPECT_EQ(left[1].when.date().day(), 12);
    EXPECT_EQ(left[1].kneeToWallCm, 8.5);
    EXPECT_EQ(left[2].bench, Level::Mild);
    EXPECT_EQ(left[2].kneeToWallCm, 9.5);

    const std::vector<TrendPoint> right = trendFor(tests, Side::Right);
    ASSERT_EQ(right.size(), 1u);
    EXPECT_EQ(right[0].wall, Level::Mild);
    EXPECT_EQ(right[0].kneeToWallCm, 11.0);

    const std::vector<TrendPoint> unsaid = trendFor(tests, std::nullopt);
    ASSERT_EQ(unsaid.size(), 1u) << "a warning sign has no ratings to chart";
    EXPECT_EQ(unsaid[0].when.date().day(), 2);

    EXPECT_EQ(legsInHistory(tests), (std::vector<std::optional<Side>>{Side::Left, Side::Right, std::nullopt}));
    EXPECT_TRUE(legsInHistory({}).empty());
}

// After a self-test stopped by a warning sign (no leg, no ratings) the chart shows a leg that has data.
TEST(HistoryTrend, OnlyLegsWithRatingsAreChartedAndAWarningSignKeepsTheShownLeg)
{
    SavedSelfTest redFlag = at(9, redFlagResult());
    redFlag.id = 9;
    SavedSelfTest left = at(4, {legResult(Level::Mild, Level::None, Side::Left, 9.5)});
    left.id = 4;
    const std::vector<SavedSelfTest> tests{redFlag, left};
    EXPECT_EQ(legsInHistory(tests), (std::vector<std::optional<Side>>{Side::Left, std::nullopt}));
    const std::vector<std::optional<Side>> charted = chartedLegs(tests);
    EXPECT_EQ(charted, (std::vector<std::optional<Side>>{Side::Left}));
    EXPECT_FALSE(chartedLegOf(redFlag, charted).has_value()) << "nothing of its own to chart";
    EXPECT_EQ(chartedLegOf(left, charted), 0u);
    EXPECT_EQ(trendFor(tests, Side::Left).at(0).testId, 4) << "a point knows its self-test";

    // Both legs: the chosen self-test's first leg with ratings.
    const std::vector<SavedSelfTest> both{at(2, bothLegsResult()), redFlag};
    const std::vector<std::optional<Side>> twoLegs = chartedLegs(both);
    ASSERT_EQ(twoLegs, (std::vector<std::optional<Side>>{Side::Left, Side::Right}));
    SavedSelfTest rightOnly = at(3, {legResult(Level::None, Level::Mild, Side::Right, 11.0)});
    EXPECT_EQ(chartedLegOf(rightOnly, twoLegs), 1u);
    EXPECT_TRUE(chartedLegs({redFlag}).empty());
}

} // namespace
