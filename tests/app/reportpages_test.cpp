// SPDX-License-Identifier: MIT
// Where a report's pages break: sections kept whole, headings kept with what they head, and no last page with
// only a few lines on it.
#include "history/reportpages.h"

#include <gtest/gtest.h>

using namespace calfatlas::app;

namespace {

ReportSection section(double height)
{
    return {height, false};
}

ReportSection heading(double height = 20)
{
    return {height, true};
}

} // namespace

TEST(ReportPages, SectionsThatFitStayOnOnePage)
{
    const ReportPages pages = paginate({section(300), section(300), section(300)}, 1000);
    EXPECT_TRUE(pages.breaksBefore.empty());
    EXPECT_EQ(pages.pages, 1);
    EXPECT_DOUBLE_EQ(pages.lastPageFill, 0.9);
}

TEST(ReportPages, ASectionThatWouldBeSplitMovesToTheNextPageWhole)
{
    const ReportPages pages = paginate({section(600), section(500), section(300)}, 1000);
    EXPECT_EQ(pages.breaksBefore, std::vector<size_t>{1});
    EXPECT_EQ(pages.pages, 2);
    EXPECT_DOUBLE_EQ(pages.lastPageFill, 0.8);
    // Exactly filling the page is not a split.
    EXPECT_TRUE(paginate({section(400), section(600)}, 1000).breaksBefore.empty());
}

TEST(ReportPages, AHeadingGoesWithTheSectionItHeads)
{
    // The heading alone would fit at the foot of the first page; the chart after it would not.
    const ReportPages pages = paginate({section(900), heading(40), section(400)}, 1000);
    EXPECT_EQ(pages.breaksBefore, std::vector<size_t>{1}) << "the break comes before the heading";
    // Two headings in a row (a part and its first section) stay together with what follows.
    const ReportPages nested = paginate({section(850), heading(40), heading(30), section(200)}, 1000);
    EXPECT_EQ(nested.breaksBefore, std::vector<size_t>{1});
}

TEST(ReportPages, ASectionTallerThanAPageRunsOn)
{
    // It starts where it is (there is room), and the one after it finds the rest of its last page.
    const ReportPages pages = paginate({section(300), section(1500), section(100)}, 1000);
    EXPECT_TRUE(pages.breaksBefore.empty());
    EXPECT_EQ(pages.pages, 2);
    EXPECT_DOUBLE_EQ(pages.lastPageFill, 0.9);
    // With less than a quarter of the page left, it begins on a new page.
    const ReportPages late = paginate({section(800), section(1500)}, 1000);
    EXPECT_EQ(late.breaksBefore, std::vector<size_t>{1});
    EXPECT_EQ(late.pages, 3);
}

TEST(ReportPages, ANearlyEmptyLastPageIsRecognised)
{
    const ReportPages tail = paginate({section(950), section(100)}, 1000);
    EXPECT_EQ(tail.pages, 2);
    EXPECT_TRUE(endsOnANearlyEmptyPage(tail));
    EXPECT_FALSE(endsOnANearlyEmptyPage(paginate({section(950), section(400)}, 1000)));
    EXPECT_FALSE(endsOnANearlyEmptyPage(paginate({section(50)}, 1000))) << "a one-page report is fine";
    EXPECT_EQ(paginate({}, 1000).pages, 1);
}
