// SPDX-License-Identifier: MIT
#include "assessment/json.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace calfatlas::assessment {

namespace {

template <typename T, typename ToJson>
QJsonValue orNull(const std::optional<T> &value, ToJson convert)
{
    return value ? QJsonValue(convert(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(const auto &value)
{
    return orNull(value, [](auto v) { return idOf(v); });
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return orNull(value, [](double v) { return v; });
}

QJsonValue boolOrNull(const std::optional<bool> &value)
{
    return orNull(value, [](bool v) { return v; });
}

// Reads an optional member: absent or null gives nullopt; a wrong type sets `bad`.
std::optional<bool> readBool(const QJsonObject &object, const QString &key, QString &bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        bad = key;
    return value.toBool();
}

template <typename Parse>
auto readId(const QJsonObject &object, const QString &key, Parse parse, QString &bad) -> decltype(parse(QString()))
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    auto parsed = parse(value.toString());
    if (!value.isString() || !parsed)
        bad = key;
    return parsed;
}

} // namespace

QJsonObject toJson(const KneeToWall &measure)
{
    return {{QStringLiteral("cm"), measure.cm},
            {QStringLiteral("band"), idOf(measure.band)},
            {QStringLiteral("other_leg_cm"), numberOrNull(measure.otherLegCm)},
            {QStringLiteral("difference_cm"), numberOrNull(measure.differenceCm)},
            {QStringLiteral("difference_meaningful"), boolOrNull(measure.differenceMeaningful)}};
}

QJsonObject toJson(const Assessment &assessment)
{
    QJsonArray flags;
    for (RedFlag flag : assessment.redFlags)
        flags.append(idOf(flag));
    QJsonArray advice;
    for (const Advice &item : assessment.advice)
        advice.append(QJsonObject{{QStringLiteral("id"), item.id},
                                  {QStringLiteral("title"), item.title},
                                  {QStringLiteral("text"), item.text}});
    return {{QStringLiteral("verdict"), idOf(assessment.verdict)},
            {QStringLiteral("confidence"), idOrNull(assessment.confidence)},
            {QStringLiteral("urgency"), idOrNull(assessment.urgency)},
            {QStringLiteral("side"), idOrNull(assessment.side)},
            {QStringLiteral("where"), idOrNull(assessment.where)},
            {QStringLiteral("red_flags"), flags},
            {QStringLiteral("explanation"), assessment.explanation},
            {QStringLiteral("advice"), advice},
            {QStringLiteral("knee_to_wall"),
             assessment.kneeToWall ? QJsonValue(toJson(*assessment.kneeToWall)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject toJson(const Answers &answers)
{
    QJsonArray flags;
    for (RedFlag flag : answers.redFlags)
        flags.append(idOf(flag));
    const Context &context = answers.context;
    return {{QStringLiteral("side"), idOrNull(answers.side)},
            {QStringLiteral("bench"), idOrNull(answers.bench)},
            {QStringLiteral("wall"), idOrNull(answers.wall)},
            {QStringLiteral("red_flags"), flags},
            {QStringLiteral("runner"), boolOrNull(context.runner)},
            {QStringLiteral("strike"), idOf(context.strike)},
            {QStringLiteral("converting_to_midfoot"), boolOrNull(context.convertingToMidfoot)},
            {QStringLiteral("volume_increase_percent"), numberOrNull(context.volumeIncreasePercent)},
            {QStringLiteral("painful_plantarflexion"), boolOrNull(context.painfulPlantarflexion)},
            {QStringLiteral("sudden_onset"), boolOrNull(context.suddenOnset)},
            {QStringLiteral("knee_to_wall_cm"), numberOrNull(answers.kneeToWallCm)},
            {QStringLiteral("other_leg_knee_to_wall_cm"), numberOrNull(answers.otherLegKneeToWallCm)},
            {QStringLiteral("clot_risk"), boolOrNull(answers.clotRisk)},
            {QStringLiteral("rest_pain"), boolOrNull(answers.restPain)},
            {QStringLiteral("where"), idOrNull(answers.where)}};
}

std::optional<Answers> answersFromJson(const QJsonObject &object, QString *problem)
{
    QString bad;
    Answers answers;
    answers.side = readId(object, QStringLiteral("side"), sideFromId, bad);
    answers.bench = readId(object, QStringLiteral("bench"), levelFromId, bad);
    answers.wall = readId(object, QStringLiteral("wall"), levelFromId, bad);
    const QJsonValue flags = object.value(QStringLiteral("red_flags"));
    if (!flags.isUndefined() && !flags.isNull() && !flags.isArray())
        bad = QStringLiteral("red_flags");
    for (const QJsonValue flag : flags.toArray()) {
        if (const auto parsed = redFlagFromId(flag.toString()))
            answers.redFlags.push_back(*parsed);
        else
            bad = QStringLiteral("red_flags");
    }
    Context &context = answers.context;
    context.runner = readBool(object, QStringLiteral("runner"), bad);
    context.strike = readId(object, QStringLiteral("strike"), strikeFromId, bad).value_or(Strike::Unknown);
    context.convertingToMidfoot = readBool(object, QStringLiteral("converting_to_midfoot"), bad);
    context.volumeIncreasePercent = readNumber(object, QStringLiteral("volume_increase_percent"), bad);
    context.painfulPlantarflexion = readBool(object, QStringLiteral("painful_plantarflexion"), bad);
    context.suddenOnset = readBool(object, QStringLiteral("sudden_onset"), bad);
    answers.kneeToWallCm = readNumber(object, QStringLiteral("knee_to_wall_cm"), bad);
    answers.otherLegKneeToWallCm = readNumber(object, QStringLiteral("other_leg_knee_to_wall_cm"), bad);
    // Saved before the clot questions were asked: absent, read as not answered.
    answers.clotRisk = readBool(object, QStringLiteral("clot_risk"), bad);
    answers.restPain = readBool(object, QStringLiteral("rest_pain"), bad);
    // Saved before "where does it hurt?" was asked: absent, read as unknown.
    answers.where = readId(object, QStringLiteral("where"), areaFromId, bad);
    if (!bad.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("the answer \"%1\" is not valid").arg(bad);
        return std::nullopt;
    }
    return answers;
}

std::optional<double> readNumber(const QJsonObject &object, const QString &key, QString &bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        bad = key;
    return value.toDouble();
}

} // namespace calfatlas::assessment
