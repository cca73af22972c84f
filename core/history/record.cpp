// SPDX-License-Identifier: MIT
#include "history/record.h"

#include "assessment/json.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace calfatlas::history {

using namespace calfatlas::assessment;

namespace {

using assessment::readNumber;

template <typename Enum>
std::optional<Enum> fromId(const QString &id, std::initializer_list<Enum> values)
{
    for (Enum value : values) {
        if (idOf(value) == id)
            return value;
    }
    return std::nullopt;
}

QJsonArray stringArray(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

// Reads a member that must be an array of strings; a wrong type sets `bad`.
QStringList readStrings(const QJsonObject &object, const QString &key, QString &bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        bad = key;
        return {};
    }
    QStringList items;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            bad = key;
        items.append(item.toString());
    }
    return items;
}

std::optional<KneeToWall> kneeToWallFromJson(const QJsonValue &value, QString &bad)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    KneeToWall measure;
    const auto cm = readNumber(object, QStringLiteral("cm"), bad);
    const auto band =
        fromId(object.value(QStringLiteral("band")).toString(), {KneeToWallBand::Reduced, KneeToWallBand::Typical});
    if (!value.isObject() || !cm || !band) {
        bad = QStringLiteral("knee_to_wall");
        return std::nullopt;
    }
    measure.cm = *cm;
    measure.band = *band;
    measure.otherLegCm = readNumber(object, QStringLiteral("other_leg_cm"), bad);
    measure.differenceCm = readNumber(object, QStringLiteral("difference_cm"), bad);
    const QJsonValue meaningful = object.value(QStringLiteral("difference_meaningful"));
    if (meaningful.isBool())
        measure.differenceMeaningful = meaningful.toBool();
    return measure;
}

} // namespace

std::optional<Verdict> verdictFromId(const QString &id)
{
    return fromId(id, {Verdict::SeekCare, Verdict::Neither, Verdict::Soleus, Verdict::Gastrocnemius, Verdict::Both,
                       Verdict::Elsewhere});
}

std::optional<Confidence> confidenceFromId(const QString &id)
{
    return fromId(id, {Confidence::Likely, Confidence::Possible});
}

std::optional<Urgency> urgencyFromId(const QString &id)
{
    return assessment::urgencyFromId(id);
}

