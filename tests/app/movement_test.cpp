// SPDX-License-Identifier: MIT
// The Movement area driven with real mouse and key events on an offscreen window.
#include "anatomy/knowledgebase.h"
#include "biomechanics/legmodel.h"
#include "biomechanics/movementcontent.h"
#include "builtins.h"
#include "movement/legview.h"
#include "movement/movementpage.h"
#include "movement/reachchart.h"
#include "movement/stretchbars.h"

#include <QLineF>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QVariantAnimation>

#include <gtest/gtest.h>

#include <cmath>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::test::base;
using calfatlas::test::references;
using namespace calfatlas::biomechanics;

namespace {

struct ShownPage {
    MovementPage page{&test::movementContent(), &base(), &references()};
    ShownPage()
    {
        page.resize(1200, 760);
        page.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
    }
    LegView *view() const { return page.legView(); }
    void waitForAnimation() const
    {
        EXPECT_TRUE(
            QTest::qWaitFor([this] { return page.animation()->state() == QAbstractAnimation::Stopped; }, 30000));
    }
};

TEST(Movement, StartsStandingWithEveryMuscleAtRest)
{
    ShownPage shown;
    EXPECT_EQ(shown.page.pose(), (Pose{0, 0}));
    EXPECT_EQ(shown.page.currentPreset(), QStringLiteral("standing"));
    EXPECT_TRUE(shown.page.bars()->rowText(Muscle::Soleus).contains(QStringLiteral("near resting")));
}

TEST(Movement, SlidersMoveTheModelAndTheBars)
{
    ShownPage shown;
    shown.page.kneeSlider()->setFocus();
    QTest::keyClick(shown.page.kneeSlider(), Qt::Key_End);
    EXPECT_EQ(shown.page.pose().kneeFlexionDeg, 140);
    shown.page.ankleSlider()->setFocus();
    QTest::keyClick(shown.page.ankleSlider(), Qt::Key_End);
    EXPECT_EQ(shown.page.pose(), (Pose{140, 30}));
    EXPECT_EQ(shown.view()->pose(), (Pose{140, 30}));
    // Bent knee, lifted foot: the gastrocnemius slack, the soleus stretched, as the bars say.
    EXPECT_TRUE(shown.page.bars()->rowText(Muscle::GastrocnemiusMedialHead).contains(QStringLiteral("slack")));
    EXPECT_TRUE(shown.page.bars()->rowText(Muscle::Soleus).contains(QStringLiteral("stretched")));
    // Moving by hand leaves the preset.
    EXPECT_TRUE(shown.page.currentPreset().isEmpty());
    QTest::keyClick(shown.page.ankleSlider(), Qt::Key_PageDown);
    EXPECT_EQ(shown.page.pose().ankleDorsiflexionDeg, 25);
}

TEST(Movement, DraggingTheFootDorsiflexesAndTheShankBendsTheKnee)
{
    ShownPage shown;
    LegView *view = shown.view();
    QSignalSpy edited(view, &LegView::poseEdited);
    // Lift the foot: drag its grip upwards, pivoting about the ankle.
    const QPoint foot = view->footHandle().toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, foot);
    QTest::mouseMove(view, foot + QPoint(0, -20));
    QTest::mouseMove(view, foot + QPoint(-5, -45));
    QTest::mouseRelease(view, Qt::LeftButton, {}, foot + QPoint(-5, -45));
    EXPECT_GT(shown.page.pose().ankleDorsiflexionDeg, 10);
    EXPECT_EQ(shown.page.pose().kneeFlexionDeg, 0);
    EXPECT_EQ(shown.page.ankleSlider()->value(), qRound(shown.page.pose().ankleDorsiflexionDeg));
    EXPECT_FALSE(edited.isEmpty());

    // Swing the shank backwards: the knee bends.
    // Let the view re-frame after the drag, however long a busy machine takes.
    ASSERT_TRUE(QTest::qWaitFor([view] { return !view->isReframing(); }, 30000));
    const QPoint shank = view->shankHandle().toPoint();
    const QPoint knee = view->toWidget({0, 0}).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, shank);
    const QPoint back(knee.x() - (shank.y() - knee.y()), knee.y() + (shank.x() - knee.x()) / 4);
    QTest::mouseMove(view, (shank + back) / 2);
    QTest::mouseMove(view, back);
    QTest::mouseRelease(view, Qt::LeftButton, {}, back);
    EXPECT_GT(shown.page.pose().kneeFlexionDeg, 45);
    EXPECT_EQ(shown.page.kneeSlider()->value(), qRound(shown.page.pose().kneeFlexionDeg));
}

