// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace calfatlas::app {

// A language CalfAtlas speaks: its code ("de") and its own name ("Deutsch").
struct Language {
    QString code;
    QString nativeName;
};

// English, German and Spanish.
QList<Language> languages();
bool isKnownLanguage(const QString &code);

// The language to use: `choice` when it is one CalfAtlas speaks, else the first of the system's preferred
// languages that it speaks, else English.
QString resolveLanguage(const QString &choice);

// Installs the translations of CalfAtlas and of Qt's own dialogs for a language (nothing for English) and
// returns the code in use. Safe to call once at start-up.
QString installLanguage(QCoreApplication &app, const QString &choice);

} // namespace calfatlas::app
