// SPDX-License-Identifier: MIT
#include "cli.h"
#include "common/userfile.h"
#include "platecommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Drawing a plate needs fonts and widgets, not a display: the offscreen platform unless one is asked for.
    std::unique_ptr<QCoreApplication> app;
    if (calfatlas::cli::needsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the app's: both find the history in the same folder.
    calfatlas::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = calfatlas::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
