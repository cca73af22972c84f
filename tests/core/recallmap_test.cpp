// SPDX-License-Identifier: MIT
// Knowledge on the plate: a structure's recall is its weakest studied card's, on a scale of bands, and a session
// on the weakest asks the cards least likely to be recalled.
#include "builtins.h"
#include "learn/recallmap.h"

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::learn;

namespace {

const QDate kToday(2026, 3, 10);

QList<StudyCard> deck()
{
    return studyCards(test::base(), test::learnContent(), studyPlateIds());
}

// A card reviewed `daysAgo` days before today with the given stability.
CardState studied(const QString &id, double stability, int daysAgo)
{
    CardState state;
    state.id = id;
    state.memory = {stability, 5.0};
    state.firstReview = state.lastReview = kToday.addDays(-daysAgo);
    state.due = state.lastReview.addDays(int(stability));
    state.reviews = 1;
    return state;
}

TEST(RecallMap, AStructuresRecallIsItsWeakestStudiedCardAndUnstudiedCardsDoNotCount)
{
    const QList<StudyCard> cards = deck();
    QHash<QString, CardState> states;
    states.insert(QStringLiteral("click:soleus"), studied(QStringLiteral("click:soleus"), 20.0, 2));
    states.insert(QStringLiteral("innervated_by:soleus"), studied(QStringLiteral("innervated_by:soleus"), 2.0, 6));
    const QHash<QString, StructureRecall> map = recallByStructure(cards, states, kToday);

    const StructureRecall soleus = map.value(QStringLiteral("soleus"));
    const double strong = recallProbability(states.value(QStringLiteral("click:soleus")), kToday);
    const double weak = recallProbability(states.value(QStringLiteral("innervated_by:soleus")), kToday);
    ASSERT_LT(weak, strong);
    ASSERT_TRUE(soleus.recall.has_value());
    EXPECT_DOUBLE_EQ(*soleus.recall, weak);
    EXPECT_EQ(soleus.studied, 2);
    int aboutSoleus = 0;
    for (const StudyCard &card : cards)
        aboutSoleus += card.question.structure == QStringLiteral("soleus") ? 1 : 0;
    EXPECT_EQ(soleus.cards, aboutSoleus);
    EXPECT_GT(soleus.cards, soleus.studied) << "the soleus has cards not studied yet, and they do not lower it";

    const StructureRecall plantaris = map.value(QStringLiteral("plantaris"));
    EXPECT_FALSE(plantaris.recall.has_value()) << "never studied";
    EXPECT_EQ(plantaris.studied, 0);
    EXPECT_GT(plantaris.cards, 0);
}

TEST(RecallMap, TheBandsSplitAtFiftyEightyAndNinetyPercent)
{
    EXPECT_EQ(recallBand(std::nullopt), RecallBand::NotStudied);
    EXPECT_EQ(recallBand(0.0), RecallBand::Weak);
    EXPECT_EQ(recallBand(0.4999), RecallBand::Weak);
    EXPECT_EQ(recallBand(0.5), RecallBand::Fading);
    EXPECT_EQ(recallBand(0.7999), RecallBand::Fading);
    EXPECT_EQ(recallBand(0.8), RecallBand::Fair);
    EXPECT_EQ(recallBand(0.8999), RecallBand::Fair);
    EXPECT_EQ(recallBand(0.9), RecallBand::Strong);
    EXPECT_EQ(recallBand(1.0), RecallBand::Strong);
    for (RecallBand band : recallBands()) {
        if (band != RecallBand::NotStudied)
            EXPECT_EQ(recallBand(bandFloor(band)), band);
    }
    EXPECT_EQ(recallBands().size(), 5);
}

TEST(RecallMap, TheWeakestCardsAreTheStudiedOnesLeastLikelyToBeRecalled)
{
    const QList<StudyCard> cards = deck();
    ASSERT_GT(cards.size(), 6);
    QHash<QString, CardState> states;
    // Cards 0 to 4 studied, with recall falling as the index rises: 4 is the weakest.
    for (int i = 0; i < 5; ++i)
        states.insert(cards.at(i).id, studied(cards.at(i).id, 10.0 - 1.5 * i, 4 + i));
    states.insert(QStringLiteral("origin:gone"), studied(QStringLiteral("origin:gone"), 0.5, 30));
    const QStringList weakest = weakestCards(cards, states, kToday, 3);
    EXPECT_EQ(weakest, (QStringList{cards.at(4).id, cards.at(3).id, cards.at(2).id}))
        << "cards no longer in the deck are left out";
    EXPECT_EQ(weakestCards(cards, states, kToday, 50).size(), 5) << "only studied cards";
    EXPECT_TRUE(weakestCards(cards, {}, kToday, 10).isEmpty());
}

} // namespace
