// SPDX-License-Identifier: MIT
// The trend chart's layout, apart from painting: where the legend, the rows of ratings, the distances and the
// dates go for a given area, points and font.
#include "history/trendlayout.h"

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using assessment::Level;
using history::TrendPoint;

namespace {

const QRectF kArea(10, 20, 800, 360);

TrendMetrics metrics()
{
    TrendMetrics numbers;
    numbers.line = 16;
    numbers.ascent = 12;
    numbers.axisLabels = 60;
    numbers.legendLabels = {100, 120, 110};
    numbers.distanceTitle = 130;
    numbers.date = 40;
    numbers.dateWithYear = 70;
    return numbers;
}

QDateTime noon(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0));
}

std::vector<TrendPoint> ratingsOnly()
{
    return {{noon(2026, 3, 1), Level::Strong, Level::Mild, {}},
            {noon(2026, 3, 5), Level::Moderate, std::nullopt, {}},
            {noon(2026, 3, 20), Level::None, Level::None, {}}};
}

std::vector<TrendPoint> withDistances(int count)
{
    std::vector<TrendPoint> points;
    points.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i)
        points.push_back({noon(2025, 12, 20).addDays(i * 4), Level::Mild, Level::None,
                          i == 1 ? std::nullopt : std::optional(6.0 + i)});
    return points;
}

} // namespace

TEST(TrendLayout, NoPointsLeaveTheAreaForAMessage)
{
    const TrendLayout layout = layoutTrend(kArea, {}, metrics());
    EXPECT_TRUE(layout.empty);
    EXPECT_EQ(layout.area, kArea);
    EXPECT_TRUE(layout.legend.empty());
    EXPECT_TRUE(layout.dates.empty());
}

TEST(TrendLayout, RatingsFillTheAreaARowPerLevel)
{
    const TrendLayout layout = layoutTrend(kArea, ratingsOnly(), metrics());
    ASSERT_FALSE(layout.empty);
    EXPECT_FALSE(layout.hasDistances);
    // Beside the axis's labels, between the legend and the dates.
    EXPECT_DOUBLE_EQ(layout.ratings.left(), kArea.left() + 60 + 14);
    EXPECT_DOUBLE_EQ(layout.ratings.right(), kArea.right() - 18);
    EXPECT_DOUBLE_EQ(layout.ratings.top(), kArea.top() + 16 * 1.8);
    EXPECT_DOUBLE_EQ(layout.ratings.bottom(), kArea.bottom() - 16 * 1.7);
    ASSERT_EQ(layout.levels.size(), 4u);
    for (size_t level = 1; level < 4; ++level)
        EXPECT_LT(layout.levels[level].y, layout.levels[level - 1].y) << "stronger is higher";
    EXPECT_DOUBLE_EQ(layout.levels[0].label.right(), layout.ratings.left() - 10);
    EXPECT_DOUBLE_EQ(layout.levels[0].label.center().y(), layout.levels[0].y);
    // A point per test, on its level's row; a missing rating leaves a gap.
    ASSERT_EQ(layout.bench.size(), 3u);
    ASSERT_EQ(layout.wall.size(), 3u);
    EXPECT_DOUBLE_EQ(layout.bench[0]->y(), layout.levels[3].y);
    EXPECT_DOUBLE_EQ(layout.wall[0]->y(), layout.levels[1].y);
    EXPECT_FALSE(layout.wall[1].has_value());
    EXPECT_LT(layout.bench[0]->x(), layout.bench[1]->x());
    EXPECT_LT(layout.bench[1]->x(), layout.bench[2]->x());
    EXPECT_GE(layout.bench[0]->x(), layout.ratings.left());
    EXPECT_LE(layout.bench[2]->x(), layout.ratings.right());
    EXPECT_DOUBLE_EQ(layout.axis.y1(), layout.ratings.bottom());
}

