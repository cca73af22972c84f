// SPDX-License-Identifier: MIT
#include "platesources.h"

#include "knowledgebase.h"
#include "plate.h"

namespace calfatlas::anatomy {

namespace {

void addAll(QStringList &keys, const QStringList &more)
{
    for (const QString &key : more) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
}

// The sections that say where a structure is, which is what a plate draws.
bool placesTheStructure(Section section)
{
    switch (section) {
    case Section::Articulation:
    case Section::Origin:
    case Section::Insertion:
    case Section::Innervation:
    case Section::BloodSupply: return true;
    default: return false;
    }
}

} // namespace

QStringList structuresUncovered(const Plate &plate, int peeled, const QString &selected)
{
    const QStringList shown = plate.shownWhenSelected(selected);
    QStringList ids;
    for (const PlatePiece &piece : plate.pieces()) {
        if (!piece.isStructure || piece.layer < peeled || ids.contains(piece.id))
            continue;
        if (!piece.shownWith.isEmpty() && !shown.contains(piece.id))
            continue;
        ids.append(piece.id);
    }
    return ids;
}

QStringList plateSources(const KnowledgeBase &base, const QStringList &inSight, const QString &selected)
{
    QStringList keys;
    for (const QString &id : inSight) {
        const Structure *structure = base.find(id);
        if (!structure)
            continue;
        for (const Identifier &identifier : structure->identifiers)
            addAll(keys, {identifier.source});
        for (const SectionFacts &section : structure->sections()) {
            if (!placesTheStructure(section.section))
                continue;
            for (const Fact &fact : section.facts)
                addAll(keys, fact.sources);
        }
    }
    if (const Structure *chosen = base.find(selected))
        addAll(keys, chosen->allSources());
    return keys;
}

} // namespace calfatlas::anatomy
