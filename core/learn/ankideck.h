// SPDX-License-Identifier: MIT
#pragma once

#include "learn/studycards.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace calfatlas {
class References;
namespace anatomy {
class KnowledgeBase;
struct Identifier;
} // namespace anatomy
} // namespace calfatlas

namespace calfatlas::learn {

// One note of an Anki deck, made from a study card: its fields are HTML, as Anki shows them.
struct AnkiNote {
    QString cardId;     // the study card's id: the note's guid is made from it, so a new export updates notes
    QString front;      // the question (with the unmarked plate for a click card)
    QString back;       // the answer and its explanation (with the structure outlined for a click card)
    QString source;     // the full citations behind the answer
    QStringList tags;   // "calfatlas", the kind, the structure id and the structure's identifiers
    QStringList images; // the media files the fields show
};

// The notes of a deck: one per card. A click card's fields show `<card id>-front.png` and `-back.png` (with every
// character but letters, digits and '-' written as '-'); the caller supplies those images.
QList<AnkiNote> ankiNotes(const QList<StudyCard> &cards, const anatomy::KnowledgeBase &base,
                          const References &references);
// A standard identifier as an Anki tag, which holds no spaces and reads "::" as a level: the scheme's colon becomes
// an underscore ("UBERON:0001389" gives "UBERON_0001389", "FMA:22542" "FMA_22542"), and the TA98 and TA2 codes,
// which do not name their scheme, get it in front ("TA98_A04.7.02.047", "TA2_2660").
QString ankiIdentifierTag(const anatomy::Identifier &identifier);
// The file name a card's image has in the deck.
QString ankiImageName(const QString &cardId, bool back);

// Anki's plain-text import: tab-separated Front, Back, Source and Tags, with the #separator, #html, #deck and
// #tags column headers, without the images. Tabs and line breaks inside a field are written as spaces and <br>.
QByteArray ankiText(const QList<AnkiNote> &notes, const QString &deckName);

// Writes an Anki package (.apkg): a zip holding collection.anki2 (an Anki collection of schema 11, one note type
// Front/Back/Source, one deck, one new card per note), the media map and the media files, numbered. `media`
// maps each image name to its bytes; every image a note names must be there. `createdMs` dates the notes and
// seeds their ids. On failure returns false with the reason in *error and leaves no file behind.
bool writeAnkiPackage(const QString &path, const QList<AnkiNote> &notes, const QHash<QString, QByteArray> &media,
                      const QString &deckName, qint64 createdMs, QString *error);

// The cards a deck holds: all of them in deck order, or with a seed `count` of them drawn at random (the same for
// the same seed), or without one the first `count`. Throws QuizLimitError when count is outside 0 to the cards.
QList<StudyCard> deckCards(const QList<StudyCard> &cards, std::optional<std::uint32_t> seed,
                           std::optional<qsizetype> count);

// Anki's checksum of a note's sort field: the first 8 hex digits of the SHA-1 of the field with HTML tags removed.
qint64 ankiChecksum(const QString &sortField);

} // namespace calfatlas::learn