TEST(TrendLayout, TheLegendHoldsEachSeriesOnceSideBySide)
{
    TrendLayout layout = layoutTrend(kArea, ratingsOnly(), metrics());
    ASSERT_EQ(layout.legend.size(), 2u);
    EXPECT_EQ(layout.legend[0].series, TrendSeries::Bench);
    EXPECT_DOUBLE_EQ(layout.legend[0].sample.x1(), kArea.left());
    EXPECT_DOUBLE_EQ(layout.legend[1].sample.x1(), kArea.left() + 32 + 100 + 22);
    EXPECT_DOUBLE_EQ(layout.legend[1].marker.x(), layout.legend[1].sample.center().x());
    layout = layoutTrend(kArea, withDistances(3), metrics());
    ASSERT_EQ(layout.legend.size(), 3u);
    EXPECT_EQ(layout.legend[2].series, TrendSeries::Distance);
}

TEST(TrendLayout, TestsOfOneDaySitInTheMiddleOfThreeDays)
{
    const std::vector<TrendPoint> points{{noon(2026, 5, 1).addSecs(-3LL * 3600), Level::Mild, Level::Mild, {}},
                                         {noon(2026, 5, 1).addSecs(3LL * 3600), Level::None, Level::Mild, {}}};
    const TrendLayout layout = layoutTrend(kArea, points, metrics());
    const double middle = layout.ratings.center().x();
    EXPECT_NEAR(middle - layout.bench[0]->x(), layout.bench[1]->x() - middle, 1e-6);
    EXPECT_LT(layout.bench[1]->x() - layout.bench[0]->x(), layout.ratings.width() / 5);
    ASSERT_GE(layout.dates.size(), 2u);
    EXPECT_EQ(layout.dates.front().date, QDate(2026, 4, 30));
    EXPECT_EQ(layout.dates.back().date, QDate(2026, 5, 3));
}

TEST(TrendLayout, DistancesGoBelowTheRatingsWithTheReducedLine)
{
    const TrendLayout layout = layoutTrend(kArea, withDistances(4), metrics());
    ASSERT_TRUE(layout.hasDistances);
    EXPECT_DOUBLE_EQ(layout.distances.top(), layout.ratings.bottom() + 16 * 1.9);
    EXPECT_DOUBLE_EQ(layout.distances.bottom(), kArea.bottom() - 16 * 1.7);
    EXPECT_DOUBLE_EQ(layout.axis.y1(), layout.distances.bottom());
    EXPECT_DOUBLE_EQ(layout.distanceNote.x(), layout.distances.left() + 130 + 12);
    // 6 to 9 cm measured: the scale runs from 5 to 11 cm (the reduced line's 10 included), a line every 2 cm.
    ASSERT_EQ(layout.centimetres.size(), 3u);
    EXPECT_DOUBLE_EQ(layout.centimetres.front().cm, 6);
    EXPECT_DOUBLE_EQ(layout.centimetres.back().cm, 10);
    EXPECT_GT(layout.reducedY, layout.distances.top());
    EXPECT_LT(layout.reducedY, layout.distances.bottom());
    ASSERT_EQ(layout.distance.size(), 4u);
    EXPECT_FALSE(layout.distance[1].has_value());
    EXPECT_GT(layout.distance[0]->y(), layout.distance[3]->y()) << "more centimetres are higher";
    // Each value is written just above its point.
    ASSERT_EQ(layout.distanceLabels.size(), 4u);
    EXPECT_FALSE(layout.distanceLabels[1].has_value());
    EXPECT_DOUBLE_EQ(layout.distanceLabels[0]->center().x(), layout.distance[0]->x());
    EXPECT_LT(layout.distanceLabels[0]->bottom(), layout.distance[0]->y());
}

TEST(TrendLayout, ManyDistancesGoUnlabelled)
{
    EXPECT_EQ(layoutTrend(kArea, withDistances(12), metrics()).distanceLabels.size(), 12u);
    EXPECT_TRUE(layoutTrend(kArea, withDistances(13), metrics()).distanceLabels.empty());
}

