// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace calfatlas {
class Content;
}

namespace calfatlas::app {

class MainWindow;

// The ids of the areas addAreas() adds, in navigation order (for --view).
QStringList areaIds();

// Puts every feature's area into the main window, in navigation order.
void addAreas(MainWindow &window, const Content &data);

} // namespace calfatlas::app
