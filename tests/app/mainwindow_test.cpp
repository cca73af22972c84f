// SPDX-License-Identifier: MIT
// The main window: navigation by click and Ctrl+n, Quit, and what it remembers between runs.
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "shell/areas.h"
#include "shell/handbook.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "wizard/selftestarea.h"
#include "wizard/selftestwizard.h"

#include "qtprinters.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace calfatlas::app;

namespace {

// A window with three plain areas, shown and ready for events.
struct ThreeAreaWindow {
    MainWindow window;
    ThreeAreaWindow()
    {
        for (const char *id : {"first", "second", "third"})
            window.addArea(QString::fromLatin1(id), QString::fromLatin1(id), QString(), QIcon(),
                           new QLabel(QString::fromLatin1(id)));
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
};

TEST(MainWindow, IsTitledCalfAtlas)
{
    MainWindow window;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("CalfAtlas"));
}

TEST(MainWindow, ControlNumberSwitchesArea)
{
    ThreeAreaWindow fixture;
    QSignalSpy changed(&fixture.window, &MainWindow::areaChanged);
    QTest::keyClick(&fixture.window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(fixture.window.currentArea(), QStringLiteral("third"));
    QTest::keyClick(&fixture.window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(fixture.window.currentArea(), QStringLiteral("second"));
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).toString(), QStringLiteral("second"));
}

TEST(MainWindow, ClickingTheSidebarSwitchesArea)
{
    ThreeAreaWindow fixture;
    auto *navigation = fixture.window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    const QRect third = navigation->visualItemRect(navigation->item(2));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, third.center());
    EXPECT_EQ(fixture.window.currentArea(), QStringLiteral("third"));
    EXPECT_TRUE(fixture.window.areaPage(QStringLiteral("third"))->isVisible());
    EXPECT_FALSE(fixture.window.areaPage(QStringLiteral("first"))->isVisible());
}

TEST(MainWindow, QuitShortcutClosesTheWindow)
{
    ThreeAreaWindow fixture;
    ASSERT_TRUE(fixture.window.isVisible());
    QTest::keyClick(&fixture.window, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(fixture.window.isVisible());
}

TEST(MainWindow, RemembersSizeAndLastArea)
{
    {
        ThreeAreaWindow fixture;
        fixture.window.resize(900, 640);
        fixture.window.showArea(QStringLiteral("second"));
        fixture.window.close();
    }
    ThreeAreaWindow again;
    again.window.restoreSession();
    EXPECT_EQ(again.window.currentArea(), QStringLiteral("second"));
    EXPECT_EQ(again.window.size(), QSize(900, 640));
}

TEST(MainWindow, TheSidebarShrinksToIconsAndRemembersIt)
{
    {
        ThreeAreaWindow fixture;
        auto *navigation = fixture.window.findChild<QListWidget *>(QStringLiteral("navigation"));
        ASSERT_NE(navigation, nullptr);
        const int wide = navigation->width();
        QTest::keyClick(&fixture.window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_LT(navigation->width(), wide / 2);
        // The names move into the tooltips, so pointing still tells which area an icon opens.
        EXPECT_TRUE(navigation->item(1)->toolTip().startsWith(QStringLiteral("second")));
        // Clicking an icon still switches the area.
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(2)).center());
        EXPECT_EQ(fixture.window.currentArea(), QStringLiteral("third"));
        fixture.window.close();
    }
    {
        ThreeAreaWindow again;
        again.window.restoreSession();
        auto *navigation = again.window.findChild<QListWidget *>(QStringLiteral("navigation"));
        EXPECT_LT(navigation->width(), 100);
        auto *action = again.window.findChild<QAction *>(QStringLiteral("viewCompactSidebar"));
        ASSERT_NE(action, nullptr);
        EXPECT_TRUE(action->isChecked());
        action->trigger();
        EXPECT_GT(navigation->width(), 150);
    }
    EXPECT_FALSE(Settings().compactSidebar());
}

