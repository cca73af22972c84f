// SPDX-License-Identifier: MIT
#pragma once

#include "learn/ankideck.h"

#include <QCoreApplication>

namespace calfatlas::anatomy {
class Plate;
}

namespace calfatlas::app {

// The images of a "Click the …" card: the plate as the card asks it (the layers above the structure peeled
// away) unmarked for the front, and with the structure outlined for the back, as PNG.
struct CardImages {
    QByteArray front;
    QByteArray back;
};
CardImages cardImages(const anatomy::Plate &plate, const QString &structureId, int width = 640);

enum class DeckFormat { Package, Text };

// What an export wrote, or why it did not.
struct DeckExportResult {
    bool ok = false;
    QString message;
    int notes = 0;
    int images = 0;
};

// Writes the cards as an Anki package (with the plate images of the click cards) or as Anki's plain text, to a
// file of the person's own written at once (QSaveFile).
DeckExportResult exportDeck(DeckFormat format, const QString &path, const QList<learn::StudyCard> &cards,
                            const anatomy::KnowledgeBase &base, const References &references);

// The deck's name in Anki.
QString deckName();

} // namespace calfatlas::app
