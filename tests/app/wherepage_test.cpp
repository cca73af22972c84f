// SPDX-License-Identifier: MIT
// "Where does it hurt?" through the real widgets: the drawing and the list choose the same place, a place
// outside the calf muscles skips the tests and ends on a result that shows it, and each leg has its own.
#include "wizard/legmap.h"
#include "wizardfixture.h"

#include <QLabel>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::app::test;
using namespace calfatlas::assessment;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// From the first page to "Where does it hurt?" with the given legs.
void toWhere(Wizard &w, const QString &legs)
{
    w.next();
    w.answerSafety();
    w.next();
    w.choose(QStringLiteral("legs"), legs);
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Where);
}

void clickOn(LegMap *map, Area area)
{
    QTest::mouseMove(map, map->centreOf(area).toPoint());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->centreOf(area).toPoint());
}

// Each place drawn is found where it is drawn, on a left and on a right leg (which is mirrored).
TEST(WherePage, EveryDrawnPlaceIsUnderItsOwnCentre)
{
    for (const std::optional<Side> side : {std::optional(Side::Left), std::optional(Side::Right)}) {
        LegMap map(builtInSelfTest(), side);
        map.resize(map.sizeHint());
        for (Area area : allAreas()) {
            if (area == Area::WholeCalf)
                continue; // drawn as the upper and lower calf together
            EXPECT_EQ(map.areaAt(map.centreOf(area)), area) << idOf(area).toStdString();
        }
        EXPECT_FALSE(map.areaAt(QPointF(1, 1)).has_value()) << "the corner is outside the leg";
    }
    // A left leg is the right one mirrored: the inner shin is on the other side of the picture.
    LegMap left(builtInSelfTest(), Side::Left);
    LegMap right(builtInSelfTest(), Side::Right);
    left.resize(left.sizeHint());
    right.resize(right.sizeHint());
    EXPECT_GT(left.centreOf(Area::InnerShin).x(), left.width() / 2.0);
    EXPECT_LT(right.centreOf(Area::InnerShin).x(), right.width() / 2.0);
}

// A click on the Achilles tendon chooses it in the list too; the tests are skipped, and the result says
// what usually hurts there, with the place on the little leg.
TEST(WherePage, AClickOutsideTheCalfSkipsTheTestsAndShowsThePlace)
{
    Wizard w;
    toWhere(w, QStringLiteral("left"));
    auto *map = w.find<LegMap>(QStringLiteral("map-left"));
    ASSERT_NE(map, nullptr);
    clickOn(map, Area::Achilles);
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("whereList-left"))->selected(), QStringLiteral("achilles"));
    EXPECT_EQ(w.find<QLabel>(QStringLiteral("mapName-left"))->text(), QStringLiteral("Achilles tendon"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result) << "the calf tests cannot judge the tendon";
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("Outside the calf muscles: the tests cannot tell")});
    auto *shown = w.find<LegMap>(QStringLiteral("resultMap"));
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->chosen(), Area::Achilles);
    EXPECT_EQ(w.find<QLabel>(QStringLiteral("resultPlace"))->text(), QStringLiteral("Achilles tendon"));
    const QString explanation = w.labelsNamed(QStringLiteral("explanation")).value(0);
    EXPECT_TRUE(explanation.contains(QStringLiteral("cannot tell the muscles apart"))) << explanation.toStdString();
    const std::vector<LegResult> results = w.wizard.results();
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].answers.where, Area::Achilles);
    EXPECT_EQ(results[0].assessment.verdict, Verdict::Elsewhere);

    // Back, and the calf after all: now the tests come, and the result follows the new answer.
    w.back();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Where);
    clickOn(map, Area::LowerCalf);
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("whereList-left"))->selected(), QStringLiteral("lower-calf"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Bench);
    w.choose(QStringLiteral("bench-left"), QStringLiteral("moderate"));
    w.next();
    w.choose(QStringLiteral("wall-left"), QStringLiteral("none"));
    w.next();
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("Points to your soleus")});
    EXPECT_EQ(w.find<LegMap>(QStringLiteral("resultMap")), nullptr);
}