TEST(MainWindow, SettingsFileIsPrivate)
{
    {
        Settings settings;
        settings.setLastArea(QStringLiteral("first"));
    }
    QSettings plain;
    const QFile::Permissions permissions = QFile::permissions(plain.fileName());
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

TEST(MainWindow, RealAreasAreAllReachable)
{
    const calfatlas::Content &data = calfatlas::test::builtIns();
    EXPECT_TRUE(data.problems().isEmpty()) << data.problems().join(QLatin1Char('\n')).toStdString();
    MainWindow window;
    addAreas(window, data);
    EXPECT_EQ(window.areaIds(), areaIds());
    for (const QString &id : areaIds())
        EXPECT_NE(window.areaPage(id), nullptr) << id.toStdString();
}

TEST(MainWindow, AppearanceMenuAsksForATheme)
{
    MainWindow window;
    QSignalSpy chosen(&window, &MainWindow::themeChosen);
    QAction *dark = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == QLatin1String("dark"))
            dark = action;
    }
    ASSERT_NE(dark, nullptr);
    dark->trigger();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).value<Theme>(), Theme::Dark);
}

} // namespace

TEST(MainWindow, ShowMeInTheSelfTestOpensTheAtlasOnTheMuscle)
{
    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *area = qobject_cast<SelfTestArea *>(window.areaPage(QStringLiteral("selftest")));
    ASSERT_NE(area, nullptr);
    emit area->wizard()->showStructureRequested(QStringLiteral("soleus"));
    EXPECT_EQ(window.currentArea(), QStringLiteral("explore"));
    auto *explorer = qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")));
    ASSERT_NE(explorer, nullptr);
    EXPECT_EQ(explorer->diagram()->selected(), QStringLiteral("soleus"));
}

// Home comes first and a first launch opens on it; the window's title names the area shown.
TEST(MainWindow, OpensOnHomeAndTheTitleNamesTheArea)
{
    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.areaIds().first(), QStringLiteral("welcome"));
    EXPECT_EQ(window.currentArea(), QStringLiteral("welcome"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Home — CalfAtlas"));
    window.showArea(QStringLiteral("explore"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Explore — CalfAtlas"));
}

// Edit → Undo follows the area shown: it undoes that area's last change, and is off where there is none.
TEST(MainWindow, EditUndoFollowsTheAreaShown)
{
    ThreeAreaWindow fixture;
    auto *stack = new QUndoStack(&fixture.window);
    fixture.window.setUndoStack(QStringLiteral("second"), stack);
    int value = 0;
    class Set : public QUndoCommand {
    public:
        explicit Set(int *target) : m_target(target) {}
        void redo() override { *m_target = 1; }
        void undo() override { *m_target = 0; }

    private:
        int *m_target;
    };
    stack->push(new Set(&value));
    ASSERT_EQ(value, 1);
    auto *undo = fixture.window.findChild<QAction *>(QStringLiteral("editUndo"));
    ASSERT_NE(undo, nullptr);
    fixture.window.showArea(QStringLiteral("first"));
    EXPECT_FALSE(undo->isEnabled());
    fixture.window.showArea(QStringLiteral("second"));
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(value, 0);
}

TEST(MainWindow, HelpHasAHandbookOnF1AndTheShortcuts)
{
    MainWindow window;
    auto *handbook = window.findChild<QAction *>(QStringLiteral("helpHandbook"));
    ASSERT_NE(handbook, nullptr);
    EXPECT_TRUE(handbook->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("helpShortcuts")), nullptr);
    for (const char *area : {"Explore", "Self-test", "Recovery", "History"})
        EXPECT_TRUE(Handbook::html().contains(QLatin1String(area))) << area;
    EXPECT_TRUE(Handbook::shortcutsHtml().contains(QStringLiteral("F1")));
}
