// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/structure.h"
#include "common/references.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace calfatlas::anatomy {
class KnowledgeBase;
}

namespace calfatlas::learn {

using anatomy::Fact;

// One step of the guided tour: its words and what the diagram shows while it is read.
struct TourStep {
    QString id;
    QString title;
    QList<Fact> paragraphs;
    QString view;   // plate id: "posterior", "lateral", "cross-section"
    QString peel;   // the layer id left outermost (everything above it peeled away)
    QString select; // knowledge-base id of the structure highlighted
    bool labels = true;
};

// A self-test as the quiz and the comparison reason about it: which way the knee is held.
struct SelfTestPosition {
    QString id;   // "bench", "wall"
    QString name; // "The bench test (knee bent)"
    bool kneeBent = false;
    Fact why; // why this position loads what it loads
};

// One column of the side-by-side comparison: a muscle, made of one or more knowledge-base structures.
struct CompareColumn {
    QString title;
    QStringList structures;
};

// One row: either a section of the knowledge base (origin, insertion, joints, fibre_types) or cells of its own.
struct CompareRow {
    QString id;
    QString title;
    QString section;   // empty when the row brings its own cells
    QList<Fact> cells; // one per column when `section` is empty
};

// The words of the Learn area (tour, comparison, self-test positions, the "what this is not" page), loaded from
// resources/data/learn.json and validated against the references and the knowledge base.
class LearnContent {
public:
    // Throws DataFileException naming file, entry and field when the data is malformed or cites what is unknown.
    static LearnContent load(const QString &path, const References &references, const anatomy::KnowledgeBase &base);
    static LearnContent builtIn(const References &references, const anatomy::KnowledgeBase &base);
    static QString builtInPath();

    const QList<TourStep> &tour() const { return m_tour; }
    const QList<SelfTestPosition> &tests() const { return m_tests; }
    // The alias that marks the muscles the self-tests separate ("triceps surae").
    const QString &testGroup() const { return m_testGroup; }
    const QList<CompareColumn> &compareColumns() const { return m_columns; }
    const QList<CompareRow> &compareRows() const { return m_rows; }
    const QList<Fact> &about() const { return m_about; }

private:
    QList<TourStep> m_tour;
    QList<SelfTestPosition> m_tests;
    QString m_testGroup;
    QList<CompareColumn> m_columns;
    QList<CompareRow> m_rows;
    QList<Fact> m_about;
};

// The knowledge-base sections a comparison row may name.
QStringList compareSections();

} // namespace calfatlas::learn
