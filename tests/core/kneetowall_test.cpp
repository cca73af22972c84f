// SPDX-License-Identifier: MIT
// The knee-to-wall interpretation: bands, left-right difference, and its sentence in the explanation.
#include "assessment/kneetowall.h"
#include "selftestfixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace calfatlas::assessment;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::ratings;

namespace {

TEST(KneeToWall, UnderTenCentimetresIsReduced)
{
    EXPECT_EQ(interpretKneeToWall(0).band, KneeToWallBand::Reduced);
    EXPECT_EQ(interpretKneeToWall(9.9).band, KneeToWallBand::Reduced);
    EXPECT_EQ(interpretKneeToWall(10).band, KneeToWallBand::Typical);
    EXPECT_EQ(interpretKneeToWall(25).band, KneeToWallBand::Typical);
}

// Someone measuring themselves: a difference is worth attention from 2 cm (one rater's minimal detectable
// change is 1.9 cm); 1.5 cm, the threshold for a clinician measuring, is within their error.
TEST(KneeToWall, DifferenceOfTwoCentimetresIsMeaningful)
{
    const KneeToWall exact = interpretKneeToWall(10.1, 12.1); // 2 despite floating point
    ASSERT_TRUE(exact.differenceCm);
    EXPECT_DOUBLE_EQ(*exact.differenceCm, 2.0);
    EXPECT_TRUE(*exact.differenceMeaningful);

    const KneeToWall clinicians = interpretKneeToWall(10.1, 11.6);
    EXPECT_DOUBLE_EQ(*clinicians.differenceCm, 1.5);
    EXPECT_FALSE(*clinicians.differenceMeaningful);

    const KneeToWall below = interpretKneeToWall(12.0, 10.1);
    EXPECT_DOUBLE_EQ(*below.differenceCm, 1.9);
    EXPECT_FALSE(*below.differenceMeaningful);
}

TEST(KneeToWall, DifferenceIsAbsolute)
{
    EXPECT_DOUBLE_EQ(*interpretKneeToWall(8, 12).differenceCm, 4.0);
    EXPECT_DOUBLE_EQ(*interpretKneeToWall(12, 8).differenceCm, 4.0);
}

TEST(KneeToWall, WithoutTheOtherLegThereIsNoDifference)
{
    const KneeToWall single = interpretKneeToWall(12);
    EXPECT_FALSE(single.otherLegCm);
    EXPECT_FALSE(single.differenceCm);
    EXPECT_FALSE(single.differenceMeaningful);
}

TEST(KneeToWall, ValidRangeIsZeroToTwentyFive)
{
    EXPECT_TRUE(isValidKneeToWallCm(0));
    EXPECT_TRUE(isValidKneeToWallCm(25));
    EXPECT_FALSE(isValidKneeToWallCm(-0.1));
    EXPECT_FALSE(isValidKneeToWallCm(25.01));
    EXPECT_FALSE(isValidKneeToWallCm(std::nan("")));
    EXPECT_FALSE(isValidKneeToWallCm(std::numeric_limits<double>::infinity()));
}

TEST(KneeToWall, InchesConvertToCentimetres)
{
    EXPECT_DOUBLE_EQ(inchesToCentimetres(4), 10.16);
}

TEST(KneeToWall, AddsASentenceButNeverChangesTheVerdict)
{
    Answers plain = ratings(Level::None, Level::Moderate);
    Answers measured = plain;
    measured.kneeToWallCm = 7.5;
    measured.otherLegKneeToWallCm = 11;
    const Assessment before = assess(plain, builtInSelfTest());
    const Assessment after = assess(measured, builtInSelfTest());
    EXPECT_EQ(after.verdict, before.verdict);
    EXPECT_EQ(after.confidence, before.confidence);
    EXPECT_TRUE(after.explanation.startsWith(before.explanation));
    EXPECT_TRUE(after.explanation.contains(QStringLiteral("7.5 cm"))) << after.explanation.toStdString();
    EXPECT_TRUE(after.explanation.contains(QStringLiteral("a practice convention, not a cut-off")))
        << after.explanation.toStdString();
    EXPECT_TRUE(after.explanation.contains(QStringLiteral("difference of 3.5 cm"))) << after.explanation.toStdString();
    ASSERT_TRUE(after.kneeToWall);
    EXPECT_EQ(after.kneeToWall->band, KneeToWallBand::Reduced);
}

TEST(KneeToWall, OutOfRangeDistancesAreAProblem)
{
    Answers answers = ratings(Level::Mild, Level::None);
    answers.kneeToWallCm = 26;
    EXPECT_TRUE(problemWith(answers));
    answers.kneeToWallCm = 12;
    answers.otherLegKneeToWallCm = -1;
    EXPECT_TRUE(problemWith(answers));
    answers.kneeToWallCm.reset();
    answers.otherLegKneeToWallCm = 12;
    EXPECT_TRUE(problemWith(answers));
}

TEST(KneeToWall, FormatsDistancesAsPeopleWriteThem)
{
    EXPECT_EQ(formatCentimetres(10.0), QStringLiteral("10"));
    EXPECT_EQ(formatCentimetres(8.54), QStringLiteral("8.5"));
    EXPECT_EQ(formatCentimetres(0.0), QStringLiteral("0"));
}

} // namespace
