// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "assessment/assessment.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace calfatlas::assessment {

// The result as `calfatlas-cli assess --json` prints it:
// {"verdict", "confidence", "side", "red_flags", "explanation", "advice": [{"id", "title", "text"}], "knee_to_wall"}.
QJsonObject toJson(const Assessment &assessment);

// The knee_to_wall object of the result, or nothing when no distance was interpreted.
QJsonObject toJson(const KneeToWall &measure);

// Every answer, with ids as on the command line; unanswered questions are null. Round-trips with answersFromJson.
QJsonObject toJson(const Answers &answers);

// Reads what toJson(Answers) wrote; on a malformed object returns nothing and says why in *problem.
std::optional<Answers> answersFromJson(const QJsonObject &object, QString *problem = nullptr);

// An optional number of a JSON object: absent or null is no value; anything but a finite number names
// the key in `bad` (the first problem wins for the caller to report).
std::optional<double> readNumber(const QJsonObject &object, const QString &key, QString &bad);

} // namespace calfatlas::assessment
