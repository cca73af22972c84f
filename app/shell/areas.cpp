#include "areas.h"

#include "appdata.h"
#include "explorer/explorerpage.h"
#include "mainwindow.h"
#include "welcomepage.h"

#include <QIcon>

namespace calfatlas::app {

QStringList areaIds()
{
    return {QStringLiteral("explore"), QStringLiteral("welcome")};
}

void addAreas(MainWindow &window, AppData &data)
{
    if (data.anatomy) {
        auto *explorer = new ExplorerPage(&*data.anatomy, &data.references, ExplorerPage::builtInViews(), &window);
        window.addArea(QStringLiteral("explore"), MainWindow::tr("Explore"),
                       MainWindow::tr("The interactive diagram of the lower leg"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-explore.svg")), explorer);
    }
    auto *welcome = new WelcomePage(&window);
    window.addArea(QStringLiteral("welcome"), MainWindow::tr("Welcome"), MainWindow::tr("What CalfAtlas is for"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-home.svg")), welcome);
}

} // namespace calfatlas::app
