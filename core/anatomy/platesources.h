// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace calfatlas::anatomy {

class KnowledgeBase;
class Plate;

// The structures of a plate left uncovered with `peeled` outer layers peeled away: those of the layers from
// there inwards, and detail shown only with a selection when `selected` shows it; in paint order.
QStringList structuresUncovered(const Plate &plate, int peeled, const QString &selected = {});

// The references behind a plate as it is drawn: for every structure in sight, the sources of its name
// (the standard vocabularies) and of where it lies (origin, insertion, articulation, nerve and blood supply);
// then, for the selected structure, every source its entry cites. Keys in order of first use, each once;
// ids the knowledge base does not know are skipped.
QStringList plateSources(const KnowledgeBase &base, const QStringList &inSight, const QString &selected = {});

} // namespace calfatlas::anatomy
