// SPDX-License-Identifier: MIT
#include "biomechanics/legmodel.h"
#include "biomechanics/lengthequations.h"
#include "biomechanics/movementcontent.h"
#include "builtins.h"
#include "common/references.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace calfatlas::biomechanics;

namespace {

constexpr double kTolerancePercent = 1.5;

double worstGastrocnemiusDeviation(Muscle muscle)
{
    double worst = 0;
    for (int knee = 0; knee <= 120; knee += 5) {
        for (int ankle = -30; ankle <= 30; ankle += 5) {
            const Pose pose{double(knee), double(ankle)};
            worst = std::max(worst, std::abs(LegModel::changePercentShank(muscle, pose) -
                                             equations::grieveGastrocnemius(knee, ankle)));
        }
    }
    return worst;
}

} // namespace

TEST(LengthEquations, ReproduceTheWorkedValuesOfTheLiterature)
{
    // facts.md §6: Grieve | Hawkins & Hull medial head, % of shank length.
    EXPECT_NEAR(equations::grieveGastrocnemius(0, -20), -4.08, 0.01);
    EXPECT_NEAR(equations::grieveGastrocnemius(45, 0), -3.37, 0.01);
    EXPECT_NEAR(equations::grieveGastrocnemius(90, 20), -2.71, 0.01);
    EXPECT_NEAR(equations::grieveGastrocnemius(120, -20), -12.08, 0.01);
    EXPECT_NEAR(equations::hawkinsHullMedialGastrocnemius(0, 20), 4.28, 0.01);
    EXPECT_NEAR(equations::hawkinsHullMedialGastrocnemius(90, 0), -5.58, 0.01);
    EXPECT_NEAR(equations::hawkinsHullMedialGastrocnemius(120, 20), -3.16, 0.01);
    EXPECT_DOUBLE_EQ(equations::grieveGastrocnemius(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(equations::hawkinsHullSoleus(0), 0.0);
}

TEST(LegModel, GastrocnemiusFollowsGrieveOverTheLiteratureGrid)
{
    for (int knee = 0; knee <= 120; knee += 10) {
        for (int ankle = -30; ankle <= 30; ankle += 5) {
            const Pose pose{double(knee), double(ankle)};
            const double expected = equations::grieveGastrocnemius(knee, ankle);
            for (Muscle muscle : {Muscle::GastrocnemiusMedialHead, Muscle::GastrocnemiusLateralHead})
                EXPECT_NEAR(LegModel::changePercentShank(muscle, pose), expected, kTolerancePercent)
                    << qPrintable(idOf(muscle)) << " at knee " << knee << ", ankle " << ankle;
        }
    }
}

TEST(LegModel, GastrocnemiusStaysWellInsideTheTolerance)
{
    // The fit is far better than the tolerance; a regression in the geometry shows up here first.
    EXPECT_LT(worstGastrocnemiusDeviation(Muscle::GastrocnemiusMedialHead), 0.5);
}

TEST(LegModel, SoleusFollowsBothPublishedModels)
{
    for (int knee = 0; knee <= 120; knee += 30) {
        for (int ankle = -30; ankle <= 30; ankle += 2) {
            const Pose pose{double(knee), double(ankle)};
            const double model = LegModel::changePercentShank(Muscle::Soleus, pose);
            EXPECT_NEAR(model, equations::grieveAnkle(ankle), kTolerancePercent) << "ankle " << ankle;
            EXPECT_NEAR(model, equations::hawkinsHullSoleus(ankle), kTolerancePercent) << "ankle " << ankle;
            EXPECT_NEAR(model, equations::grieveAnkle(ankle), 0.5) << "ankle " << ankle;
        }
    }
}

TEST(LegModel, SoleusLengthDoesNotDependOnTheKnee)
{
    for (int ankle = -50; ankle <= 30; ankle += 10) {
        const double straight = LegModel::length(Muscle::Soleus, {0, double(ankle)});
        for (int knee = 10; knee <= 140; knee += 10)
            EXPECT_DOUBLE_EQ(LegModel::length(Muscle::Soleus, {double(knee), double(ankle)}), straight);
    }
}

TEST(LegModel, GastrocnemiusShortensAsTheKneeBends)
{
    for (int ankle = -50; ankle <= 30; ankle += 10) {
        for (int knee = 0; knee < 140; knee += 5) {
            EXPECT_LT(LegModel::length(Muscle::GastrocnemiusMedialHead, {knee + 5.0, double(ankle)}),
                      LegModel::length(Muscle::GastrocnemiusMedialHead, {double(knee), double(ankle)}))
                << "knee " << knee << ", ankle " << ankle;
        }
    }
}

TEST(LegModel, BothLengthenWithDorsiflexion)
{
    for (Muscle muscle : kMuscles) {
        for (int knee = 0; knee <= 140; knee += 20) {
            for (int ankle = -50; ankle < 30; ankle += 5) {
                EXPECT_GT(LegModel::length(muscle, {double(knee), ankle + 5.0}),
                          LegModel::length(muscle, {double(knee), double(ankle)}))
                    << qPrintable(idOf(muscle)) << " knee " << knee << ", ankle " << ankle;
            }
        }
    }
}

TEST(LegModel, TheBenchTestStretchesOnlyTheSoleus)
{
    // Knee bent about 90 degrees, heel dropped about 15 degrees: facts.md §6.
    const Pose bench{90, 15};
    EXPECT_LT(LegModel::changePercentShank(Muscle::GastrocnemiusMedialHead, bench), 0);
    EXPECT_GT(LegModel::changePercentShank(Muscle::Soleus, bench), 0);
    // The wall test (knee straight, dorsiflexed) stretches both; the gastrocnemius is far longer than in
    // the bench test, while the soleus is as long in both.
    const Pose wall{0, 15};
    EXPECT_GT(LegModel::changePercentShank(Muscle::GastrocnemiusMedialHead, wall), 2.0);
    EXPECT_GT(LegModel::changePercentShank(Muscle::Soleus, wall), 2.0);
    EXPECT_GT(LegModel::changePercentShank(Muscle::GastrocnemiusMedialHead, wall) -
                  LegModel::changePercentShank(Muscle::GastrocnemiusMedialHead, bench),
              5.0);
    EXPECT_DOUBLE_EQ(LegModel::changePercentShank(Muscle::Soleus, wall),
                     LegModel::changePercentShank(Muscle::Soleus, bench));
}

TEST(LegModel, TheRangeEndsAtTheCornersTheLengthsPointTo)
{
    // Both muscles lengthen with dorsiflexion and the gastrocnemius shortens as the knee bends, so the
    // search must find the extremes at the validated range's corners.
    const Muscle gastrocnemius = Muscle::GastrocnemiusMedialHead;
    EXPECT_EQ(LegModel::lengthRange(gastrocnemius).longestPose, (Pose{0, 30}));
    EXPECT_EQ(LegModel::lengthRange(gastrocnemius).shortestPose, (Pose{120, -30}));
    EXPECT_EQ(LegModel::lengthRange(Muscle::Soleus).longestPose.ankleDorsiflexionDeg, 30);
    EXPECT_EQ(LegModel::lengthRange(Muscle::Soleus).shortestPose.ankleDorsiflexionDeg, -30);
    for (Muscle muscle : kMuscles) {
        const LengthRange range = LegModel::lengthRange(muscle);
        EXPECT_DOUBLE_EQ(LegModel::nearLongestPercent(muscle, range.longestPose), 100.0);
        EXPECT_DOUBLE_EQ(LegModel::nearLongestPercent(muscle, range.shortestPose), 0.0);
        EXPECT_DOUBLE_EQ(LegModel::nearLongestPercents({45, 5})[muscle], LegModel::nearLongestPercent(muscle, {45, 5}));
    }
}

TEST(LegModel, NearItsLongestTellsTheTwoTestsApart)
{
    // In the wall test both muscles change alike from standing, but the gastrocnemius is near its longest
    // and the soleus less so; in the bench test the gastrocnemius drops far from its longest while the
    // soleus stays where it was.
    const Pose wall{0, 15};
    const Pose bench{90, 15};
    const Muscle gastrocnemius = Muscle::GastrocnemiusMedialHead;
    const double gastrocnemiusWall = LegModel::nearLongestPercent(gastrocnemius, wall);
    const double soleusWall = LegModel::nearLongestPercent(Muscle::Soleus, wall);
    EXPECT_GT(gastrocnemiusWall, 80.0);
    EXPECT_GT(gastrocnemiusWall - soleusWall, 5.0);
    EXPECT_LT(LegModel::nearLongestPercent(gastrocnemius, bench), gastrocnemiusWall - 30.0);
    EXPECT_DOUBLE_EQ(LegModel::nearLongestPercent(Muscle::Soleus, bench), soleusWall);
    // Outside the validated range the value is not clamped.
    EXPECT_LT(LegModel::nearLongestPercent(Muscle::Soleus, {0, -40}), 0.0);
}

TEST(LegModel, StandingIsTheReference)
{
    for (Muscle muscle : kMuscles) {
        EXPECT_DOUBLE_EQ(LegModel::changePercentShank(muscle, {}), 0.0);
        EXPECT_DOUBLE_EQ(LegModel::changeMm(muscle, {}, 400), 0.0);
    }
}

TEST(LegModel, MillimetresScaleWithTheShank)
{
    const Pose pose{30, 20};
    const double percent = LegModel::changePercentShank(Muscle::Soleus, pose);
    EXPECT_NEAR(LegModel::changeMm(Muscle::Soleus, pose), percent * 4.0, 1e-9);
    EXPECT_NEAR(LegModel::changeMm(Muscle::Soleus, pose, 500), percent * 5.0, 1e-9);
}

TEST(LegModel, RefusesAnglesOutsideTheirRangeInsteadOfClamping)
{
    EXPECT_NO_THROW(checkedPose(0, -50));
    EXPECT_NO_THROW(checkedPose(140, 30));
    EXPECT_THROW(checkedPose(-1, 0), PoseError);
    EXPECT_THROW(checkedPose(140.5, 0), PoseError);
    EXPECT_THROW(checkedPose(0, 31), PoseError);
    EXPECT_THROW(checkedPose(0, -51), PoseError);
    EXPECT_THROW(checkedPose(std::numeric_limits<double>::quiet_NaN(), 0), PoseError);
    EXPECT_THROW(checkedPose(0, std::numeric_limits<double>::infinity()), PoseError);
    try {
        checkedPose(0, 45);
        FAIL();
    } catch (const PoseError &error) {
        EXPECT_STREQ(error.what(), "ankle dorsiflexion must be a number from -50 to 30 degrees, not 45");
    }
    EXPECT_THROW(checkedShankMm(0), PoseError);
    EXPECT_THROW(checkedShankMm(std::numeric_limits<double>::quiet_NaN()), PoseError);
    EXPECT_DOUBLE_EQ(checkedShankMm(400), 400);
}

TEST(Presets, EachHasAPoseInRangeAndKnownSources)
{
    const calfatlas::References &references = calfatlas::test::references();
    const MovementContent &movement = calfatlas::test::movementContent();
    ASSERT_EQ(movement.presets().size(), 6);
    for (const Preset &preset : movement.presets()) {
        EXPECT_NO_THROW(checkedPose(preset.pose.kneeFlexionDeg, preset.pose.ankleDorsiflexionDeg));
        ASSERT_FALSE(preset.caption.sources.isEmpty()) << qPrintable(preset.id);
        for (const QString &key : preset.caption.sources)
            EXPECT_NE(references.find(key), nullptr) << qPrintable(key);
        EXPECT_EQ(movement.find(preset.id), &preset);
    }
    EXPECT_EQ(movement.find(QStringLiteral("bench-test"))->selfTestStep, QStringLiteral("bench"));
    EXPECT_EQ(movement.find(QStringLiteral("wall-test"))->selfTestStep, QStringLiteral("wall"));
    EXPECT_EQ(movement.find(QStringLiteral("nope")), nullptr);
}

TEST(LegModel, ClampingHoldsAnglesAtTheJointsLimits)
{
    EXPECT_EQ(clampedPose({-10, 45}), (Pose{0, 30}));
    EXPECT_EQ(clampedPose({150, -70}), (Pose{140, -50}));
    EXPECT_EQ(clampedPose({35, -12}), (Pose{35, -12}));
}

TEST(LegModel, AllChangesAtOnceMatchEachMuscle)
{
    const Pose pose{60, 12};
    const auto changes = LegModel::changesPercentShank(pose);
    for (const Muscle muscle : kMuscles)
        EXPECT_DOUBLE_EQ(changes[muscle], LegModel::changePercentShank(muscle, pose));
}

TEST(LegModel, StretchBandsHaveWords)
{
    EXPECT_EQ(stretchOf(-3), Stretch::Slack);
    EXPECT_EQ(stretchOf(0), Stretch::Resting);
    EXPECT_EQ(stretchOf(2), Stretch::Resting);
    EXPECT_EQ(stretchOf(2.5), Stretch::Stretched);
    EXPECT_EQ(idOf(Stretch::Slack), QStringLiteral("slack"));
}

TEST(LegModel, GeometryStaysOnTheBones)
{
    for (int knee = 0; knee <= 140; knee += 35) {
        for (int ankle = -50; ankle <= 30; ankle += 20) {
            const LegGeometry g = LegModel::geometry({double(knee), double(ankle)});
            // The gastrocnemius starts on the condyle and ends at the insertion shared with the soleus.
            const auto &gastrocnemius = g.paths[Muscle::GastrocnemiusMedialHead];
            ASSERT_GE(gastrocnemius.size(), 2u);
            EXPECT_NEAR(
                std::hypot(gastrocnemius.front().x - g.condyleCentre.x, gastrocnemius.front().y - g.condyleCentre.y),
                g.condyleRadius, 1e-9);
            EXPECT_NEAR(gastrocnemius.back().x, g.calcanealInsertion.x, 1e-12);
            EXPECT_NEAR(g.paths[Muscle::Soleus].back().y, g.calcanealInsertion.y, 1e-12);
            // The drawn path has the model's length.
            double drawn = 0;
            for (size_t i = 1; i < gastrocnemius.size(); ++i)
                drawn += std::hypot(gastrocnemius[i].x - gastrocnemius[i - 1].x,
                                    gastrocnemius[i].y - gastrocnemius[i - 1].y);
            EXPECT_NEAR(drawn, LegModel::length(Muscle::GastrocnemiusMedialHead, g.pose), 0.002);
            // The muscles stay behind the shank's axis: they are posterior structures.
            EXPECT_LT(g.paths[Muscle::Soleus].front().x, 0);
            EXPECT_LT(g.calcanealInsertion.x, g.ankle.x + 0.001);
            // Bent knee swings the thigh backwards.
            if (knee > 0) {
                EXPECT_LT(g.hip.x, 0);
            }
        }
    }
}

TEST(LegModel, IdsAreTheKnowledgeBasesIds)
{
    EXPECT_EQ(idOf(Muscle::GastrocnemiusMedialHead), QStringLiteral("gastrocnemius-medial-head"));
    EXPECT_EQ(idOf(Muscle::GastrocnemiusLateralHead), QStringLiteral("gastrocnemius-lateral-head"));
    EXPECT_EQ(idOf(Muscle::Soleus), QStringLiteral("soleus"));
    EXPECT_TRUE(crossesKnee(Muscle::GastrocnemiusLateralHead));
    EXPECT_FALSE(crossesKnee(Muscle::Soleus));
}
