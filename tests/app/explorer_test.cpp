// SPDX-License-Identifier: MIT
// The Explore area driven with real mouse and key events on an offscreen window.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/infopanel.h"
#include "qtprinters.h"
#include "testpaths.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
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

// On a narrow window the plate has the whole width until a structure is chosen; then its entry opens beside it,
// and closes again when the selection is cleared. A wide window keeps the panel.
TEST(Explorer, OnANarrowWindowTheInfoPanelOpensWithAnEntry)
{
    TestPlatePage fixture;
    EXPECT_TRUE(fixture.page.infoPanel()->isVisible());
    fixture.page.resize(820, 560);
    QApplication::processEvents();
    EXPECT_FALSE(fixture.page.infoPanel()->isVisible());
    ASSERT_TRUE(fixture.diagram->waitForRender());
    fixture.click(75, 80); // the circle
    EXPECT_TRUE(fixture.page.infoPanel()->isVisible());
    EXPECT_EQ(fixture.page.infoPanel()->structureId(), QStringLiteral("gastrocnemius-medial-head"));
    ASSERT_TRUE(fixture.diagram->waitForRender());
    QTest::keyClick(fixture.diagram, Qt::Key_Escape);
    EXPECT_FALSE(fixture.page.infoPanel()->isVisible());
    fixture.page.resize(1100, 700);
    QApplication::processEvents();
    EXPECT_TRUE(fixture.page.infoPanel()->isVisible());
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

// The sinuses inside the soleus appear when the soleus is selected, and can then be picked themselves.
TEST(Explorer, SelectingTheSoleusShowsItsVenousSinuses)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1100, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    DiagramView *diagram = page.diagram();
    ASSERT_TRUE(page.selectStructure(QStringLiteral("plantaris")));
    ASSERT_TRUE(diagram->waitForRender());
    const QPoint sinus = diagram->plateToWidget(QPointF(256, 690)).toPoint();
    QTest::mouseMove(diagram, sinus);
    EXPECT_EQ(diagram->hovered(), QStringLiteral("soleus"));
    QTest::mouseClick(diagram, Qt::LeftButton, {}, sinus);
    EXPECT_EQ(diagram->selected(), QStringLiteral("soleus"));
    QTest::mouseMove(diagram, sinus + QPoint(1, 0));
    EXPECT_EQ(diagram->hovered(), QStringLiteral("soleal-veins"));
    QTest::mouseClick(diagram, Qt::LeftButton, {}, sinus + QPoint(1, 0));
    EXPECT_EQ(diagram->selected(), QStringLiteral("soleal-veins"));
    EXPECT_FALSE(diagram->structureRect(QStringLiteral("soleal-veins")).isEmpty());
}

// A slice shown as on a scan is mirrored, and the pointer still finds what is drawn under it.
TEST(Explorer, TheScanOrientationMirrorsTheSliceWithPickingIntact)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1100, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    DiagramView *diagram = page.diagram();
    auto *scan = page.findChild<QCheckBox *>(QStringLiteral("scanOrientation"));
    ASSERT_NE(scan, nullptr);
    EXPECT_FALSE(scan->isVisible()) << "only a slice can be shown as on a scan";
    page.showView(QStringLiteral("cross-section"));
    ASSERT_TRUE(scan->isVisible());
    auto *peel = page.findChild<QSlider *>(QStringLiteral("peelSlider"));
    EXPECT_FALSE(peel->isEnabled()) << "a slice shows every layer at once";
    QTest::keyClick(diagram, Qt::Key_BracketRight);
    EXPECT_EQ(diagram->peeled(), 0);
    ASSERT_TRUE(diagram->waitForRender());
    const QPointF fibula(630, 320);
    const QPoint before = diagram->plateToWidget(fibula).toPoint();
    QTest::mouseMove(diagram, before);
    EXPECT_EQ(diagram->hovered(), QStringLiteral("fibula"));
    const qreal middle = diagram->plateToWidget(QPointF(450, 320)).x();
    EXPECT_GT(before.x(), middle) << "seen from above, the outer side is on the right";

    QTest::mouseClick(scan, Qt::LeftButton, {}, QPoint(8, scan->height() / 2));
    ASSERT_TRUE(scan->isChecked());
    EXPECT_TRUE(diagram->isMirrored());
    ASSERT_TRUE(diagram->waitForRender());
    const QPoint after = diagram->plateToWidget(fibula).toPoint();
    EXPECT_LT(after.x(), middle) << "on a scan, the outer side is on the left";
    QTest::mouseMove(diagram, after);
    EXPECT_EQ(diagram->hovered(), QStringLiteral("fibula"));
    QTest::mouseClick(diagram, Qt::LeftButton, {}, after);
    EXPECT_EQ(diagram->selected(), QStringLiteral("fibula"));
    EXPECT_LT(diagram->structureRect(QStringLiteral("fibula")).center().x(), middle);
    QTest::mouseMove(diagram, before);
    EXPECT_NE(diagram->hovered(), QStringLiteral("fibula"));

    // Every other view is shown as drawn.
    page.showView(QStringLiteral("posterior"));
    EXPECT_FALSE(diagram->isMirrored());
    EXPECT_FALSE(scan->isVisible());
    EXPECT_TRUE(peel->isEnabled());
}

