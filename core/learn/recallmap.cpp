// SPDX-License-Identifier: MIT
#include "learn/recallmap.h"

#include <algorithm>
#include <array>
#include <utility>

namespace calfatlas::learn {

namespace {

constexpr std::array<std::pair<RecallBand, double>, 3> kFloors{
    {{RecallBand::Strong, 0.9}, {RecallBand::Fair, 0.8}, {RecallBand::Fading, 0.5}}};

} // namespace

QHash<QString, StructureRecall> recallByStructure(const QList<StudyCard> &cards,
                                                  const QHash<QString, CardState> &states, const QDate &day)
{
    QHash<QString, StructureRecall> result;
    for (const StudyCard &card : cards) {
        StructureRecall &entry = result[card.question.structure];
        ++entry.cards;
        const auto state = states.constFind(card.id);
        if (state == states.constEnd())
            continue;
        ++entry.studied;
        const double recall = recallProbability(*state, day);
        entry.recall = entry.recall ? std::min(*entry.recall, recall) : recall;
    }
    return result;
}

QList<RecallBand> recallBands()
{
    return {RecallBand::NotStudied, RecallBand::Weak, RecallBand::Fading, RecallBand::Fair, RecallBand::Strong};
}

RecallBand recallBand(const std::optional<double> &recall)
{
    if (!recall)
        return RecallBand::NotStudied;
    for (const auto &[band, floor] : kFloors) {
        if (*recall >= floor)
            return band;
    }
    return RecallBand::Weak;
}

double bandFloor(RecallBand band)
{
    for (const auto &[each, floor] : kFloors) {
        if (each == band)
            return floor;
    }
    return 0.0;
}

QStringList weakestCards(const QList<StudyCard> &cards, const QHash<QString, CardState> &states, const QDate &day,
                         int count)
{
    QList<std::pair<double, QString>> studied;
    for (const StudyCard &card : cards) {
        const auto state = states.constFind(card.id);
        if (state != states.constEnd())
            studied.append({recallProbability(*state, day), card.id});
    }
    std::sort(studied.begin(), studied.end());
    QStringList weakest;
    for (qsizetype i = 0; i < studied.size() && i < count; ++i)
        weakest.append(studied.at(i).second);
    return weakest;
}

} // namespace calfatlas::learn
