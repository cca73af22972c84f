#pragma once

#include <QStringList>

namespace calfatlas::app {

class MainWindow;
struct AppData;

// The ids of the areas addAreas() adds, in navigation order (for --view).
QStringList areaIds();

// Puts every feature's area into the main window, in navigation order.
void addAreas(MainWindow &window, AppData &data);

} // namespace calfatlas::app