// Hovering a label lights its structure up; hovering the structure lights up its label; a search result under
// the arrow keys lights up on the plate too.
TEST(Explorer, HoverGoesBothWaysBetweenPlateLabelsAndSearch)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1100, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    DiagramView *diagram = page.diagram();
    ASSERT_TRUE(diagram->waitForRender());
    QSignalSpy hovered(&page, &ExplorerPage::structureHovered);
    const QRectF label = diagram->labelRect(QStringLiteral("gastrocnemius-medial-head"));
    ASSERT_FALSE(label.isEmpty());
    EXPECT_TRUE(diagram->structureAt(label.center()).isEmpty()) << "the label lies beside the art";
    QTest::mouseMove(diagram, label.center().toPoint());
    EXPECT_EQ(diagram->hovered(), QStringLiteral("gastrocnemius-medial-head"));
    ASSERT_FALSE(hovered.isEmpty());
    EXPECT_EQ(hovered.last().at(0).toString(), QStringLiteral("gastrocnemius-medial-head"));
    QTest::mouseClick(diagram, Qt::LeftButton, {}, label.center().toPoint());
    EXPECT_EQ(diagram->selected(), QStringLiteral("gastrocnemius-medial-head"));

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("structureSearch"));
    ASSERT_NE(search, nullptr);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("soleus"));
    QAbstractItemView *popup = search->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    EXPECT_EQ(diagram->hovered(), QStringLiteral("soleus"));
    page.highlightStructure(QStringLiteral("Popliteal vein"));
    EXPECT_EQ(diagram->hovered(), QStringLiteral("popliteal-vein"));
    page.highlightStructure({});
    EXPECT_TRUE(diagram->hovered().isEmpty());
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

namespace {

// On a narrow window the labels, zoom and search move to a second row instead of widening the window, and
// come back when there is room again.
TEST(Explorer, TheToolbarWrapsOnANarrowWindowAndKeepsItsSearch)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("structureSearch"));
    auto *toolbar = page.findChild<QWidget *>(QStringLiteral("explorerToolbar"));
    ASSERT_NE(search, nullptr);
    ASSERT_NE(toolbar, nullptr);
    EXPECT_TRUE(toolbar->isAncestorOf(search));
    EXPECT_LE(page.minimumSizeHint().width(), 760);

    page.resize(760, 600);
    QTest::qWait(20);
    EXPECT_FALSE(toolbar->isAncestorOf(search));
    EXPECT_TRUE(search->isVisible());
    const QRect inPage(search->mapTo(&page, QPoint(0, 0)), search->size());
    EXPECT_TRUE(page.rect().contains(inPage)) << inPage.x() << "," << inPage.y();
    // Ctrl+F still finds it.
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());

    page.resize(1200, 700);
    QTest::qWait(20);
    EXPECT_TRUE(toolbar->isAncestorOf(search));
}

} // namespace

namespace {

// The plate's keys work while another control of the area has the focus; the search field keeps what it types.
TEST(Explorer, PlateKeysWorkAnywhereInTheArea)
{
    ExplorerPage page(&base(), &references(), ExplorerPage::builtInViews());
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    auto *slider = page.findChild<QSlider *>(QStringLiteral("peelSlider"));
    ASSERT_NE(slider, nullptr);
    slider->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([slider] { return slider->hasFocus(); }));
    const int before = page.diagram()->peeled();
    QTest::keyClick(slider, Qt::Key_BracketRight);
    EXPECT_EQ(page.diagram()->peeled(), before + 1);
    QTest::keyClick(slider, Qt::Key_BracketLeft);
    EXPECT_EQ(page.diagram()->peeled(), before);

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("structureSearch"));
    search->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([search] { return search->hasFocus(); }));
    QTest::keyClicks(search, QStringLiteral("]0"));
    EXPECT_EQ(search->text(), QStringLiteral("]0"));
    EXPECT_EQ(page.diagram()->peeled(), before);
}

} // namespace
