// SPDX-License-Identifier: MIT
#include "assessment/selftest.h"

#include "assessment/engine.h"
#include "assessment/kneetowall.h"

#include <cmath>

namespace calfatlas::assessment {

std::vector<LegAnswers> legsFor(LegChoice choice)
{
    switch (choice) {
    case LegChoice::Left: return {LegAnswers{Side::Left, {}, {}, {}, {}}};
    case LegChoice::Right: return {LegAnswers{Side::Right, {}, {}, {}, {}}};
    case LegChoice::Both: return {LegAnswers{Side::Left, {}, {}, {}, {}}, LegAnswers{Side::Right, {}, {}, {}, {}}};
    case LegChoice::Unsaid: break;
    }
    return {LegAnswers{}};
}

std::vector<LegAnswers> legsToTest(const std::vector<LegAnswers> &legs)
{
    std::vector<LegAnswers> tested;
    for (const LegAnswers &leg : legs) {
        if (!leg.where || isCalfMuscleArea(*leg.where))
            tested.push_back(leg);
    }
    return tested;
}

std::vector<Answers> answersPerLeg(const SelfTestAnswers &answers)
{
    std::vector<Answers> result;
    for (size_t i = 0; i < answers.legs.size(); ++i) {
        const LegAnswers &leg = answers.legs[i];
        Answers a;
        a.side = leg.side;
        a.bench = leg.bench;
        a.wall = leg.wall;
        a.redFlags = answers.redFlags;
        a.context = answers.context;
        a.clotRisk = answers.clotRisk;
        a.restPain = answers.restPain;
        a.kneeToWallCm = leg.kneeToWallCm;
        a.where = leg.where;
        if (answers.legs.size() == 2 && leg.kneeToWallCm)
            a.otherLegKneeToWallCm = answers.legs[1 - i].kneeToWallCm;
        else if (answers.legs.size() == 1 && leg.kneeToWallCm)
            a.otherLegKneeToWallCm = answers.otherLegKneeToWallCm;
        result.push_back(a);
    }
    return result;
}

std::vector<LegResult> assessSelfTest(const SelfTestAnswers &answers, const SelfTestContent &content)
{
    std::vector<LegResult> results;
    for (const Answers &leg : answersPerLeg(answers))
        results.push_back({leg, assess(leg, content)});
    return results;
}

DistanceEntry parseKneeToWall(const QString &text, LengthUnit unit)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    // People write decimals with a point or a comma.
    const double value = QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return {std::nullopt, QStringLiteral("not-a-number")};
    if (value < 0)
        return {std::nullopt, QStringLiteral("negative")};
    const double cm = unit == LengthUnit::Inches ? inchesToCentimetres(value) : value;
    if (!isValidKneeToWallCm(cm))
        return {std::nullopt, QStringLiteral("too-far")};
    return {cm, {}};
}

} // namespace calfatlas::assessment
