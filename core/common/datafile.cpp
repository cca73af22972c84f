// SPDX-License-Identifier: MIT
#include "common/datafile.h"

#include "common/references.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace calfatlas {

QString DataError::message() const
{
    QString where = file;
    if (!entry.isEmpty())
        where += QStringLiteral(", entry \"%1\"").arg(entry);
    if (!field.isEmpty())
        where += QStringLiteral(", field \"%1\"").arg(field);
    return QStringLiteral("%1: %2").arg(where, problem);
}

DataFileException::DataFileException(DataError error)
    : std::runtime_error(error.message().toStdString()), m_error(std::move(error))
{
}

static int lineOfOffset(const QByteArray &bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

QJsonObject readJsonObjectFile(const QString &path)
{
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataFileException({name, {}, {}, QStringLiteral("cannot be read (%1)").arg(file.errorString())});
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw DataFileException({name,
                                 {},
                                 {},
                                 QStringLiteral("is not valid JSON: %1 at line %2")
                                     .arg(parseError.errorString())
                                     .arg(lineOfOffset(bytes, parseError.offset))});
    if (!document.isObject())
        throw DataFileException({name, {}, {}, QStringLiteral("must hold a JSON object at the top level")});
    return document.object();
}

JsonEntry::JsonEntry(QString file, QString entry, QJsonObject object, const char *translationContext)
    : m_file(std::move(file)), m_entry(std::move(entry)), m_object(std::move(object)), m_context(translationContext)
{
}

void JsonEntry::fail(const QString &field, const QString &problem) const
{
    throw DataFileException({m_file, m_entry, field, problem});
}

QString JsonEntry::requiredString(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        fail(field, QStringLiteral("is missing"));
    if (!value.isString())
        fail(field, QStringLiteral("must be a text string"));
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        fail(field, QStringLiteral("must not be empty"));
    return text;
}

QString JsonEntry::optionalString(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        fail(field, QStringLiteral("must be a text string"));
    return value.toString().trimmed();
}

QStringList JsonEntry::optionalStringList(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        fail(field, QStringLiteral("must be a list of text strings"));
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
            fail(field, QStringLiteral("item %1 must be a non-empty text string").arg(i + 1));
        result.append(array.at(i).toString().trimmed());
    }
    return result;
}

QString translatedDataText(const QString &english, const char *context)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate(context, english.toUtf8().constData());
}

QString JsonEntry::requiredText(const QString &field) const
{
    return translatedDataText(requiredString(field), m_context);
}

QString JsonEntry::optionalText(const QString &field) const
{
    return translatedDataText(optionalString(field), m_context);
}

QStringList JsonEntry::requiredTextList(const QString &field) const
{
    QStringList texts = requiredStringList(field);
    for (QString &text : texts)
        text = translatedDataText(text, m_context);
    return texts;
}

QStringList JsonEntry::requiredStringList(const QString &field) const
{
    if (!m_object.contains(field))
        fail(field, QStringLiteral("is missing"));
    QStringList result = optionalStringList(field);
    if (result.isEmpty())
        fail(field, QStringLiteral("must list at least one item"));
    return result;
}

QJsonArray JsonEntry::requiredArray(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        fail(field, QStringLiteral("is missing"));
    if (!value.isArray())
        fail(field, QStringLiteral("must be a list"));
    return value.toArray();
}

QJsonObject JsonEntry::requiredObject(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        fail(field, QStringLiteral("is missing"));
    if (!value.isObject())
        fail(field, QStringLiteral("must be an object"));
    return value.toObject();
}

double JsonEntry::requiredNumber(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        fail(field, QStringLiteral("is missing"));
    if (!value.isDouble())
        fail(field, QStringLiteral("must be a number"));
    return value.toDouble();
}

SourcedText readSourcedText(const JsonEntry &entry, const References &references)
{
    SourcedText text;
    text.englishText = entry.requiredString(QStringLiteral("text"));
    text.text = translatedDataText(text.englishText, entry.translationContext());
    text.sources = entry.optionalStringList(QStringLiteral("sources"));
    references.requireKnown(entry, QStringLiteral("sources"), text.sources);
    return text;
}

SourcedText readSourcedText(const JsonEntry &entry, const QString &field, const QJsonValue &value,
                            const References &references)
{
    if (!value.isObject())
        entry.fail(field, QStringLiteral("must be an object with \"text\" and \"sources\""));
    try {
        return readSourcedText(JsonEntry(entry.file(), entry.entry(), value.toObject(), entry.translationContext()),
                               references);
    } catch (const DataFileException &error) {
        entry.fail(field + QLatin1Char('.') + error.error().field, error.error().problem);
    }
}

QList<SourcedText> readSourcedTextList(const JsonEntry &entry, const QString &field, const References &references)
{
    const QJsonArray list = entry.requiredArray(field);
    QList<SourcedText> texts;
    for (qsizetype i = 0; i < list.size(); ++i)
        texts.append(readSourcedText(entry, QStringLiteral("%1[%2]").arg(field).arg(i + 1), list.at(i), references));
    return texts;
}

} // namespace calfatlas
