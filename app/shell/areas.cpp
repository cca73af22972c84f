#include "areas.h"

#include "appdata.h"
#include "explorer/explorerpage.h"
#include "wizard/selftestarea.h"
#include "mainwindow.h"
#include "welcomepage.h"

#include <QIcon>

namespace calfatlas::app {

QStringList areaIds()
{
    return {QStringLiteral("explore"), QStringLiteral("selftest"), QStringLiteral("welcome")};
}

void addAreas(MainWindow &window, AppData &data)
{
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
    window.addArea(QStringLiteral("welcome"), MainWindow::tr("Welcome"), MainWindow::tr("What CalfAtlas is for"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-home.svg")), [] { return new WelcomePage; });
}

} // namespace calfatlas::app
