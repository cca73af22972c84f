#include "mainwindow.h"

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
    m_navigation->setFixedWidth(190);
    styleNavigation();

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_ids.size())
            return;
        m_pages->setCurrentIndex(row);
        emit areaChanged(m_ids.at(row));
    });

    buildMenus();
    resize(1180, 760);
}

// Style sheets do not follow palette changes, so the sidebar's is rebuilt from the palette whenever it changes.
void MainWindow::styleNavigation()
{
    const QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    const QColor selected = mix(window, p.color(QPalette::Highlight), 0.22);
    const QColor hover = mix(window, p.color(QPalette::WindowText), 0.07);
    const QColor border = mix(window, p.color(QPalette::WindowText), 0.12);
    m_navigation->setStyleSheet(
        QStringLiteral(
            "QListWidget#navigation { background: %1; border: none; border-right: 1px solid %2;"
            "  padding-top: 10px; outline: 0; }"
            "QListWidget#navigation::item { padding: 9px 10px; margin: 2px 10px; border-radius: 7px; color: %3; }"
            "QListWidget#navigation::item:hover { background: %4; }"
            "QListWidget#navigation::item:selected { background: %5; color: %3; font-weight: 600; }")
            .arg(window.name(), border.name(), p.color(QPalette::WindowText).name(), hover.name(), selected.name()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        styleNavigation();
    QMainWindow::changeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Ctrl+Q on every platform, whatever the platform's own binding for Quit.
    QList<QKeySequence> quitKeys{QKeySequence(Qt::CTRL | Qt::Key_Q)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Quit)) {
        if (!quitKeys.contains(key))
            quitKeys.append(key);
    }
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_themeSeparator = m_viewMenu->addSeparator();
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Appearance"));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CalfAtlas"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::addArea(const QString &id, const QString &title, const QString &toolTip, const QIcon &icon,
                         QWidget *page)
{
    m_ids.append(id);
    page->setObjectName(id + QStringLiteral("Area"));
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setToolTip(toolTip);
    item->setData(Qt::AccessibleDescriptionRole, toolTip);

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

QWidget *MainWindow::areaPage(const QString &id) const
{
    const int row = int(m_ids.indexOf(id));
    return row >= 0 ? m_pages->widget(row) : nullptr;
}

void MainWindow::restoreSession()
{
    Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        if (const QScreen *screen = QApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            resize(qMin(1280, available.width()), qMin(800, available.height()));
        }
    }
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

} // namespace calfatlas::app
