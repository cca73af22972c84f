// SPDX-License-Identifier: MIT
// The study deck and its days: card ids that stay put, a review's schedule, and what a day asks, mixed across
// kinds with the new cards capped.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "learn/studycards.h"
#include "learn/studysession.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::learn;
using calfatlas::test::base;
using calfatlas::test::learnContent;

namespace {

QList<StudyCard> deck()
{
    return studyCards(base(), learnContent(), studyPlateIds());
}

TEST(StudyCards, EveryCardHasTheUniqueIdOfItsQuestion)
{
    const QList<StudyCard> cards = deck();
    ASSERT_GT(cards.size(), 20);
    QSet<QString> ids;
    int relations = 0;
    for (const StudyCard &card : cards) {
        EXPECT_FALSE(ids.contains(card.id)) << card.id.toStdString();
        ids.insert(card.id);
        EXPECT_EQ(card.id, card.question.id);
        if (card.question.kind == QuestionKind::Relation)
            ++relations;
        else // the ids saved before the links keep naming the same cards
            EXPECT_EQ(card.id, idOf(card.question.kind) + QLatin1Char(':') + card.question.structure);
        EXPECT_NE(base().find(card.question.structure), nullptr) << card.id.toStdString();
        EXPECT_TRUE(card.question.choices.contains(card.question.answer)) << card.id.toStdString();
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("click:soleus")));
    EXPECT_TRUE(ids.contains(QStringLiteral("origin:soleus")));
    EXPECT_TRUE(ids.contains(QStringLiteral("innervated_by:soleus")));
    EXPECT_TRUE(ids.contains(QStringLiteral("~innervated_by:tibial-nerve")));
    EXPECT_GT(relations, 10);
}

TEST(StudyCards, TheDeckHoldsEveryStudyKindAndTheClickCardsAreThePlatesStructures)
{
    QSet<QString> kinds;
    QStringList clicks;
    for (const StudyCard &card : deck()) {
        kinds.insert(idOf(card.question.kind));
        if (card.question.kind == QuestionKind::Click)
            clicks.append(card.question.structure);
    }
    for (QuestionKind kind : studyKinds())
        EXPECT_TRUE(kinds.contains(idOf(kind))) << idOf(kind).toStdString();
    QStringList onPlate;
    for (const QString &id : studyPlateIds()) {
        if (base().find(id))
            onPlate.append(id);
    }
    clicks.sort();
    onPlate.sort();
    EXPECT_EQ(clicks, onPlate);
}

TEST(StudyCards, TheSameDataGivesTheSameCardsAndChoices)
{
    const QList<StudyCard> first = deck();
    const QList<StudyCard> second = deck();
    ASSERT_EQ(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first.at(i).id, second.at(i).id);
        EXPECT_EQ(first.at(i).question.choices, second.at(i).question.choices);
    }
}

TEST(StudyCards, OnlyTheKindsAskedForAreDealt)
{
    const QList<StudyCard> cards = studyCards(base(), learnContent(), studyPlateIds(), {QuestionKind::Joints});
    ASSERT_FALSE(cards.isEmpty());
    for (const StudyCard &card : cards)
        EXPECT_EQ(card.question.kind, QuestionKind::Joints);
}

TEST(StudyReview, ANewCardIsScheduledAsTheSchedulerSaysAndCountsLapsesAfterwards)
{
    const QDate day(2026, 3, 1);
    const CardState first = reviewed(QStringLiteral("origin:soleus"), std::nullopt, fsrs::Rating::Good, day);
    const fsrs::Scheduled expected = fsrs::schedule(std::nullopt, 0, fsrs::Rating::Good);
    EXPECT_DOUBLE_EQ(first.memory.stability, expected.state.stability);
    EXPECT_EQ(first.due, day.addDays(expected.intervalDays));
    EXPECT_EQ(first.firstReview, day);
    EXPECT_EQ(first.reviews, 1);
    EXPECT_EQ(first.lapses, 0);

    const QDate later = day.addDays(5);
    const CardState second = reviewed(first.id, first, fsrs::Rating::Again, later);
    const fsrs::Scheduled lapse = fsrs::schedule(first.memory, 5, fsrs::Rating::Again);
    EXPECT_DOUBLE_EQ(second.memory.stability, lapse.state.stability);
    EXPECT_DOUBLE_EQ(second.memory.difficulty, lapse.state.difficulty);
    EXPECT_EQ(second.due, later.addDays(lapse.intervalDays));
    EXPECT_EQ(second.firstReview, day);
    EXPECT_EQ(second.lastReview, later);
    EXPECT_EQ(second.reviews, 2);
    EXPECT_EQ(second.lapses, 1);
}

TEST(StudyReview, RecallFallsToNinetyPercentAfterStabilityDays)
{
    CardState state;
    state.memory = {10.0, 5.0};
    state.lastReview = QDate(2026, 3, 1);
    EXPECT_DOUBLE_EQ(recallProbability(state, state.lastReview), 1.0);
    EXPECT_NEAR(recallProbability(state, state.lastReview.addDays(10)), 0.9, 1e-9);
    EXPECT_LT(recallProbability(state, state.lastReview.addDays(30)), 0.9);
}

