// SPDX-License-Identifier: MIT
// The Explore area driven with real mouse and key events on an offscreen window.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/infopanel.h"
#include "qtprinters.h"
#include "testpaths.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::test::base;
using calfatlas::test::references;

namespace {

// An Explore page showing the small test plate (a circle, a triangle, a square and a bar), ready for events.
struct TestPlatePage {
    ExplorerPage page{
        &base(),
        &references(),
        {{QStringLiteral("test"),
          QStringLiteral("Test"),
          test::dataFile(QStringLiteral("test-plate.svg")),
          {QStringLiteral("top"), QStringLiteral("right"), QStringLiteral("bottom"), QStringLiteral("left")},
          QKeySequence()}}};
    DiagramView *diagram = page.diagram();

    TestPlatePage()
    {
        page.resize(1000, 700);
        page.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
        diagram->setLabelsVisible(false);
        EXPECT_TRUE(diagram->waitForRender());
    }

    QPoint at(qreal x, qreal y) const { return diagram->plateToWidget(QPointF(x, y)).toPoint(); }

    void hover(qreal x, qreal y) { QTest::mouseMove(diagram, at(x, y)); }
    void click(qreal x, qreal y) { QTest::mouseClick(diagram, Qt::LeftButton, {}, at(x, y)); }
};

TEST(Explorer, HoverFindsTheStructureUnderThePointer)
{
    TestPlatePage fixture;
    fixture.hover(75, 80); // centre of the circle
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("gastrocnemius-medial-head"));
    fixture.hover(140, 60); // inside the triangle
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("gastrocnemius-lateral-head"));
    fixture.hover(20, 20); // empty canvas
    EXPECT_TRUE(fixture.diagram->hovered().isEmpty());
}

TEST(Explorer, HoverIsExactToTheDrawnShapeNotItsBoundingBox)
{
    TestPlatePage fixture;
    // Inside the triangle's bounding box but below its hypotenuse: the square beneath shows there.
    fixture.hover(114, 104);
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("soleus"));
    // Inside the circle's bounding box, in its corner: also the square.
    fixture.hover(56, 61);
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("soleus"));
}

TEST(Explorer, ClickSelectsAndFillsTheInfoPanel)
{
    TestPlatePage fixture;
    QSignalSpy selected(&fixture.page, &ExplorerPage::structureSelected);
    fixture.click(75, 80);
    EXPECT_EQ(fixture.diagram->selected(), QStringLiteral("gastrocnemius-medial-head"));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(fixture.page.infoPanel()->structureId(), QStringLiteral("gastrocnemius-medial-head"));
    const QString text = fixture.page.infoPanel()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Gastrocnemius, medial head")));
    EXPECT_TRUE(text.contains(QStringLiteral("Origin")));
    EXPECT_TRUE(text.contains(QStringLiteral("Moore 2018")));
    EXPECT_TRUE(text.contains(QStringLiteral("Clinically Oriented Anatomy")));

    fixture.click(20, 20); // the empty canvas clears it
    EXPECT_TRUE(fixture.diagram->selected().isEmpty());
    EXPECT_TRUE(fixture.page.infoPanel()->structureId().isEmpty());
}

TEST(Explorer, PeelingTheGastrocnemiusRevealsTheSoleus)
{
    TestPlatePage fixture;
    QSignalSpy peeled(fixture.diagram, &DiagramView::peelChanged);
    fixture.hover(75, 80);
    ASSERT_EQ(fixture.diagram->hovered(), QStringLiteral("gastrocnemius-medial-head"));
    fixture.diagram->setFocus();
    QTest::keyClick(fixture.diagram, Qt::Key_BracketRight);
    EXPECT_EQ(fixture.diagram->peeled(), 1);
    ASSERT_EQ(peeled.count(), 1);
    fixture.hover(76, 80);
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("soleus"));
    EXPECT_EQ(fixture.page.findChild<QSlider *>(QStringLiteral("peelSlider"))->value(), 1);

    QTest::keyClick(fixture.diagram, Qt::Key_BracketLeft);
    EXPECT_EQ(fixture.diagram->peeled(), 0);
}

TEST(Explorer, PeelSliderPeelsAndCannotRemoveTheLastLayer)
{
    TestPlatePage fixture;
    auto *slider = fixture.page.findChild<QSlider *>(QStringLiteral("peelSlider"));
    ASSERT_NE(slider, nullptr);
    EXPECT_EQ(slider->maximum(), 2);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    EXPECT_EQ(fixture.diagram->peeled(), 2);
    fixture.hover(100, 100); // only the bar is left
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("tibia"));
}

TEST(Explorer, KeyboardWalksThroughStructuresAndSelects)
{
    TestPlatePage fixture;
    fixture.diagram->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    const QStringList order = fixture.diagram->navigableStructures();
    ASSERT_EQ(order.size(), 4);
    EXPECT_EQ(fixture.diagram->focusedStructure(), order.at(0));
    QTest::keyClick(fixture.diagram, Qt::Key_Right);
    EXPECT_EQ(fixture.diagram->focusedStructure(), order.at(1));
    QTest::keyClick(fixture.diagram, Qt::Key_Tab);
    EXPECT_EQ(fixture.diagram->focusedStructure(), order.at(2));
    QTest::keyClick(fixture.diagram, Qt::Key_Left);
    EXPECT_EQ(fixture.diagram->focusedStructure(), order.at(1));
    QTest::keyClick(fixture.diagram, Qt::Key_Return);
    EXPECT_EQ(fixture.diagram->selected(), order.at(1));
    QTest::keyClick(fixture.diagram, Qt::Key_Escape);
    EXPECT_TRUE(fixture.diagram->selected().isEmpty());
}

