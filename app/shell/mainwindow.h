#pragma once

#include "theme.h"

#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace calfatlas::app {

// The one window: a navigation sidebar with an area per feature (Explore, Self-test, …) and the menus.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a feature's page to the navigation; the n-th area is reached with Ctrl+n.
    void addArea(const QString &id, const QString &title, const QString &toolTip, const QIcon &icon, QWidget *page);
    void showArea(const QString &id);
    QString currentArea() const;
    QWidget *areaPage(const QString &id) const;
    QStringList areaIds() const { return m_ids; }

    // Size, position and last area from the previous session (after every area is added).
    void restoreSession();
    void saveSession() const;

signals:
    void areaChanged(const QString &id);
    void themeChosen(calfatlas::app::Theme theme);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void styleNavigation();
    void showAbout();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_themeSeparator = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QStringList m_ids;
};

} // namespace calfatlas::app
