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
        window.addArea(QStringLiteral("explore"), MainWindow::tr("Explore"),
                       MainWindow::tr("The interactive diagram of the lower leg"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-explore.svg")), [&data] {
                           return new ExplorerPage(&*data.anatomy, &data.references, ExplorerPage::builtInViews());
                       });
    }
    window.addArea(QStringLiteral("welcome"), MainWindow::tr("Welcome"), MainWindow::tr("What CalfAtlas is for"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-home.svg")), [] { return new WelcomePage; });
}

} // namespace calfatlas::app
