// SPDX-License-Identifier: MIT
#pragma once

#include "learn/studycards.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::learn {

// How well a structure is known today, from the memory of the study cards that ask about it (Question::structure).
struct StructureRecall {
    // The lowest probability of recall today among its cards studied before; none when none of them is. The weakest
    // card decides: finding the soleus on the plate without knowing its nerve is not knowing the soleus yet, and
    // the card forgotten first is the one to study. Cards never studied do not count: they are new, not forgotten.
    std::optional<double> recall;
    int studied = 0; // its cards studied before
    int cards = 0;   // its cards in the deck
};
QHash<QString, StructureRecall> recallByStructure(const QList<StudyCard> &cards,
                                                  const QHash<QString, CardState> &states, const QDate &day);

// The steps of the scale the plate is tinted with, weakest first after "not studied yet".
enum class RecallBand {
    NotStudied,
    Weak,   // below 50 %
    Fading, // 50 % to below 80 %
    Fair,   // 80 % to below 90 %
    Strong, // 90 % and above: as well as the scheduler aims to keep every card
};
QList<RecallBand> recallBands();
RecallBand recallBand(const std::optional<double> &recall);
// The lowest recall of a band (0 for Weak and NotStudied).
double bandFloor(RecallBand band);

// The studied cards least likely to be recalled today, lowest first (equal ones by id), at most `count`: what a
// session on the weakest asks.
QStringList weakestCards(const QList<StudyCard> &cards, const QHash<QString, CardState> &states, const QDate &day,
                         int count);

} // namespace calfatlas::learn