QJsonObject toJson(const SavedMeasurement &measurement)
{
    return {{QStringLiteral("id"), measurement.id},
            {QStringLiteral("taken_at"), isoTime(measurement.takenAt)},
            {QStringLiteral("test"), measure::idOf(measurement.test)},
            {QStringLiteral("leg"), idOf(measurement.side)},
            {QStringLiteral("value"), measurement.value},
            {QStringLiteral("sex"),
             measurement.sex ? QJsonValue(measure::idOf(*measurement.sex)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("app_version"), measurement.appVersion}};
}

std::optional<SavedMeasurement> savedMeasurementFromJson(const QJsonObject &object, QString *problem)
{
    SavedMeasurement measurement;
    QString bad;
    measurement.id = object.value(QStringLiteral("id")).toInteger();
    measurement.takenAt = timeFromIso(object.value(QStringLiteral("taken_at")).toString());
    const auto test = measure::testFromId(object.value(QStringLiteral("test")).toString());
    const auto side = sideFromId(object.value(QStringLiteral("leg")).toString());
    const QJsonValue sex = object.value(QStringLiteral("sex"));
    measurement.appVersion = object.value(QStringLiteral("app_version")).toString();
    if (!measurement.takenAt.isValid())
        bad = QStringLiteral("taken_at");
    else if (!test)
        bad = QStringLiteral("test");
    else if (!side)
        bad = QStringLiteral("leg");
    else if (!object.value(QStringLiteral("value")).isDouble() ||
             !measure::isValidValue(*test, object.value(QStringLiteral("value")).toDouble()))
        bad = QStringLiteral("value");
    else if (!sex.isNull() && !sex.isUndefined() && !measure::sexFromId(sex.toString()))
        bad = QStringLiteral("sex");
    if (!bad.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("the measurement's \"%1\" is not valid").arg(bad);
        return std::nullopt;
    }
    measurement.test = *test;
    measurement.side = *side;
    measurement.value = object.value(QStringLiteral("value")).toDouble();
    measurement.sex = measure::sexFromId(sex.toString());
    return measurement;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject storedJson(const Assessment &assessment)
{
    QJsonObject object = assessment::toJson(assessment);
    QJsonArray advice;
    for (const Advice &item : assessment.advice)
        advice.append(QJsonObject{{QStringLiteral("id"), item.id},
                                  {QStringLiteral("title"), item.title},
                                  {QStringLiteral("text"), item.text},
                                  {QStringLiteral("dosage"), item.dosage},
                                  {QStringLiteral("structure"), item.structure},
                                  {QStringLiteral("illustration"), item.illustration},
                                  {QStringLiteral("sources"), stringArray(item.sources)}});
    object.insert(QStringLiteral("advice"), advice);
    object.insert(QStringLiteral("urgency"),
                  assessment.urgency ? QJsonValue(idOf(*assessment.urgency)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("headline"), assessment.headline);
    object.insert(QStringLiteral("explanation_sources"), stringArray(assessment.explanationSources));
    return object;
}

std::optional<Assessment> assessmentFromJson(const QJsonObject &object, QString *problem)
{
    QString bad;
    Assessment result;
    if (const auto verdict = verdictFromId(object.value(QStringLiteral("verdict")).toString()))
        result.verdict = *verdict;
    else
        bad = QStringLiteral("verdict");
    const auto optionalId = [&](const QString &key, auto parse) -> decltype(parse(QString())) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        auto parsed = parse(value.toString());
        if (!parsed)
            bad = key;
        return parsed;
    };
    result.confidence = optionalId(QStringLiteral("confidence"), confidenceFromId);
    result.urgency = optionalId(QStringLiteral("urgency"), urgencyFromId);
    result.side = optionalId(QStringLiteral("side"), sideFromId);
    result.where = optionalId(QStringLiteral("where"), areaFromId); // absent before "where" was asked
    for (const QString &flag : readStrings(object, QStringLiteral("red_flags"), bad)) {
        if (const auto parsed = redFlagFromId(flag))
            result.redFlags.push_back(*parsed);
        else
            bad = QStringLiteral("red_flags");
    }
    result.headline = object.value(QStringLiteral("headline")).toString();
    result.explanation = object.value(QStringLiteral("explanation")).toString();
    result.explanationSources = readStrings(object, QStringLiteral("explanation_sources"), bad);
    const QJsonValue advice = object.value(QStringLiteral("advice"));
    if (!advice.isArray())
        bad = QStringLiteral("advice");
    for (const QJsonValue value : advice.toArray()) {
        const QJsonObject item = value.toObject();
        Advice entry;
        entry.id = item.value(QStringLiteral("id")).toString();
        if (!value.isObject() || entry.id.isEmpty())
            bad = QStringLiteral("advice");
        entry.title = item.value(QStringLiteral("title")).toString();
        entry.text = item.value(QStringLiteral("text")).toString();
        entry.dosage = item.value(QStringLiteral("dosage")).toString();
        entry.structure = item.value(QStringLiteral("structure")).toString();
        entry.illustration = item.value(QStringLiteral("illustration")).toString();
        entry.sources = readStrings(item, QStringLiteral("sources"), bad);
        result.advice.push_back(entry);
    }
    result.kneeToWall = kneeToWallFromJson(object.value(QStringLiteral("knee_to_wall")), bad);
    if (!bad.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("the result's \"%1\" is not valid").arg(bad);
        return std::nullopt;
    }
    return result;
}

QJsonObject toJson(const SavedSelfTest &test)
{
    QJsonArray legs;
    for (const LegResult &leg : test.legs)
        legs.append(QJsonObject{{QStringLiteral("answers"), assessment::toJson(leg.answers)},
                                {QStringLiteral("result"), storedJson(leg.assessment)}});
    return {{QStringLiteral("id"), test.id},
            {QStringLiteral("taken_at"), isoTime(test.takenAt)},
            {QStringLiteral("app_version"), test.appVersion},
            {QStringLiteral("rule_version"), test.ruleVersion},
            {QStringLiteral("note"), test.note},
            {QStringLiteral("legs"), legs}};
}

std::optional<SavedSelfTest> savedSelfTestFromJson(const QJsonObject &object, QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<SavedSelfTest> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    SavedSelfTest test;
    test.id = object.value(QStringLiteral("id")).toInteger();
    test.takenAt = timeFromIso(object.value(QStringLiteral("taken_at")).toString());
    if (!test.takenAt.isValid())
        return fail(QStringLiteral("\"taken_at\" is not an ISO 8601 time"));
    test.appVersion = object.value(QStringLiteral("app_version")).toString();
    test.ruleVersion = object.value(QStringLiteral("rule_version")).toInt();
    test.note = object.value(QStringLiteral("note")).toString();
    const QJsonArray legs = object.value(QStringLiteral("legs")).toArray();
    if (legs.isEmpty())
        return fail(QStringLiteral("\"legs\" is empty or missing"));
    for (const QJsonValue value : legs) {
        QString why;
        const auto answers = answersFromJson(value[QStringLiteral("answers")].toObject(), &why);
        if (!answers)
            return fail(why);
        const auto result = assessmentFromJson(value[QStringLiteral("result")].toObject(), &why);
        if (!result)
            return fail(why);
        test.legs.push_back(LegResult{*answers, *result});
    }
    return test;
}

} // namespace calfatlas::history
