// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "measure/measurement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace calfatlas::history {

// One saved self-test: when it was taken, every leg's answers and result as they were shown, the versions
// that produced them, and the person's own note.
struct SavedSelfTest {
    qint64 id = 0;
    QDateTime takenAt; // UTC
    QString appVersion;
    int ruleVersion = 0;
    QString note;
    std::vector<assessment::LegResult> legs;
};

// One leg of a saved measurement of the Recovery area (both legs of one measurement share takenAt).
struct SavedMeasurement {
    qint64 id = 0;
    QDateTime takenAt; // UTC
    measure::Test test = measure::Test::HeelRaise;
    assessment::Side side = assessment::Side::Left;
    double value = 0; // raises, or cm
    std::optional<measure::Sex> sex;
    QString appVersion;
};

// {"id", "taken_at", "test", "leg", "value", "sex", "app_version"}.
QJsonObject toJson(const SavedMeasurement &measurement);
std::optional<SavedMeasurement> savedMeasurementFromJson(const QJsonObject &object, QString *problem = nullptr);

// A result with everything the result page showed (headline, why, advice with sources), for storage and
// export. Round-trips with assessmentFromJson.
QJsonObject storedJson(const assessment::Assessment &assessment);
std::optional<assessment::Assessment> assessmentFromJson(const QJsonObject &object, QString *problem = nullptr);

// {"id", "taken_at", "app_version", "rule_version", "note", "legs": [{"answers", "result"}]}.
QJsonObject toJson(const SavedSelfTest &test);
std::optional<SavedSelfTest> savedSelfTestFromJson(const QJsonObject &object, QString *problem = nullptr);

// A time as stored and exported: ISO 8601 in UTC with milliseconds ("2026-03-01T08:30:00.000Z").
QString isoTime(const QDateTime &time);
QDateTime timeFromIso(const QString &text);

std::optional<assessment::Verdict> verdictFromId(const QString &id);
std::optional<assessment::Confidence> confidenceFromId(const QString &id);
std::optional<assessment::Urgency> urgencyFromId(const QString &id);

} // namespace calfatlas::history