TEST(TrendLayout, DatesNeverOverlapAndShowTheYearAcrossOne)
{
    TrendLayout layout = layoutTrend(kArea, ratingsOnly(), metrics());
    EXPECT_EQ(layout.dateFormat, QStringLiteral("d MMM"));
    layout = layoutTrend(kArea, withDistances(10), metrics());
    EXPECT_EQ(layout.dateFormat, QStringLiteral("d MMM yyyy"));
    ASSERT_GE(layout.dates.size(), 2u);
    EXPECT_LE(layout.dates.size(), 8u);
    for (size_t i = 1; i < layout.dates.size(); ++i) {
        EXPECT_LT(layout.dates[i - 1].date, layout.dates[i].date);
        EXPECT_LE(layout.dates[i - 1].label.right(), layout.dates[i].label.left() + 1e-9);
    }
    EXPECT_DOUBLE_EQ(layout.dates.front().label.top(), layout.axis.y1() + 5);
    // A narrow chart keeps two dates, the first and the last.
    layout = layoutTrend(QRectF(0, 0, 200, 300), withDistances(10), metrics());
    ASSERT_EQ(layout.dates.size(), 2u);
    EXPECT_EQ(layout.dates.front().date, QDate(2025, 12, 20));
    EXPECT_EQ(layout.dates.back().date, QDate(2026, 1, 25));
}

TEST(TrendLayout, PointsTooCloseAreSetApartAroundWhereTheyWere)
{
    EXPECT_EQ(spreadApart({100, 200}, 16, 0, 500), (std::vector<double>{100, 200})) << "far enough apart";
    EXPECT_EQ(spreadApart({100, 100}, 16, 0, 500), (std::vector<double>{92, 108})) << "centred on their place";
    EXPECT_EQ(spreadApart({100, 100, 100}, 16, 0, 500), (std::vector<double>{84, 100, 116}));
    // A group at the edge stays inside.
    EXPECT_EQ(spreadApart({0, 0}, 16, 0, 500), (std::vector<double>{0, 16}));
    EXPECT_EQ(spreadApart({500, 500}, 16, 0, 500), (std::vector<double>{484, 500}));
    // Groups that grow into each other merge.
    const std::vector<double> merged = spreadApart({100, 100, 120, 120}, 16, 0, 500);
    ASSERT_EQ(merged.size(), 4u);
    for (size_t i = 1; i < merged.size(); ++i)
        EXPECT_NEAR(merged[i] - merged[i - 1], 16, 1e-9);
    EXPECT_NEAR((merged.front() + merged.back()) / 2, 110, 1e-9);
    // Too many for the room: evenly across it.
    EXPECT_EQ(spreadApart({5, 5, 5}, 16, 0, 20), (std::vector<double>{0, 10, 20}));
    EXPECT_TRUE(spreadApart({}, 16, 0, 20).empty());
}