TEST(Explorer, ZoomKeysAndWheelZoomAndFitRestores)
{
    TestPlatePage fixture;
    fixture.diagram->setFocus();
    QTest::keyClick(fixture.diagram, Qt::Key_Plus);
    EXPECT_NEAR(fixture.diagram->zoom(), 1.25, 0.01);
    QTest::keyClick(fixture.diagram, Qt::Key_0);
    EXPECT_NEAR(fixture.diagram->zoom(), 1.0, 0.01);
    const QPoint centre = fixture.at(75, 80);
    QWheelEvent wheel(centre, fixture.diagram->mapToGlobal(centre), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(fixture.diagram, &wheel);
    EXPECT_GT(fixture.diagram->zoom(), 1.3);
    // The point under the pointer stays under it.
    EXPECT_LT(QLineF(fixture.at(75, 80), centre).length(), 2.0);
    // Hit-testing still follows the shapes while the sharper render is on its way, and after it.
    fixture.hover(75, 80);
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("gastrocnemius-medial-head"));
    ASSERT_TRUE(fixture.diagram->waitForRender());
    fixture.hover(140, 60);
    EXPECT_EQ(fixture.diagram->hovered(), QStringLiteral("gastrocnemius-lateral-head"));
}

TEST(Explorer, DragPansThePlate)
{
    TestPlatePage fixture;
    const QPoint before = fixture.at(75, 80);
    QTest::mousePress(fixture.diagram, Qt::LeftButton, {}, before);
    QTest::mouseMove(fixture.diagram, before + QPoint(30, 10));
    QTest::mouseMove(fixture.diagram, before + QPoint(60, 20));
    QTest::mouseRelease(fixture.diagram, Qt::LeftButton, {}, before + QPoint(60, 20));
    EXPECT_LT(QLineF(fixture.at(75, 80), before + QPoint(60, 20)).length(), 2.0);
    EXPECT_TRUE(fixture.diagram->selected().isEmpty()); // a drag is not a click
}

TEST(Explorer, SearchSelectsAndSwitchesToAViewThatShowsIt)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1100, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("structureSearch"));
    ASSERT_NE(search, nullptr);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("peroneus longus"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(page.diagram()->selected(), QStringLiteral("fibularis-longus"));
    EXPECT_EQ(page.currentView(), QStringLiteral("lateral")); // the first view that draws it

    search->clear();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("heel bone"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(page.diagram()->selected(), QStringLiteral("calcaneus"));
    EXPECT_EQ(page.diagram()->peeled(), page.diagram()->layerCount() - 1); // everything above the bone peeled

    EXPECT_TRUE(page.selectStructure(QStringLiteral("interosseous-membrane")));
    EXPECT_EQ(page.currentView(), QStringLiteral("cross-section"));
}

TEST(Explorer, ViewButtonsAndTheirShortcutsSwitchPlates)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1100, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    EXPECT_EQ(page.currentView(), QStringLiteral("posterior"));
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    EXPECT_EQ(page.currentView(), QStringLiteral("lateral"));
    ASSERT_TRUE(page.diagram()->waitForRender());
    EXPECT_FALSE(page.diagram()->structureRect(QStringLiteral("fibularis-longus")).isEmpty());
    QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
    EXPECT_EQ(page.currentView(), QStringLiteral("cross-section"));
    ASSERT_TRUE(page.diagram()->waitForRender());
    EXPECT_FALSE(page.diagram()->structureRect(QStringLiteral("interosseous-membrane")).isEmpty());
}

TEST(Explorer, ShowingTheSoleusPeelsTheGastrocnemiusAway)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1100, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(page.selectStructure(QStringLiteral("soleus")));
    EXPECT_EQ(page.currentView(), QStringLiteral("posterior"));
    EXPECT_EQ(page.diagram()->plate().layers().at(page.diagram()->peeled()), QStringLiteral("soleus-plantaris"));
    ASSERT_TRUE(page.diagram()->waitForRender());
    EXPECT_FALSE(page.diagram()->structureRect(QStringLiteral("soleus")).isEmpty());
}

TEST(Explorer, StructuresAreExposedToScreenReaders)
{
    TestPlatePage fixture;
    QAccessibleInterface *diagram = QAccessible::queryAccessibleInterface(fixture.diagram);
    ASSERT_NE(diagram, nullptr);
    ASSERT_EQ(diagram->childCount(), 4);
    QAccessibleInterface *child = diagram->child(1);
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->text(QAccessible::Name), QStringLiteral("Soleus"));
    EXPECT_FALSE(child->text(QAccessible::Description).isEmpty());
    EXPECT_EQ(diagram->indexOfChild(child), 1);
    const QPoint global = fixture.diagram->mapToGlobal(fixture.at(140, 60));
    QAccessibleInterface *hit = diagram->childAt(global.x(), global.y());
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->text(QAccessible::Name), QStringLiteral("Gastrocnemius, lateral head"));
}

} // namespace
