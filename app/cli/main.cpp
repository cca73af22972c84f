#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calfatlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("CalfAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALFATLAS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = calfatlas::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