CardState dueOn(const QString &id, const QDate &due)
{
    CardState state;
    state.id = id;
    state.memory = {3.0, 5.0};
    state.firstReview = state.lastReview = due.addDays(-3);
    state.due = due;
    state.reviews = 1;
    return state;
}

TEST(StudyDayPlan, DueCardsComeMostOverdueFirstAndNewOnesAreCapped)
{
    const QList<StudyCard> cards = deck();
    const QDate today(2026, 3, 10);
    QHash<QString, CardState> states;
    const StudyCard &a = cards.at(0);
    const StudyCard &b = cards.at(1);
    const StudyCard &later = cards.at(2);
    states.insert(a.id, dueOn(a.id, today));
    states.insert(b.id, dueOn(b.id, today.addDays(-4)));
    states.insert(later.id, dueOn(later.id, today.addDays(1)));
    const StudyDay plan = planDay(cards, states, today, 10, 3);
    EXPECT_EQ(plan.due, (QStringList{b.id, a.id}));
    EXPECT_EQ(plan.fresh.size(), 7) << "ten a day, three begun already";
    for (const QString &id : plan.fresh)
        EXPECT_FALSE(states.contains(id));
    EXPECT_EQ(plan.order.size(), 9);
    EXPECT_FALSE(plan.order.contains(later.id)) << "not due until tomorrow";
    EXPECT_TRUE(planDay(cards, states, today, 10, 12).fresh.isEmpty()) << "no new cards past the day's number";
}

TEST(StudyDayPlan, ADaysCardsAreMixedAcrossKinds)
{
    const QList<StudyCard> cards = deck();
    const StudyDay plan = planDay(cards, {}, QDate(2026, 3, 10), 12, 0);
    ASSERT_EQ(plan.order.size(), 12);
    QSet<QString> kinds;
    QHash<QString, QString> kindOf;
    for (const StudyCard &card : cards)
        kindOf.insert(card.id, idOf(card.question.kind));
    for (qsizetype i = 0; i < plan.order.size(); ++i) {
        kinds.insert(kindOf.value(plan.order.at(i)));
        if (i > 0)
            EXPECT_NE(kindOf.value(plan.order.at(i)), kindOf.value(plan.order.at(i - 1))) << "at " << i;
    }
    EXPECT_EQ(kinds.size(), qsizetype(studyKinds().size()));
}

TEST(StudyDayPlan, StatesOfCardsNoLongerInTheDeckAreLeftAside)
{
    const QList<StudyCard> cards = deck();
    const QDate today(2026, 3, 10);
    QHash<QString, CardState> states;
    states.insert(QStringLiteral("origin:gone"), dueOn(QStringLiteral("origin:gone"), today));
    const StudyDay plan = planDay(cards, states, today, 0, 0);
    EXPECT_TRUE(plan.order.isEmpty());
}

TEST(StudyRatings, IdsRoundTripAndTheSuggestionFollowsTheAnswer)
{
    for (fsrs::Rating rating : {fsrs::Rating::Again, fsrs::Rating::Hard, fsrs::Rating::Good, fsrs::Rating::Easy})
        EXPECT_EQ(ratingFromId(idOf(rating)), rating);
    EXPECT_EQ(idOf(fsrs::Rating::Hard), QStringLiteral("hard"));
    EXPECT_FALSE(ratingFromId(QStringLiteral("Good")));
    EXPECT_EQ(suggestedRating(false), fsrs::Rating::Again);
    EXPECT_EQ(suggestedRating(true), fsrs::Rating::Good);
}

} // namespace

namespace {

TEST(StudySessionFlow, EachCardIsAnsweredThenRatedOnceAndTheTallyAddsUp)
{
    StudySession session({QStringLiteral("click:soleus"), QStringLiteral("origin:soleus")});
    EXPECT_EQ(session.current(), QStringLiteral("click:soleus"));
    EXPECT_FALSE(session.rate(fsrs::Rating::Good)) << "a card is answered before it is rated";
    EXPECT_TRUE(session.answer(false));
    EXPECT_FALSE(session.answer(true)) << "one answer per card";
    EXPECT_FALSE(session.lastAnswerRight());
    EXPECT_TRUE(session.rate(fsrs::Rating::Again));
    EXPECT_EQ(session.current(), QStringLiteral("origin:soleus"));
    EXPECT_TRUE(session.answer(true));
    EXPECT_TRUE(session.rate(fsrs::Rating::Easy));
    EXPECT_TRUE(session.isFinished());
    EXPECT_TRUE(session.current().isEmpty());
    EXPECT_FALSE(session.answer(true));
    EXPECT_EQ(session.right(), 1);
    EXPECT_EQ(session.rated(), 2);
    EXPECT_EQ(session.ratedAs(fsrs::Rating::Again), 1);
    EXPECT_EQ(session.ratedAs(fsrs::Rating::Easy), 1);
    EXPECT_EQ(session.ratedAs(fsrs::Rating::Good), 0);
}

} // namespace
