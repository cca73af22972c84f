// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace calfatlas {

// Writes a file of the person's own atomically (QSaveFile) with mode 0600: either the whole new file is
// there or the old one is untouched. `write` fills the device and returns false to abandon. On failure
// returns false with a reason in *error.
bool writeUserFile(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error = nullptr);
bool writeUserFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// The names both calfatlas and calfatlas-cli run under, so that they share one data folder (and the settings).
void setApplicationIdentity();

} // namespace calfatlas
