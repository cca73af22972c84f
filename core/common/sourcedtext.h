// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace calfatlas {

// A text of the data files and the published sources behind it (keys into the references list).
struct SourcedText {
    QString text;        // in the app's language
    QString englishText; // as written in the data file, for code that reads its words
    QStringList sources;
};

} // namespace calfatlas
