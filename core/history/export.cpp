// SPDX-License-Identifier: MIT
#include "history/export.h"

#include "assessment/json.h"
#include "assessment/kneetowall.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace calfatlas::history {

using namespace calfatlas::assessment;

namespace {

const QString kFormat = QStringLiteral("calfatlas-history");
constexpr int kFormatVersion = 1;

QString csvField(const QString &value)
{
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    bool quote = value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    for (QChar c : needsQuotes)
        quote = quote || value.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Free text that a spreadsheet would run as a formula (=, +, -, @ first) is kept as text with a leading '.
QString asText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

template <typename T>
QString idOrEmpty(const std::optional<T> &value)
{
    return value ? idOf(*value) : QString();
}

QString boolOrEmpty(const std::optional<bool> &value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
}

QString numberOrEmpty(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

// Time order for measurements, ties going to the one saved first.
bool earlierThan(const SavedMeasurement *a, const SavedMeasurement *b)
{
    return a->takenAt < b->takenAt || (a->takenAt == b->takenAt && a->id < b->id);
}

} // namespace

QJsonObject historyJson(const std::vector<SavedSelfTest> &tests, const std::vector<SavedMeasurement> &measurements)
{
    QJsonArray list;
    for (const SavedSelfTest &test : tests)
        list.append(toJson(test));
    QJsonObject object{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("self_tests"), list}};
    if (!measurements.empty()) {
        QJsonArray rows;
        for (const SavedMeasurement &measurement : measurements)
            rows.append(toJson(measurement));
        QJsonArray changes;
        for (const SeriesChange &series : changesSinceFirst(measurements))
            changes.append(QJsonObject{{QStringLiteral("test"), measure::idOf(series.first.test)},
                                       {QStringLiteral("leg"), idOf(series.first.side)},
                                       {QStringLiteral("first"), toJson(series.first)},
                                       {QStringLiteral("latest"), toJson(series.latest)},
                                       {QStringLiteral("by"), series.change.by},
                                       {QStringLiteral("beyond_error"), series.change.beyondError}});
        object.insert(QStringLiteral("measurements"), rows);
        object.insert(QStringLiteral("measurement_changes"), changes);
    }
    return object;
}

std::vector<SeriesChange> changesSinceFirst(const std::vector<SavedMeasurement> &measurements)
{
    std::vector<SeriesChange> changes;
    for (measure::Test test : {measure::Test::HeelRaise, measure::Test::KneeToWall}) {
        for (Side side : {Side::Left, Side::Right}) {
            std::vector<const SavedMeasurement *> series;
            for (const SavedMeasurement &measurement : measurements) {
                if (measurement.test == test && measurement.side == side)
                    series.push_back(&measurement);
            }
            if (series.size() < 2)
                continue;
            std::stable_sort(series.begin(), series.end(), earlierThan);
            changes.push_back({*series.front(), *series.back(),
                               measure::changeBetween(test, series.front()->value, series.back()->value)});
        }
    }
    return changes;
}

QStringList measurementCsvColumns()
{
    return {QStringLiteral("taken_at"),
            QStringLiteral("test"),
            QStringLiteral("leg"),
            QStringLiteral("value"),
            QStringLiteral("unit"),
            QStringLiteral("sex"),
            QStringLiteral("change_from_first"),
            QStringLiteral("beyond_error_from_first"),
            QStringLiteral("app_version")};
}

QByteArray measurementsCsv(const std::vector<SavedMeasurement> &measurements, ByteOrderMark mark)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text = measurementCsvColumns().join(QLatin1Char(',')) + lineEnd;
    QHash<QString, double> first; // "test/leg" -> the first value, in time order
    std::vector<const SavedMeasurement *> ordered;
    ordered.reserve(measurements.size());
    for (const SavedMeasurement &measurement : measurements)
        ordered.push_back(&measurement);
    std::stable_sort(ordered.begin(), ordered.end(), earlierThan);
    for (const SavedMeasurement *measurement : ordered) {
        const QString key = measure::idOf(measurement->test) + QLatin1Char('/') + idOf(measurement->side);
        QString change;
        QString beyond;
        if (first.contains(key)) {
            const measure::Change since =
                measure::changeBetween(measurement->test, first.value(key), measurement->value);
            change = QString::number(since.by, 'g', 10);
            beyond = since.beyondError ? QStringLiteral("yes") : QStringLiteral("no");
        } else {
            first.insert(key, measurement->value);
        }
        const QStringList row{isoTime(measurement->takenAt),
                              measure::idOf(measurement->test),
                              idOf(measurement->side),
                              QString::number(measurement->value, 'g', 10),
                              measurement->test == measure::Test::HeelRaise ? QStringLiteral("raises")
                                                                            : QStringLiteral("cm"),
                              measurement->sex ? measure::idOf(*measurement->sex) : QString(),
                              change,
                              beyond,
                              measurement->appVersion};
        QStringList fields;
        for (const QString &field : row)
            fields.append(csvField(field));
        text += fields.join(QLatin1Char(',')) + lineEnd;
    }
    return (mark == ByteOrderMark::Yes ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

std::optional<std::vector<SavedSelfTest>> historyFromJson(const QJsonObject &object, QString *problem)
{
    if (object.value(QStringLiteral("format")).toString() != kFormat ||
        object.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        if (problem)
            *problem =
                QStringLiteral("not a CalfAtlas history (format %1, version %2)").arg(kFormat).arg(kFormatVersion);
        return std::nullopt;
    }
    std::vector<SavedSelfTest> tests;
    for (const QJsonValue value : object.value(QStringLiteral("self_tests")).toArray()) {
        auto test = savedSelfTestFromJson(value.toObject(), problem);
        if (!test)
            return std::nullopt;
        tests.push_back(std::move(*test));
    }
    return tests;
}

QStringList csvColumns()
{
    return {QStringLiteral("self_test_id"),
            QStringLiteral("taken_at"),
            QStringLiteral("leg"),
            QStringLiteral("bench"),
            QStringLiteral("wall"),
            QStringLiteral("knee_to_wall_cm"),
            QStringLiteral("other_leg_knee_to_wall_cm"),
            QStringLiteral("red_flags"),
            QStringLiteral("runner"),
            QStringLiteral("strike"),
            QStringLiteral("converting_to_midfoot"),
            QStringLiteral("volume_increase_percent"),
            QStringLiteral("painful_plantarflexion"),
            QStringLiteral("sudden_onset"),
            QStringLiteral("clot_risk"),
            QStringLiteral("rest_pain"),
            QStringLiteral("where"),
            QStringLiteral("verdict"),
            QStringLiteral("confidence"),
            QStringLiteral("urgency"),
            QStringLiteral("advice"),
            QStringLiteral("app_version"),
            QStringLiteral("rule_version"),
            QStringLiteral("note")};
}

QByteArray historyCsv(const std::vector<SavedSelfTest> &tests, ByteOrderMark mark)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text = csvColumns().join(QLatin1Char(',')) + lineEnd;
    for (const SavedSelfTest &test : tests) {
        for (const LegResult &leg : test.legs) {
            const Answers &answers = leg.answers;
            const Assessment &result = leg.assessment;
            QStringList flags;
            for (RedFlag flag : effectiveRedFlags(answers)) // clot-signs included, derived from two answers
                flags.append(idOf(flag));
            QStringList advice;
            for (const Advice &item : result.advice)
                advice.append(item.id);
            const QStringList row{QString::number(test.id),
                                  isoTime(test.takenAt),
                                  idOrEmpty(answers.side),
                                  idOrEmpty(answers.bench),
                                  idOrEmpty(answers.wall),
                                  numberOrEmpty(answers.kneeToWallCm),
                                  numberOrEmpty(answers.otherLegKneeToWallCm),
                                  flags.join(QStringLiteral("; ")),
                                  boolOrEmpty(answers.context.runner),
                                  idOf(answers.context.strike),
                                  boolOrEmpty(answers.context.convertingToMidfoot),
                                  numberOrEmpty(answers.context.volumeIncreasePercent),
                                  boolOrEmpty(answers.context.painfulPlantarflexion),
                                  boolOrEmpty(answers.context.suddenOnset),
                                  boolOrEmpty(answers.clotRisk),
                                  boolOrEmpty(answers.restPain),
                                  idOrEmpty(answers.where),
                                  idOf(result.verdict),
                                  idOrEmpty(result.confidence),
                                  idOrEmpty(result.urgency),
                                  advice.join(QStringLiteral("; ")),
                                  test.appVersion,
                                  QString::number(test.ruleVersion),
                                  asText(test.note)};
            QStringList fields;
            for (const QString &field : row)
                fields.append(csvField(field));
            text += fields.join(QLatin1Char(',')) + lineEnd;
        }
    }
    return (mark == ByteOrderMark::Yes ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace calfatlas::history
