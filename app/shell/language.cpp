// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace calfatlas::app {

QList<Language> languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool isKnownLanguage(const QString &code)
{
    for (const Language &language : languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString resolveLanguage(const QString &choice)
{
    if (isKnownLanguage(choice))
        return choice;
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        QString code = preferred.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isKnownLanguage(code))
            return code;
    }
    return QStringLiteral("en");
}

QString installLanguage(QCoreApplication &app, const QString &choice)
{
    QString code = resolveLanguage(choice);
    // Numbers follow the language shown (a decimal comma in German and Spanish, a point in English).
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en"))
        return code;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/calfatlas_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace calfatlas::app