TEST(Movement, DragStopsAtTheJointsLimits)
{
    ShownPage shown;
    LegView *view = shown.view();
    const QPoint foot = view->footHandle().toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, foot);
    QTest::mouseMove(view, foot + QPoint(-120, -400));
    QTest::mouseRelease(view, Qt::LeftButton, {}, foot + QPoint(-120, -400));
    EXPECT_LE(shown.page.pose().ankleDorsiflexionDeg, kAnkleDorsiflexionRange.max);
    EXPECT_GE(shown.page.pose().ankleDorsiflexionDeg, kAnkleDorsiflexionRange.min);
}

TEST(Movement, KeysMoveTheLegWhenItHasFocus)
{
    ShownPage shown;
    shown.view()->setFocus();
    QTest::keyClick(shown.view(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(shown.view(), Qt::Key_Down);
    QTest::keyClick(shown.view(), Qt::Key_Right);
    EXPECT_EQ(shown.page.pose(), (Pose{6, 1}));
    QTest::keyClick(shown.view(), Qt::Key_Up);
    QTest::keyClick(shown.view(), Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(shown.page.pose(), (Pose{5, -4}));
    EXPECT_TRUE(shown.view()->accessibleDescription().contains(QStringLiteral("Knee bent 5 degrees")));
}

TEST(Movement, TheBenchTestStandsOnAStepWhereTheThighsGripBendsTheKnee)
{
    ShownPage shown;
    LegView *view = shown.view();
    QTest::mouseClick(shown.page.findChild<QPushButton *>(QStringLiteral("preset-bench-test")), Qt::LeftButton);
    shown.waitForAnimation();
    ASSERT_TRUE(QTest::qWaitFor([view] { return !view->isTurning(); }, 30000));
    EXPECT_EQ(view->stance(), Stance::FootOnStep);
    // Standing on the step: the shank nearly upright, the heel dropped below the ball of the foot.
    const QPointF knee = view->toWidget({0, 0});
    const QPointF ankle = view->toWidget({0, -1});
    EXPECT_LT(std::abs(knee.x() - ankle.x()), 0.15 * (ankle.y() - knee.y()));
    const LegGeometry geometry = LegModel::geometry(shown.page.pose());
    EXPECT_GT(view->toWidget(geometry.heel).y(), view->toWidget(geometry.ball).y());
    // The knee's grip is on the thigh, behind the knee; lifting it towards upright straightens the knee
    // while the shank stays where it stands.
    const QPoint grip = view->shankHandle().toPoint();
    EXPECT_LT(grip.x(), knee.x());
    const double distance = QLineF(knee, grip).length();
    const QPoint up = (knee + QPointF(-0.2 * distance, -distance)).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, grip);
    QTest::mouseMove(view, (grip + up) / 2);
    QTest::mouseMove(view, up);
    EXPECT_LT(QLineF(view->toWidget({0, -1}), ankle).length(), 1.0);
    QTest::mouseRelease(view, Qt::LeftButton, {}, up);
    EXPECT_LT(shown.page.pose().kneeFlexionDeg, 40);
    EXPECT_EQ(shown.page.pose().ankleDorsiflexionDeg, 15);

    // The wall test stands the thigh upright again.
    QTest::mouseClick(shown.page.findChild<QPushButton *>(QStringLiteral("preset-wall-test")), Qt::LeftButton);
    shown.waitForAnimation();
    EXPECT_EQ(view->stance(), Stance::ThighUpright);
}

TEST(Movement, TheReachChartShowsHowNearEachMuscleIsToItsLongest)
{
    ShownPage shown;
    ReachChart *chart = shown.page.reachChart();
    ASSERT_NE(chart, nullptr);
    const auto percentOf = [](Muscle muscle, Pose pose) {
        return QStringLiteral("%1 %").arg(qRound(LegModel::nearLongestPercent(muscle, pose)));
    };
    for (const char *id : {"wall-test", "bench-test"}) {
        QTest::mouseClick(shown.page.findChild<QPushButton *>(QStringLiteral("preset-") + QLatin1String(id)),
                          Qt::LeftButton);
        shown.waitForAnimation();
        const Pose pose = shown.page.pose();
        const QString description = chart->accessibleDescription();
        EXPECT_TRUE(description.contains(percentOf(Muscle::GastrocnemiusMedialHead, pose))) << qPrintable(description);
        EXPECT_TRUE(description.contains(percentOf(Muscle::Soleus, pose))) << qPrintable(description);
    }
    // Higher on the chart is nearer the longest: the soleus's marker sits above the gastrocnemius's in the
    // bench test.
    const Pose bench = shown.page.pose();
    EXPECT_LT(
        chart->pointFor(bench.kneeFlexionDeg, LegModel::nearLongestPercent(Muscle::Soleus, bench)).y(),
        chart->pointFor(bench.kneeFlexionDeg, LegModel::nearLongestPercent(Muscle::GastrocnemiusMedialHead, bench))
            .y());
}

TEST(Movement, PresetsAnimateToTheirPoseAndLinkOnwards)
{
    ShownPage shown;
    auto *bench = shown.page.findChild<QPushButton *>(QStringLiteral("preset-bench-test"));
    ASSERT_NE(bench, nullptr);
    QTest::mouseClick(bench, Qt::LeftButton);
    EXPECT_EQ(shown.page.animation()->state(), QAbstractAnimation::Running);
    // Part way, the pose lies between standing and the bench test (half way by the animation's own clock,
    // whatever the machine's speed).
    shown.page.animation()->setCurrentTime(shown.page.animation()->duration() / 2);
    const Pose during = shown.page.pose();
    EXPECT_GT(during.kneeFlexionDeg, 0);
    EXPECT_LT(during.kneeFlexionDeg, 90);
    shown.waitForAnimation();
    EXPECT_EQ(shown.page.pose(), (test::movementContent().find(QStringLiteral("bench-test"))->pose));
    EXPECT_EQ(shown.page.currentPreset(), QStringLiteral("bench-test"));

    QSignalSpy steps(&shown.page, &MovementPage::selfTestStepRequested);
    QSignalSpy structures(&shown.page, &MovementPage::showStructureRequested);
    auto buttons = shown.page.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isVisible() && button->text() == QStringLiteral("Do the bench test"))
            QTest::mouseClick(button, Qt::LeftButton);
        if (button->isVisible() && button->text() == QStringLiteral("Show the soleus in the atlas"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps.first().first().toString(), QStringLiteral("bench"));
    ASSERT_EQ(structures.size(), 1);
    EXPECT_EQ(structures.first().first().toString(), QStringLiteral("soleus"));

    // Alt+3 is the wall test.
    QTest::keyClick(&shown.page, Qt::Key_3, Qt::AltModifier);
    // A shortcut clicks its button after a short press animation.
    EXPECT_TRUE(QTest::qWaitFor([&] { return shown.page.currentPreset() == QStringLiteral("wall-test"); }, 30000));
    shown.waitForAnimation();
    EXPECT_EQ(shown.page.pose(), (test::movementContent().find(QStringLiteral("wall-test"))->pose));
}

TEST(Movement, EveryPresetIsReachable)
{
    ShownPage shown;
    for (const Preset &preset : test::movementContent().presets()) {
        ASSERT_TRUE(shown.page.showPreset(preset.id, false));
        EXPECT_EQ(shown.page.pose(), preset.pose) << qPrintable(preset.id);
    }
    EXPECT_FALSE(shown.page.showPreset(QStringLiteral("handstand")));
}

TEST(Movement, ControlsHaveAccessibleNames)
{
    ShownPage shown;
    EXPECT_FALSE(shown.view()->accessibleName().isEmpty());
    EXPECT_FALSE(shown.page.kneeSlider()->accessibleName().isEmpty());
    EXPECT_FALSE(shown.page.ankleSlider()->accessibleName().isEmpty());
    EXPECT_TRUE(shown.page.bars()->accessibleDescription().contains(QStringLiteral("Soleus")));
}

TEST(Movement, TheDrawingNamesTheMusclesAsTheKnowledgeBaseDoes)
{
    ShownPage shown;
    const QString description = shown.view()->accessibleDescription();
    EXPECT_TRUE(description.contains(base().find(QStringLiteral("soleus"))->name + QLatin1Char(' ')));
    EXPECT_TRUE(description.contains(base().layers().at(base().layerDepth(QStringLiteral("gastrocnemius"))).name));
    // Without a knowledge base the drawing keeps its own names.
    const LegView bare;
    EXPECT_TRUE(bare.accessibleDescription().contains(QStringLiteral("Gastrocnemius")));
}

} // namespace
