// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/structure.h"
#include "common/references.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace calfatlas::anatomy {

// A layer of the diagram, peeled from the outside in.
struct Layer {
    QString id;
    QString name;
};

// An entry that links to another, seen from the other's side: `from` links to it through `relation`.
struct Backlink {
    Relation relation;
    QString from;
};

// Every structure CalfAtlas knows, loaded from resources/data/anatomy.json and validated against the references.
class KnowledgeBase {
public:
    // Throws DataFileException naming the file, the entry and the field when the data is malformed or incomplete.
    static KnowledgeBase load(const QString &path, const References &references);
    static KnowledgeBase builtIn(const References &references);
    static QString builtInPath();

    const QList<Structure> &structures() const { return m_structures; }
    const QList<Layer> &layers() const { return m_layers; } // outside first
    const Structure *find(const QString &id) const;
    QStringList ids() const;
    QList<const Structure *> inLayer(const QString &layerId) const;
    // Position of a layer from the outside (0 = skin), or -1.
    int layerDepth(const QString &layerId) const;

    // Structures whose name, Latin name or an alias matches the query (case-insensitive), best first:
    // whole-name matches, then names starting with it, then words starting with it, then any substring.
    QList<const Structure *> search(const QString &query) const;

    // Every link to an entry from the others, in relation order, then in the data's order.
    QList<Backlink> linksTo(const QString &id) const;
    // The entries that link to `target` through `relation`, in the data's order.
    QStringList linking(Relation relation, const QString &target) const;
    QStringList idsOfKind(Kind kind) const;

    // The ids closest to a mistyped id (by edit distance), nearest first, at most `count`.
    QStringList nearestIds(const QString &id, int count = 3) const;

private:
    // Throws when a link names an unknown entry, the entry itself or an entry of the wrong kind.
    void checkLinks(const QString &fileName, const Structure &structure) const;

    QList<Layer> m_layers;
    QList<Structure> m_structures;
};

// Edit distance between two strings (insertions, deletions, substitutions), for "did you mean".
int editDistance(const QString &a, const QString &b);

} // namespace calfatlas::anatomy