// Two self-tests on one day with the same distance: their points and their values ("8" and "8") stay apart.
TEST(TrendLayout, SameDayPointsAndTheirValuesDoNotOverlap)
{
    TrendMetrics numbers = metrics();
    numbers.value = 22;
    std::vector<TrendPoint> points{{noon(2026, 3, 1), Level::Mild, Level::None, 8.0},
                                   {noon(2026, 3, 20), Level::Mild, Level::None, 8.0},
                                   {noon(2026, 3, 20).addSecs(600), Level::Mild, Level::None, 8.0},
                                   {noon(2026, 3, 20).addSecs(1200), Level::Mild, Level::None, 8.5}};
    const TrendLayout layout = layoutTrend(kArea, points, numbers);
    ASSERT_EQ(layout.x.size(), 4u);
    for (size_t i = 1; i < layout.x.size(); ++i)
        EXPECT_GE(layout.x[i] - layout.x[i - 1], kTrendPointGap - 1e-9);
    EXPECT_NEAR(layout.bench[1]->x(), layout.x[1], 1e-9) << "every series at the point's place";
    EXPECT_NEAR(layout.distance[2]->x(), layout.x[2], 1e-9);
    EXPECT_LE(layout.x.back(), layout.ratings.right());
    ASSERT_EQ(layout.distanceLabels.size(), 4u);
    int shown = 0;
    for (size_t i = 0; i < 4; ++i) {
        if (!layout.distanceLabels[i])
            continue;
        ++shown;
        for (size_t j = i + 1; j < 4; ++j) {
            if (layout.distanceLabels[j]) {
                EXPECT_FALSE(layout.distanceLabels[i]->intersects(*layout.distanceLabels[j])) << i << " and " << j;
            }
        }
    }
    EXPECT_GE(shown, 3) << "above, below, and only the last left out";
    EXPECT_GT(layout.distanceLabels[2]->top(), layout.distance[2]->y()) << "the second goes below its point";
}

TEST(TrendLayout, AClickFindsTheNearestPoint)
{
    const TrendLayout layout = layoutTrend(kArea, ratingsOnly(), metrics());
    EXPECT_EQ(pointAt(layout, *layout.bench[1], 8), 1u);
    EXPECT_EQ(pointAt(layout, *layout.wall[2] + QPointF(3, -3), 8), 2u);
    EXPECT_FALSE(pointAt(layout, QPointF(kArea.left(), kArea.top()), 8).has_value());
    EXPECT_FALSE(pointAt(layoutTrend(kArea, {}, metrics()), QPointF(100, 100), 8).has_value());
}

// Long labels (German, say) wrap the legend into a second row rather than running out of the chart.
TEST(TrendLayout, ALegendTooWideForTheChartWraps)
{
    TrendMetrics numbers = metrics();
    numbers.legendLabels = {260, 280, 300};
    const TrendLayout layout = layoutTrend(kArea, withDistances(3), numbers);
    ASSERT_EQ(layout.legend.size(), 3u);
    EXPECT_DOUBLE_EQ(layout.legend[0].sample.y1(), layout.legend[1].sample.y1());
    EXPECT_GT(layout.legend[2].sample.y1(), layout.legend[1].sample.y1()) << "the third on a row of its own";
    EXPECT_DOUBLE_EQ(layout.legend[2].sample.x1(), kArea.left());
    for (const TrendLegendItem &item : layout.legend)
        EXPECT_LE(item.label.x() + numbers.legendLabels.at(size_t(item.series)), kArea.right());
    EXPECT_DOUBLE_EQ(layout.ratings.top(), kArea.top() + 16 * 1.8 + 16 * 1.2) << "the chart moves down a row";
}

// Near the foot of the chart, with a neighbour above, a value goes beside its point.
TEST(TrendLayout, AValueWithNoRoomAboveOrBelowGoesBeside)
{
    TrendMetrics numbers = metrics();
    numbers.value = 22;
    const std::vector<TrendPoint> points{{noon(2026, 3, 1), Level::Mild, Level::None, 4.0},
                                         {noon(2026, 3, 1).addSecs(60), Level::Mild, Level::None, 4.5}};
    const TrendLayout layout = layoutTrend(kArea, points, numbers);
    ASSERT_EQ(layout.distanceLabels.size(), 2u);
    ASSERT_TRUE(layout.distanceLabels[0].has_value());
    ASSERT_TRUE(layout.distanceLabels[1].has_value());
    EXPECT_FALSE(layout.distanceLabels[0]->intersects(*layout.distanceLabels[1]));
    EXPECT_FALSE(layout.distanceLabels[0]->contains(*layout.distance[0]));
    EXPECT_FALSE(layout.distanceLabels[0]->contains(*layout.distance[1]));
}
