// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::measure {

// The two measurements of the Recovery area.
//  - The single-leg heel-raise test to fatigue, paced at 60 beats a minute (up on one beat, down on the
//    next): whole raises, 0 to 200. Reference medians 24 (men) and 21 (women), Hébert-Losier 2017; a change
//    of 7 or more is beyond the test's between-day limits of agreement (about -6 to +6.5); at least 30 from
//    the floor is the experts' return-to-running benchmark, Green 2022.
//  - The knee-to-wall lunge: cm, 0 to 25. For someone measuring themselves, a left-right difference or a
//    change of 2 cm or more is beyond measurement error (one rater's MDC 1.9 cm, Powden 2015).
// Both: left-right asymmetry (better - worse) / better, at most 10 % by the experts' criterion, Green 2022.
enum class Test { HeelRaise, KneeToWall };
enum class Sex { Female, Male };

inline constexpr int kHeelRaiseMax = 200;
inline constexpr int kHeelRaiseChangeBeyondError = 7;
inline constexpr int kHeelRaiseBenchmark = 30;
inline constexpr int kHeelRaiseMedianMen = 24;
inline constexpr int kHeelRaiseMedianWomen = 21;
inline constexpr double kKneeToWallChangeBeyondErrorCm = 2.0;
inline constexpr double kAsymmetryLimitPercent = 10.0;
// The heel-raise test's pace: 60 beats a minute, one raise for every two beats.
inline constexpr int kBeatsPerMinute = 60;
inline constexpr int kBeatsPerRaise = 2;

QString idOf(Test test);
QString idOf(Sex sex);
std::optional<Test> testFromId(const QString &id);
std::optional<Sex> sexFromId(const QString &id);
QStringList allTestIds();
QStringList allSexIds();

// True when value is a valid result of the test: a whole number of raises 0..200, or a distance 0..25 cm.
bool isValidValue(Test test, double value);
// What a valid value is, for messages: "a whole number from 0 to 200 (raises)".
QString validValues(Test test);

struct Change {
    double previous = 0;
    double by = 0;            // value - previous
    bool beyondError = false; // |by| >= 7 raises, or >= 2.0 cm
};

struct LegJudgement {
    double value = 0;
    std::optional<Change> change;
    // Heel-raise only.
    std::optional<int> referenceMedian; // 24, 21, or none when the sex was not given
    bool meetsBenchmark = false;        // value >= 30
};

struct Judgement {
    Test test = Test::HeelRaise;
    std::optional<Sex> sex;
    LegJudgement left;
    LegJudgement right;
    std::optional<double> asymmetryPercent; // one decimal; none when both legs are 0
    std::optional<bool> asymmetryOk;        // asymmetry <= 10 %
    std::optional<assessment::Side> weaker; // none when equal
    // Knee-to-wall only.
    std::optional<double> differenceCm;
    std::optional<bool> differenceMeaningful; // >= 2.0 cm
};

// Both legs of one measurement, with the last saved values to compare with, if any.
struct Input {
    Test test = Test::HeelRaise;
    double left = 0;
    double right = 0;
    std::optional<double> previousLeft;
    std::optional<double> previousRight;
    std::optional<Sex> sex; // heel-raise only
};

// Why the input cannot be judged (a value out of range), or nothing.
std::optional<QString> problemWith(const Input &input);
// Precondition: problemWith(input) is empty; otherwise throws std::invalid_argument.
Judgement judge(const Input &input);

// A change of one leg, on its own (for a chart or a report of the latest against the first).
Change changeBetween(Test test, double previous, double value);

} // namespace calfatlas::measure
