// SPDX-License-Identifier: MIT
#include "cli.h"
#include "common/userfile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app's: both find the history in the same folder.
    calfatlas::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = calfatlas::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