// The drawing by keyboard: the arrow keys go from place to place and name it, Space chooses.
TEST(WherePage, TheDrawingWorksFromTheKeyboard)
{
    Wizard w;
    toWhere(w, QStringLiteral("right"));
    auto *map = w.find<LegMap>(QStringLiteral("map-right"));
    auto *list = w.find<ChoiceGroup>(QStringLiteral("whereList-right"));
    EXPECT_TRUE(list->isAncestorOf(focused())) << "the page opens on the list";
    map->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(focused(), map);
    EXPECT_EQ(map->hovered(), Area::BehindKnee) << "the keyboard starts at the top";
    QTest::keyClick(map, Qt::Key_Down);
    EXPECT_EQ(map->hovered(), Area::UpperCalf);
    EXPECT_EQ(w.find<QLabel>(QStringLiteral("mapName-right"))->text(), QStringLiteral("Upper calf"));
    QTest::keyClick(map, Qt::Key_Up);
    QTest::keyClick(map, Qt::Key_Up); // wraps round to the heel
    EXPECT_EQ(map->hovered(), Area::Heel);
    QTest::keyClick(map, Qt::Key_Space);
    EXPECT_EQ(list->selected(), QStringLiteral("heel"));
    EXPECT_EQ(map->chosen(), Area::Heel);
    // And the list's choice shows on the drawing; "whole calf" as the upper and lower calf together.
    w.choose(QStringLiteral("whereList-right"), QStringLiteral("whole-calf"));
    EXPECT_EQ(map->chosen(), Area::WholeCalf);
    w.choose(QStringLiteral("whereList-right"), QStringLiteral("unknown"));
    EXPECT_FALSE(map->chosen().has_value());
    EXPECT_FALSE(map->accessibleName().isEmpty());
}

// Both legs: each has its own place; only the leg that hurts in the calf is tested, and each gets its own
// result.
TEST(WherePage, EachLegHasItsOwnPlaceAndOnlyCalfLegsAreTested)
{
    Wizard w;
    toWhere(w, QStringLiteral("both"));
    w.choose(QStringLiteral("whereList-left"), QStringLiteral("heel"));
    w.choose(QStringLiteral("whereList-right"), QStringLiteral("upper-calf"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Bench);
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("bench-left")), nullptr) << "the heel is not tested";
    w.choose(QStringLiteral("bench-right"), QStringLiteral("strong"));
    w.next();
    w.choose(QStringLiteral("wall-right"), QStringLiteral("none"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Measure);
    EXPECT_NE(w.find<QWidget>(QStringLiteral("distance-right")), nullptr);
    EXPECT_EQ(w.find<QWidget>(QStringLiteral("distance-left")), nullptr) << "the heel's leg is sore, not 'not sore'";
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
    const std::vector<LegResult> results = w.wizard.results();
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].assessment.verdict, Verdict::Elsewhere);
    EXPECT_EQ(results[0].answers.where, Area::Heel);
    EXPECT_FALSE(results[0].answers.bench.has_value());
    EXPECT_EQ(results[1].assessment.verdict, Verdict::Soleus);
    EXPECT_EQ(results[1].assessment.confidence, Confidence::Possible) << "the upper calf fits the other muscle";
    EXPECT_EQ(w.headlines(), (QStringList{QStringLiteral("Outside the calf muscles: the tests cannot tell"),
                                          QStringLiteral("Points more to your soleus")}));
}

// A warning sign still wins over the place: the clot questions end on the care page before "where".
TEST(WherePage, ClotSignsEndTheTestBeforeThePlaceIsAsked)
{
    Wizard w;
    w.next();
    w.answerFlagsOnPage();
    w.next();
    w.answerFlagsOnPage({}, {QStringLiteral("clot-risk"), QStringLiteral("rest-pain")});
    w.next();
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Care);
    EXPECT_EQ(w.headlines().value(0), QStringLiteral("See a clinician today"));
}

} // namespace
