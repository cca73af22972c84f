// SPDX-License-Identifier: MIT
#include "measure/measurement.h"

#include <cmath>
#include <stdexcept>

namespace calfatlas::measure {

using assessment::Side;

namespace {

// Distances are compared at 0.01 cm so that 10.1 - 8.1 counts as the 2 it is meant to be.
double roundToHundredths(double value)
{
    return std::round(value * 100.0) / 100.0;
}

LegJudgement judgeLeg(const Input &input, double value, std::optional<double> previous)
{
    LegJudgement leg;
    leg.value = value;
    if (previous)
        leg.change = changeBetween(input.test, *previous, value);
    if (input.test == Test::HeelRaise) {
        if (input.sex)
            leg.referenceMedian = *input.sex == Sex::Male ? kHeelRaiseMedianMen : kHeelRaiseMedianWomen;
        leg.meetsBenchmark = value >= kHeelRaiseBenchmark;
    }
    return leg;
}

} // namespace

QString idOf(Test test)
{
    return test == Test::HeelRaise ? QStringLiteral("heel-raise") : QStringLiteral("knee-to-wall");
}

QString idOf(Sex sex)
{
    return sex == Sex::Female ? QStringLiteral("female") : QStringLiteral("male");
}

std::optional<Test> testFromId(const QString &id)
{
    for (Test test : {Test::HeelRaise, Test::KneeToWall}) {
        if (idOf(test) == id)
            return test;
    }
    return std::nullopt;
}

std::optional<Sex> sexFromId(const QString &id)
{
    for (Sex sex : {Sex::Female, Sex::Male}) {
        if (idOf(sex) == id)
            return sex;
    }
    return std::nullopt;
}

QStringList allTestIds()
{
    return {idOf(Test::HeelRaise), idOf(Test::KneeToWall)};
}

QStringList allSexIds()
{
    return {idOf(Sex::Female), idOf(Sex::Male)};
}

bool isValidValue(Test test, double value)
{
    if (!std::isfinite(value) || value < 0)
        return false;
    if (test == Test::HeelRaise)
        return value <= kHeelRaiseMax && value == std::floor(value);
    return value <= 25.0;
}

QString validValues(Test test)
{
    return test == Test::HeelRaise ? QStringLiteral("a whole number from 0 to 200 (raises)")
                                   : QStringLiteral("a number from 0 to 25 (cm)");
}

std::optional<QString> problemWith(const Input &input)
{
    const auto check = [&](std::optional<double> value, const char *what) -> std::optional<QString> {
        if (value && !isValidValue(input.test, *value))
            return QStringLiteral("the %1 must be %2").arg(QLatin1String(what), validValues(input.test));
        return std::nullopt;
    };
    if (auto problem = check(input.left, "left leg's value"))
        return problem;
    if (auto problem = check(input.right, "right leg's value"))
        return problem;
    if (auto problem = check(input.previousLeft, "left leg's previous value"))
        return problem;
    return check(input.previousRight, "right leg's previous value");
}

Change changeBetween(Test test, double previous, double value)
{
    Change change;
    change.previous = previous;
    if (test == Test::HeelRaise) {
        change.by = value - previous;
        change.beyondError = std::abs(change.by) >= kHeelRaiseChangeBeyondError;
    } else {
        change.by = roundToHundredths(value - previous);
        change.beyondError = std::abs(change.by) >= kKneeToWallChangeBeyondErrorCm;
    }
    return change;
}

Judgement judge(const Input &input)
{
    if (const auto problem = problemWith(input))
        throw std::invalid_argument(problem->toStdString());
    Judgement result;
    result.test = input.test;
    result.sex = input.test == Test::HeelRaise ? input.sex : std::nullopt;
    result.left = judgeLeg(input, input.left, input.previousLeft);
    result.right = judgeLeg(input, input.right, input.previousRight);

    // For both tests more is better: more raises, or the knee further from the wall.
    const double better = std::max(input.left, input.right);
    const double worse = std::min(input.left, input.right);
    if (better > 0) {
        // Tenths of a percent from one division, so that 80 and 57 give 28.8, not 28.7 from 28.7499…
        result.asymmetryPercent = std::round((better - worse) * 1000.0 / better) / 10.0;
        result.asymmetryOk = *result.asymmetryPercent <= kAsymmetryLimitPercent;
    }
    if (input.left < input.right)
        result.weaker = Side::Left;
    else if (input.right < input.left)
        result.weaker = Side::Right;
    if (input.test == Test::KneeToWall) {
        result.differenceCm = roundToHundredths(std::abs(input.left - input.right));
        result.differenceMeaningful = *result.differenceCm >= kKneeToWallChangeBeyondErrorCm;
    }
    return result;
}

} // namespace calfatlas::measure
