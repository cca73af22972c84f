// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "handbook.h"

#include "language.h"

#include "navigationdelegate.h"
#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWindow>

namespace calfatlas::app {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("CalfAtlas"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(kSidebarWidth);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setAttribute(Qt::WA_Hover);
    m_navigation->setSpacing(0);
    m_navigation->setAutoFillBackground(true);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setContentsMargins(0, 10, 0, 0);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Midlight);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_ids.size())
            return;
        if (m_exposed)
            buildPage(row);
        m_pages->setCurrentIndex(row);
        // The window names the area, as the task bar and the window switcher show it.
        setWindowTitle(tr("%1 — CalfAtlas").arg(m_navigation->item(row)->text()));
        m_undoGroup->setActiveStack(m_undoStacks.value(m_ids.at(row)));
        emit areaChanged(m_ids.at(row));
    });

    buildMenus();
    resize(1180, 760);
}

void MainWindow::addFileAction(QAction *action)
{
    action->setParent(m_fileMenu);
    m_fileMenu->insertAction(m_quitSeparator, action);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    m_fileMenu = file;
    m_quitSeparator = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Ctrl+Q on every platform, whatever the platform's own binding for Quit.
    QList<QKeySequence> quitKeys{QKeySequence(Qt::CTRL | Qt::Key_Q)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Quit)) {
        if (!quitKeys.contains(key))
            quitKeys.append(key);
    }
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    // Undo and redo of the area shown, where it keeps a stack (History). The keys stay with the area's own
    // actions; the menu shows them and offers the same from the mouse.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoGroup = new QUndoGroup(this);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetShortcut);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(undo);
    edit->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_themeSeparator = m_viewMenu->addSeparator();
    m_compactSidebar = m_viewMenu->addAction(tr("Sidebar &Icons Only"));
    m_compactSidebar->setObjectName(QStringLiteral("viewCompactSidebar"));
    m_compactSidebar->setCheckable(true);
    m_compactSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_compactSidebar->setToolTip(tr("Show the sections as icons only, to leave more room on a small screen"));
    addAction(m_compactSidebar);
    connect(m_compactSidebar, &QAction::toggled, this, [this](bool compact) {
        setSidebarCompact(compact);
        Settings().setCompactSidebar(compact);
    });
    buildSettingsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(tr("CalfAtlas &Handbook"), this, [this] { Handbook::show(this); });
    handbook->setShortcut(QKeySequence::HelpContents);
    handbook->setObjectName(QStringLiteral("helpHandbook"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { Handbook::showShortcuts(this); })
        ->setObjectName(QStringLiteral("helpShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About CalfAtlas"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

// Settings, where KDE users look for them: the appearance and the language.
void MainWindow::buildSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("Se&ttings")); // not Alt+S: that shows the side view in Explore
    QMenu *themeMenu = settings->addMenu(tr("&Appearance"));
    m_themeGroup = new QActionGroup(this);
    const QList<std::pair<Theme, QString>> themes{
        {Theme::System, tr("Follow the &system")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, label] : themes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setData(idOf(theme));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { emit themeChosen(theme); });
    }

    QMenu *languageMenu = settings->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString current = Settings().language();
    QAction *system = languageMenu->addAction(tr("Follow the &system", "the language"));
    system->setCheckable(true);
    system->setChecked(current.isEmpty());
    languageGroup->addAction(system);
    connect(system, &QAction::triggered, this, [this] { emit languageChosen(QString()); });
    languageMenu->addSeparator();
    for (const Language &language : languages()) {
        QAction *action = languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(current == language.code);
        action->setObjectName(QStringLiteral("language-") + language.code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { emit languageChosen(code); });
    }
}

void MainWindow::setSidebarCompact(bool compact)
{
    // Icons only: the names move into the items' tooltips, where the longer descriptions were.
    m_navigation->setFixedWidth(compact ? kCompactSidebarWidth : kSidebarWidth);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString description = item->data(Qt::AccessibleDescriptionRole).toString();
        item->setToolTip(compact ? QStringLiteral("%1 — %2").arg(item->text(), description) : description);
    }
    if (m_compactSidebar->isChecked() != compact)
        m_compactSidebar->setChecked(compact);
}

