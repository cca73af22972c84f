// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace calfatlas::test {

// Writes a changed copy of a JSON file into a temporary folder, for tests of broken data.
class JsonFixture {
public:
    explicit JsonFixture(const QString &original)
    {
        QFile file(original);
        if (file.open(QIODevice::ReadOnly))
            m_object = QJsonDocument::fromJson(file.readAll()).object();
    }

    QJsonObject &object() { return m_object; }

    // Writes the (changed) object as `name` and returns its path.
    QString write(const QString &name = QStringLiteral("fixture.json")) const
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(m_object).toJson());
        return path;
    }

    // Writes raw bytes as `name` and returns its path.
    QString writeRaw(const QByteArray &bytes, const QString &name = QStringLiteral("raw.json")) const
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }

private:
    QTemporaryDir m_dir;
    QJsonObject m_object;
};

} // namespace calfatlas::test
