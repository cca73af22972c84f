// SPDX-License-Identifier: MIT
#include "common/references.h"

#include "common/datafile.h"

#include <QSet>

namespace calfatlas {

QString References::builtInPath()
{
    return QStringLiteral(":/calfatlas/data/references.json");
}

References References::builtIn()
{
    return load(builtInPath());
}

References References::load(const QString &path)
{
    const QJsonObject root = readJsonObjectFile(path);
    const JsonEntry top(path.startsWith(QLatin1Char(':')) ? QStringLiteral("references.json") : path, {}, root);
    References result;
    QSet<QString> seen;
    const QJsonArray list = top.requiredArray(QStringLiteral("references"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            top.fail(QStringLiteral("references"), QStringLiteral("item %1 must be an object").arg(i + 1));
        const QJsonObject object = list.at(i).toObject();
        const QString label = object.value(QStringLiteral("key")).toString(QStringLiteral("#%1").arg(i + 1));
        const JsonEntry entry(top.file(), label, object);
        Reference reference{entry.requiredString(QStringLiteral("key")), entry.requiredString(QStringLiteral("short")),
                            entry.requiredString(QStringLiteral("citation")),
                            entry.requiredString(QStringLiteral("kind")), entry.optionalString(QStringLiteral("doi"))};
        if (seen.contains(reference.key))
            entry.fail(QStringLiteral("key"), QStringLiteral("is used by another reference already"));
        seen.insert(reference.key);
        result.m_references.append(reference);
    }
    if (result.m_references.isEmpty())
        top.fail(QStringLiteral("references"), QStringLiteral("must list at least one reference"));
    return result;
}

const Reference *References::find(const QString &key) const
{
    for (const Reference &reference : m_references) {
        if (reference.key == key)
            return &reference;
    }
    return nullptr;
}

void References::requireKnown(const JsonEntry &entry, const QString &field, const QStringList &keys) const
{
    if (keys.isEmpty())
        entry.fail(field, QStringLiteral("must cite at least one source"));
    for (const QString &key : keys) {
        if (!find(key))
            entry.fail(field, QStringLiteral("cites \"%1\", which is not in the references list").arg(key));
    }
}

QString References::shortLabels(const QStringList &keys) const
{
    QStringList labels;
    for (const QString &key : keys) {
        if (const Reference *reference = find(key))
            labels.append(reference->shortLabel);
    }
    return labels.join(QStringLiteral("; "));
}

} // namespace calfatlas
