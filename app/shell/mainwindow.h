// SPDX-License-Identifier: MIT
#pragma once

#include "ui/theme.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace calfatlas::app {

// The one window: a navigation sidebar with an area per feature (Explore, Self-test, …) and the menus.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a feature's page to the navigation; the n-th area is reached with Ctrl+n.
    void addArea(const QString &id, const QString &title, const QString &toolTip, const QIcon &icon, QWidget *page);
    // The same, building the page only when it is first needed: the window shows before any page exists,
    // then builds the current one, and the others when they are visited.
    using PageFactory = std::function<QWidget *()>;
    void addArea(const QString &id, const QString &title, const QString &toolTip, const QIcon &icon,
                 PageFactory factory);
    void showArea(const QString &id);
    QString currentArea() const;
    // The area's page, built now if it was not yet.
    QWidget *areaPage(const QString &id);
    QStringList areaIds() const { return m_ids; }
    // An area's undo stack, for Edit → Undo and Redo while the area is shown.
    void setUndoStack(const QString &id, QUndoStack *stack);

    // Puts an action in the File menu, above Quit.
    void addFileAction(QAction *action);

    // Size, position and last area from the previous session (after every area is added).
    void restoreSession();
    void saveSession() const;

signals:
    void areaChanged(const QString &id);
    void areaCreated(const QString &id, QWidget *page);
    void themeChosen(calfatlas::app::Theme theme);
    // A language from the View menu: its code, or empty to follow the system.
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void buildSettingsMenu();
    void setSidebarCompact(bool compact);
    static constexpr int kSidebarWidth = 190;
    static constexpr int kCompactSidebarWidth = 64;
    void showAbout();
    void buildPage(int index);

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitSeparator = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_compactSidebar = nullptr;
    QAction *m_themeSeparator = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QStringList m_ids;
    QUndoGroup *m_undoGroup = nullptr;
    QHash<QString, QUndoStack *> m_undoStacks;
    QList<PageFactory> m_factories; // empty once the page is built
    bool m_exposed = false;         // pages are built only once the window is on screen
};

} // namespace calfatlas::app
