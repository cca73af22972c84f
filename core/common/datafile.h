// SPDX-License-Identifier: MIT
#pragma once

#include "common/sourcedtext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace calfatlas {

class References;

// What is wrong with a data file, precise enough for a person to fix it: the file, the entry, the field.
struct DataError {
    QString file;
    QString entry; // the id of the entry, or empty for the file as a whole
    QString field; // the field inside the entry, or empty
    QString problem;

    QString message() const;
};

// Thrown by the readers below; loaders catch it at their boundary and return it as a value.
class DataFileException : public std::runtime_error {
public:
    explicit DataFileException(DataError error);
    const DataError &error() const { return m_error; }

private:
    DataError m_error;
};

// The translation context of the data files' texts (see resources/translations/).
inline constexpr char kDataTranslationContext[] = "CalfAtlasData";

// A data text in the app's language, looked up in `context`.
QString translatedDataText(const QString &english, const char *context = kDataTranslationContext);

// Reads a whole JSON file whose top level is an object; throws DataFileException naming the file.
QJsonObject readJsonObjectFile(const QString &path);

// Typed access to one JSON object with errors that name file, entry and field.
class JsonEntry {
public:
    // `translationContext` is where the entry's texts are looked up (it outlives the entry: a string literal).
    JsonEntry(QString file, QString entry, QJsonObject object,
              const char *translationContext = kDataTranslationContext);

    QString requiredString(const QString &field) const;
    QString optionalString(const QString &field) const;
    QStringList requiredStringList(const QString &field) const;
    QStringList optionalStringList(const QString &field) const;
    // The same for text a person reads: translated into the app's language when a translation is loaded
    // (in the entry's translation context), the English of the file otherwise.
    QString requiredText(const QString &field) const;
    QString optionalText(const QString &field) const;
    QStringList requiredTextList(const QString &field) const;
    QJsonArray requiredArray(const QString &field) const;
    QJsonObject requiredObject(const QString &field) const;
    double requiredNumber(const QString &field) const;
    bool has(const QString &field) const { return m_object.contains(field); }
    const QJsonObject &object() const { return m_object; }
    const QString &file() const { return m_file; }
    const QString &entry() const { return m_entry; }
    const char *translationContext() const { return m_context; }

    [[noreturn]] void fail(const QString &field, const QString &problem) const;

private:
    QString m_file;
    QString m_entry;
    QJsonObject m_object;
    const char *m_context;
};

// Whether a list of entries may be empty.
enum class EmptyList { Refuse, Allow };

// Calls visit(entry) for each object in the list `field` of `parent`, the entry named by its "id" or, without one,
// by its position ("tests #2").
template <typename Visit>
void forEachEntry(const JsonEntry &parent, const QString &field, EmptyList empty, Visit visit)
{
    const QJsonArray list = parent.requiredArray(field);
    if (list.isEmpty() && empty == EmptyList::Refuse)
        parent.fail(field, QStringLiteral("must list at least one entry"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            parent.fail(field, QStringLiteral("item %1 must be an object").arg(i + 1));
        const QJsonObject object = list.at(i).toObject();
        const QString label =
            object.value(QStringLiteral("id")).toString(QStringLiteral("%1 #%2").arg(field).arg(i + 1));
        visit(JsonEntry(parent.file(), label, object, parent.translationContext()));
    }
}

// The "text" and "sources" of an entry: the text in the app's language (its English kept), and at least one
// source, each of them in `references`.
SourcedText readSourcedText(const JsonEntry &entry, const References &references);
// The same for the object `value` held in `field` of `entry`; errors name the inner field ("origin.sources").
SourcedText readSourcedText(const JsonEntry &entry, const QString &field, const QJsonValue &value,
                            const References &references);
// Each object of the list `field` of `entry`; errors name the item ("actions[2].sources").
QList<SourcedText> readSourcedTextList(const JsonEntry &entry, const QString &field, const References &references);

} // namespace calfatlas
