// SPDX-License-Identifier: MIT
#include "measure/json.h"

#include <QJsonValue>

namespace calfatlas::measure {

namespace {

QJsonValue orNull(const auto &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject legJson(const Judgement &judgement, const LegJudgement &leg)
{
    QJsonObject object{{QStringLiteral("value"), leg.value}};
    object.insert(QStringLiteral("change"),
                  leg.change ? QJsonValue(QJsonObject{{QStringLiteral("previous"), leg.change->previous},
                                                      {QStringLiteral("by"), leg.change->by},
                                                      {QStringLiteral("beyond_error"), leg.change->beyondError}})
                             : QJsonValue(QJsonValue::Null));
    if (judgement.test == Test::HeelRaise) {
        object.insert(QStringLiteral("reference_median"), orNull(leg.referenceMedian));
        object.insert(QStringLiteral("benchmark"), kHeelRaiseBenchmark);
        object.insert(QStringLiteral("meets_benchmark"), leg.meetsBenchmark);
    }
    return object;
}

} // namespace

QJsonObject toJson(const Judgement &judgement)
{
    QJsonObject object{
        {QStringLiteral("test"), idOf(judgement.test)},
        {QStringLiteral("legs"), QJsonObject{{QStringLiteral("left"), legJson(judgement, judgement.left)},
                                             {QStringLiteral("right"), legJson(judgement, judgement.right)}}},
        {QStringLiteral("asymmetry_percent"), orNull(judgement.asymmetryPercent)},
        {QStringLiteral("asymmetry_ok"), orNull(judgement.asymmetryOk)},
        {QStringLiteral("weaker"),
         judgement.weaker ? QJsonValue(assessment::idOf(*judgement.weaker)) : QJsonValue(QJsonValue::Null)}};
    if (judgement.test == Test::KneeToWall) {
        object.insert(QStringLiteral("difference_cm"), orNull(judgement.differenceCm));
        object.insert(QStringLiteral("difference_meaningful"), orNull(judgement.differenceMeaningful));
    }
    return object;
}

} // namespace calfatlas::measure
