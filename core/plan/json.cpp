// SPDX-License-Identifier: MIT
#include "plan/json.h"

#include "assessment/answers.h"

#include <QJsonArray>

namespace calfatlas::plan {

namespace {

QJsonObject gateJson(const GateStatus &gate)
{
    QJsonArray criteria;
    for (const CriterionStatus &criterion : gate.criteria) {
        criteria.append(QJsonObject{
            {QStringLiteral("id"), idOf(criterion.criterion)},
            {QStringLiteral("met"), criterion.met},
            {QStringLiteral("value"), criterion.value ? QJsonValue(*criterion.value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("needed"), criterion.needed},
            {QStringLiteral("text"), criterion.text}});
    }
    return {{QStringLiteral("phase"), gate.phase},
            {QStringLiteral("met"), gate.met},
            {QStringLiteral("criteria"), criteria}};
}

QJsonObject levelJson(const Level &level)
{
    QJsonArray exercises;
    for (const Prescription &prescription : level.exercises)
        exercises.append(prescription.exercise);
    return {{QStringLiteral("number"), level.number},
            {QStringLiteral("id"), level.id},
            {QStringLiteral("title"), level.title},
            {QStringLiteral("exercises"), exercises}};
}

} // namespace

QJsonObject toJson(const PlanContent &content, const Status &status, const std::vector<QString> &warnings)
{
    QJsonArray warningList;
    for (const QString &id : warnings) {
        const Rule *rule = content.rule(id);
        warningList.append(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("text"), rule ? rule->text.text : QString()}});
    }
    const QJsonValue null(QJsonValue::Null);
    if (!status.active) {
        return {{QStringLiteral("active"), false},
                {QStringLiteral("leg"), null},
                {QStringLiteral("phase"), null},
                {QStringLiteral("level"), null},
                {QStringLiteral("paused"), false},
                {QStringLiteral("urgency"), null},
                {QStringLiteral("awaiting_morning"), false},
                {QStringLiteral("next"), null},
                {QStringLiteral("gate"), null},
                {QStringLiteral("warnings"), warningList}};
    }
    return {{QStringLiteral("active"), true},
            {QStringLiteral("leg"), assessment::idOf(status.leg)},
            {QStringLiteral("phase"), status.phase},
            {QStringLiteral("level"), status.level},
            {QStringLiteral("paused"), status.paused},
            {QStringLiteral("urgency"), status.urgency ? QJsonValue(assessment::idOf(*status.urgency)) : null},
            {QStringLiteral("awaiting_morning"), status.awaitingMorning},
            {QStringLiteral("next"), levelJson(content.level(status.level))},
            {QStringLiteral("gate"), status.gate ? QJsonValue(gateJson(*status.gate)) : null},
            {QStringLiteral("warnings"), warningList}};
}

} // namespace calfatlas::plan