void MainWindow::addArea(const QString &id, const QString &title, const QString &toolTip, const QIcon &icon,
                         QWidget *page)
{
    addArea(id, title, toolTip, icon, [page] { return page; });
    buildPage(int(m_ids.size()) - 1);
}

void MainWindow::addArea(const QString &id, const QString &title, const QString &toolTip, const QIcon &icon,
                         PageFactory factory)
{
    m_ids.append(id);
    m_factories.append(std::move(factory));
    auto *placeholder = new QWidget(m_pages);
    placeholder->setObjectName(id + QStringLiteral("Placeholder"));
    m_pages->addWidget(placeholder);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::AccessibleDescriptionRole, toolTip);
    item->setToolTip(m_compactSidebar->isChecked() ? QStringLiteral("%1 — %2").arg(title, toolTip) : toolTip);

    auto *action = new QAction(icon, title, this);
    action->setToolTip(toolTip);
    if (m_ids.size() <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_ids.size())));
    connect(action, &QAction::triggered, this, [this, id] { showArea(id); });
    m_viewMenu->insertAction(m_themeSeparator, action);
    addAction(action); // the shortcut works even while the menu bar is hidden

    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::showArea(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

QString MainWindow::currentArea() const
{
    return m_ids.value(m_navigation->currentRow());
}

QWidget *MainWindow::areaPage(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return nullptr;
    buildPage(row);
    return m_pages->widget(row);
}

void MainWindow::buildPage(int index)
{
    if (!m_factories.at(index))
        return;
    const PageFactory factory = std::exchange(m_factories[index], PageFactory());
    QWidget *page = factory();
    page->setObjectName(m_ids.at(index) + QStringLiteral("Area"));
    QWidget *placeholder = m_pages->widget(index);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        m_pages->setCurrentIndex(index);
    emit areaCreated(m_ids.at(index), page);
}

// The first expose is the window on screen: only then is the current page built (in the next event-loop
// turn, after the window has painted), so the window appears as fast as a bare one.
void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_exposed && windowHandle())
        windowHandle()->installEventFilter(this); // the native window exists once shown
    QMainWindow::showEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_exposed && event->type() == QEvent::Expose && windowHandle() && watched == windowHandle() &&
        windowHandle()->isExposed()) {
        m_exposed = true;
        QTimer::singleShot(0, this, [this] {
            if (m_navigation->currentRow() >= 0)
                buildPage(m_navigation->currentRow());
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreSession()
{
    Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        // First run: as large as a laptop screen allows, centred on it.
        if (const QScreen *screen = QApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(qMin(1280, available.width()), qMin(800, available.height()));
            move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
        }
    }
    setSidebarCompact(settings.compactSidebar());
    const QString last = settings.lastArea();
    if (m_ids.contains(last))
        showArea(last);
    const Theme theme = settings.theme();
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == idOf(theme));
}

void MainWindow::saveSession() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setLastArea(currentArea());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About CalfAtlas"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>CalfAtlas %1</h3>"
                   "<p>Learn the calf: an interactive atlas of the lower leg for anatomy students, and a guided "
                   "self-test for runners with a sore calf.</p>")
                    .arg(QStringLiteral(CALFATLAS_VERSION)));
    box.setInformativeText(tr("<p>The self-test suggests which calf muscle is the likelier source of soreness. "
                              "It is not a diagnosis and does not replace an examination by a clinician.</p>"
                              "<p>Everything stays on this computer: CalfAtlas never uses the network.</p>"
                              "<p>Free software under the MIT licence.</p>"));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::setUndoStack(const QString &id, QUndoStack *stack)
{
    m_undoGroup->addStack(stack);
    m_undoStacks.insert(id, stack);
    if (currentArea() == id)
        m_undoGroup->setActiveStack(stack);
}

} // namespace calfatlas::app
