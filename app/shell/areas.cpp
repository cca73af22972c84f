#include "areas.h"

#include "appdata.h"
#include "mainwindow.h"
#include "welcomepage.h"

#include <QIcon>

namespace calfatlas::app {

QStringList areaIds()
{
    return {QStringLiteral("welcome")};
}

void addAreas(MainWindow &window, AppData &data)
{
    Q_UNUSED(data);
    auto *welcome = new WelcomePage(&window);
    window.addArea(QStringLiteral("welcome"), MainWindow::tr("Welcome"), MainWindow::tr("What CalfAtlas is for"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-home.svg")), welcome);
}

} // namespace calfatlas::app
