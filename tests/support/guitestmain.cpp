// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Widget tests never need a display, and never touch the user's real settings or data.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CalfAtlasTests"));
    QApplication::setOrganizationName(QStringLiteral("CalfAtlas"));
    // The screenshot renderers can show a translation: CALFATLAS_TEST_QM=build/app/i18n/calfatlas_de.qm.
    QTranslator translator;
    if (!qEnvironmentVariableIsEmpty("CALFATLAS_TEST_QM")) {
        const QString qm = qEnvironmentVariable("CALFATLAS_TEST_QM");
        if (!translator.load(qm)) {
            fprintf(stderr, "cannot load the translation %s\n", qPrintable(qm));
            return 2;
        }
        QApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QFileInfo(qm).completeBaseName().section(QLatin1Char('_'), -1)));
    }
    return RUN_ALL_TESTS();
}
