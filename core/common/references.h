// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace calfatlas {

class JsonEntry;

// One published source that facts in the data cite by key.
struct Reference {
    QString key;
    QString shortLabel; // "Moore 2018": what a fact shows next to itself
    QString citation;   // the full citation for the References list
    QString kind;       // textbook, paper, chapter, guidance, article
    QString doi;        // may be empty
};

// The list of sources every data file of CalfAtlas cites into.
class References {
public:
    // Loads and validates a references file; throws DataFileException naming file, entry and field.
    static References load(const QString &path);
    // The list built into the app.
    static References builtIn();
    static QString builtInPath();

    const Reference *find(const QString &key) const;
    const QList<Reference> &all() const { return m_references; }
    bool isEmpty() const { return m_references.isEmpty(); }

    // Throws (naming the entry and field) unless every key is a known reference and there is at least one.
    void requireKnown(const JsonEntry &entry, const QString &field, const QStringList &keys) const;

    // "Moore 2018; Grieve 1978" for a list of keys, skipping unknown keys.
    QString shortLabels(const QStringList &keys) const;

private:
    QList<Reference> m_references;
};

} // namespace calfatlas
