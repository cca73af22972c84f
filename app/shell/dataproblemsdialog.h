// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QMessageBox;
class QWidget;

namespace calfatlas::app {

// A warning that names each data file that could not be loaded (file, entry and field), and says the
// app goes on without it. Not shown yet: the caller opens it.
QMessageBox *makeDataProblemsDialog(QWidget *parent, const QStringList &problems);

} // namespace calfatlas::app
