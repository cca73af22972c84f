// SPDX-License-Identifier: MIT
#include "learn/studycards.h"

#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "learn/learncontent.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace calfatlas::learn {

namespace {

// The deck's choices are drawn once, the same for everyone: a card keeps its wrong choices from day to day.
constexpr std::uint32_t kDeckSeed = 1;

constexpr std::array<const char *, 4> kRatingIds{"again", "hard", "good", "easy"};

// Takes one card from each kind in turn, the kinds in the order they first appear, until all are taken.
QStringList mixedAcrossKinds(const QStringList &ids, const QHash<QString, QuestionKind> &kindOf)
{
    QList<QuestionKind> kinds;
    QMap<QuestionKind, QStringList> byKind;
    for (const QString &id : ids) {
        const QuestionKind kind = kindOf.value(id);
        if (!kinds.contains(kind))
            kinds.append(kind);
        byKind[kind].append(id);
    }
    QStringList mixed;
    for (qsizetype round = 0; mixed.size() < ids.size(); ++round) {
        for (const QuestionKind kind : std::as_const(kinds)) {
            if (round < byKind.value(kind).size())
                mixed.append(byKind.value(kind).at(round));
        }
    }
    return mixed;
}

} // namespace

QString cardIdOf(const Question &question)
{
    return question.id;
}

QString studyPlatePath()
{
    return QStringLiteral(":/calfatlas/art/posterior.svg");
}

QStringList studyPlateIds()
{
    return anatomy::Plate::fromFile(studyPlatePath()).structureIds();
}

QList<QuestionKind> studyKinds()
{
    return QList<QuestionKind>{QuestionKind::Click} + sheetKinds() + QList<QuestionKind>{QuestionKind::Relation};
}

QList<StudyCard> studyCards(const anatomy::KnowledgeBase &base, const LearnContent &content,
                            const QStringList &clickable, const QList<QuestionKind> &kinds)
{
    const QuizGenerator generator(base, content);
    QList<Question> questions;
    if (kinds.contains(QuestionKind::Click)) {
        QSet<QString> known;
        for (const QString &id : clickable) {
            if (base.find(id))
                known.insert(id);
        }
        questions += generator.clickRound(kDeckSeed, clickable, known.size());
    }
    QList<QuestionKind> others = kinds;
    others.removeAll(QuestionKind::Click);
    questions += generator.generate(kDeckSeed, generator.available(others), others);
    QList<StudyCard> cards;
    QSet<QString> ids;
    for (const Question &question : std::as_const(questions)) {
        const QString id = cardIdOf(question);
        if (!ids.contains(id)) {
            ids.insert(id);
            cards.append({id, question});
        }
    }
    return cards;
}

CardState reviewed(const QString &cardId, const std::optional<CardState> &before, fsrs::Rating rating, const QDate &day)
{
    CardState after = before.value_or(CardState{});
    after.id = cardId;
    const int elapsed = before ? std::max<qint64>(0, before->lastReview.daysTo(day)) : 0;
    const fsrs::Scheduled next = fsrs::schedule(before ? std::optional(before->memory) : std::nullopt, elapsed, rating);
    after.memory = next.state;
    if (!before)
        after.firstReview = day;
    else if (rating == fsrs::Rating::Again)
        ++after.lapses;
    after.lastReview = day;
    after.due = day.addDays(next.intervalDays);
    ++after.reviews;
    return after;
}

double recallProbability(const CardState &state, const QDate &day)
{
    const double elapsed = double(std::max<qint64>(0, state.lastReview.daysTo(day)));
    return fsrs::retrievability(elapsed, state.memory.stability);
}

StudyDay planDay(const QList<StudyCard> &cards, const QHash<QString, CardState> &states, const QDate &day,
                 int newPerDay, int newBegunToday)
{
    QList<const CardState *> due;
    QStringList unseen;
    QHash<QString, QuestionKind> kindOf;
    for (const StudyCard &card : cards) {
        kindOf.insert(card.id, card.question.kind);
        const auto state = states.constFind(card.id);
        if (state == states.constEnd())
            unseen.append(card.id);
        else if (state->isDue(day))
            due.append(&*state);
    }
    std::stable_sort(due.begin(), due.end(), [](const CardState *a, const CardState *b) { return a->due < b->due; });
    StudyDay plan;
    for (const CardState *state : std::as_const(due))
        plan.due.append(state->id);
    plan.due = mixedAcrossKinds(plan.due, kindOf);
    plan.fresh = mixedAcrossKinds(unseen, kindOf).mid(0, std::max(0, newPerDay - newBegunToday));
    plan.order = mixedAcrossKinds(plan.due + plan.fresh, kindOf);
    return plan;
}

fsrs::Rating suggestedRating(bool right)
{
    return right ? fsrs::Rating::Good : fsrs::Rating::Again;
}

QString idOf(fsrs::Rating rating)
{
    return QString::fromLatin1(kRatingIds.at(std::size_t(rating) - 1));
}

std::optional<fsrs::Rating> ratingFromId(const QString &id)
{
    for (std::size_t i = 0; i < kRatingIds.size(); ++i) {
        if (id == QLatin1String(kRatingIds.at(i)))
            return fsrs::Rating(int(i) + 1);
    }
    return std::nullopt;
}

} // namespace calfatlas::learn
