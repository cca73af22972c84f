// SPDX-License-Identifier: MIT
#pragma once

#include "learn/fsrs.h"
#include "learn/quiz.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::anatomy {
class KnowledgeBase;
}

namespace calfatlas::learn {

class LearnContent;

// One card of the study deck: a question that comes back, under an id that stays the same when the data
// around it changes: the question's own id, made of the relation and structure ids it asks about ("origin:soleus",
// "click:soleus", "innervated_by:soleus", "~innervated_by:tibial-nerve").
struct StudyCard {
    QString id;
    Question question;
};

// A card's id from its question: Question::id. For the kinds asked before the knowledge base had links that is
// still the kind's id, a colon and the structure's id, so the memory saved under those ids carries over.
QString cardIdOf(const Question &question);

// The plate the study deck's "Click the …" cards are asked on, and the structures on it.
QString studyPlatePath();
QStringList studyPlateIds();

// The kinds a study deck holds: finding structures on the plate, every kind a printed sheet holds, and the links of
// the knowledge base asked with choices. Clicking one of several muscles that fit some links stays in the quiz: its
// right answer changes from one asking to the next, which a card that comes back cannot show.
QList<QuestionKind> studyKinds();

// Every card the data makes: "Click the …" for each structure of `clickable` the knowledge base knows, then the
// questions of the other kinds. The same data gives the same cards, with the same choices, in the same order; a
// card whose id another card already has is left out.
QList<StudyCard> studyCards(const anatomy::KnowledgeBase &base, const LearnContent &content,
                            const QStringList &clickable, const QList<QuestionKind> &kinds = studyKinds());

// What is known of a card's memory after its reviews.
struct CardState {
    QString id;
    fsrs::MemoryState memory;
    QDate firstReview;
    QDate lastReview;
    QDate due;
    int reviews = 0;
    int lapses = 0; // reviews rated Again after the first

    bool isDue(const QDate &day) const { return due <= day; }
};

// The card's state after a review on `day` rated `rating`: a new card when `before` is empty. The elapsed time
// is the whole days since the previous review (none for a review on an earlier day than that one).
CardState reviewed(const QString &cardId, const std::optional<CardState> &before, fsrs::Rating rating,
                   const QDate &day);

// The probability of recalling a card on `day`, from its state (1 on the day of its review).
double recallProbability(const CardState &state, const QDate &day);

// What a day's study holds: the cards due (reviewed before and due by `day`) and the new cards allowed on top:
// `newPerDay` less the new cards already begun that day. Both are taken in turn from each kind (the kind of the
// card's question), so that a session mixes finding on the plate with choosing, and due cards come most overdue
// first.
struct StudyDay {
    QStringList due;
    QStringList fresh;
    QStringList order; // due and fresh together, mixed across kinds: the order they are asked in
};
StudyDay planDay(const QList<StudyCard> &cards, const QHash<QString, CardState> &states, const QDate &day,
                 int newPerDay, int newBegunToday);

// The suggested rating after an answer: Again after a wrong one, Good after a right one.
fsrs::Rating suggestedRating(bool right);

// The ids of a card and a rating, as saved: "again", "hard", "good", "easy".
QString idOf(fsrs::Rating rating);
std::optional<fsrs::Rating> ratingFromId(const QString &id);

} // namespace calfatlas::learn
