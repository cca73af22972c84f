#include "areas.h"

#include "appdata.h"
#include "explorer/explorerpage.h"
#include "mainwindow.h"
#include "movement/movementpage.h"
#include "welcomepage.h"
#include "wizard/selftestarea.h"
#include "wizard/selftestwizard.h"

#include <QIcon>

namespace calfatlas::app {

QStringList areaIds()
{
    return {QStringLiteral("explore"), QStringLiteral("selftest"), QStringLiteral("movement"),
            QStringLiteral("welcome")};
}

namespace {

// Opens the atlas on a structure, from any area's "show me".
void showStructure(MainWindow &window, const QString &id)
{
    if (auto *explorer = qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")))) {
        window.showArea(QStringLiteral("explore"));
        explorer->selectStructure(id);
    }
}

// Opens the self-test at a step, from another area's link.
void showSelfTestStep(MainWindow &window, const QString &step)
{
    if (auto *area = qobject_cast<SelfTestArea *>(window.areaPage(QStringLiteral("selftest")))) {
        window.showArea(QStringLiteral("selftest"));
        area->wizard()->showStep(step);
    }
}

// The links between areas, made as each area's page is built.
void connectArea(MainWindow &window, QWidget *page)
{
    if (auto *area = qobject_cast<SelfTestArea *>(page)) {
        QObject::connect(area->wizard(), &SelfTestWizard::showStructureRequested, &window,
                         [&window](const QString &id) { showStructure(window, id); });
    } else if (auto *movement = qobject_cast<MovementPage *>(page)) {
        QObject::connect(movement, &MovementPage::showStructureRequested, &window,
                         [&window](const QString &id) { showStructure(window, id); });
        QObject::connect(movement, &MovementPage::selfTestStepRequested, &window,
                         [&window](const QString &step) { showSelfTestStep(window, step); });
    } else if (auto *welcome = qobject_cast<WelcomePage *>(page)) {
        if (window.areaIds().contains(QStringLiteral("explore")))
            welcome->addCardButton(WelcomePage::Audience::Students, MainWindow::tr("Open the atlas"),
                                   [&window] { window.showArea(QStringLiteral("explore")); });
        if (window.areaIds().contains(QStringLiteral("selftest")))
            welcome->addCardButton(WelcomePage::Audience::Runners, MainWindow::tr("Start the self-test"),
                                   [&window] { showSelfTestStep(window, QStringLiteral("intro")); });
    }
}

} // namespace

void addAreas(MainWindow &window, AppData &data)
{
    QObject::connect(&window, &MainWindow::areaCreated, &window,
                     [&window](const QString &, QWidget *page) { connectArea(window, page); });
    if (data.anatomy) {
        window.addArea(QStringLiteral("explore"), MainWindow::tr("Explore"),
                       MainWindow::tr("The interactive diagram of the lower leg"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-explore.svg")), [&data] {
                           return new ExplorerPage(&*data.anatomy, &data.references, ExplorerPage::builtInViews());
                       });
    }
    if (data.selfTest) {
        window.addArea(QStringLiteral("selftest"), MainWindow::tr("Self-test"),
                       MainWindow::tr("A guided test for a sore calf: soleus or gastrocnemius?"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-selftest.svg")),
                       [&data] { return new SelfTestArea(&*data.selfTest, &data.references); });
    }
    window.addArea(QStringLiteral("movement"), MainWindow::tr("Movement"),
                   MainWindow::tr("A moving knee and ankle: why each test stretches its muscle"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-movement.svg")),
                   [&data] { return new MovementPage(&data.references); });
    window.addArea(QStringLiteral("welcome"), MainWindow::tr("Welcome"), MainWindow::tr("What CalfAtlas is for"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-home.svg")), [] { return new WelcomePage; });
}

} // namespace calfatlas::app
