// SPDX-License-Identifier: MIT
#include "common/userfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace calfatlas {

bool writeUserFile(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        file.cancelWriting();
        if (error)
            *error = why;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // The temporary file becomes the file: make it the person's alone before anything is written into it.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(file.errorString());
    if (!write(file))
        return fail(file.errorString().isEmpty() ? QStringLiteral("the content could not be produced")
                                                 : file.errorString());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool writeUserFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeUserFile(
        path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); }, error);
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("CalfAtlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("CalfAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALFATLAS_VERSION));
}

} // namespace calfatlas
