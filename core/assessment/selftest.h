// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "assessment/assessment.h"
#include "assessment/selftestcontent.h"

#include <QString>

#include <optional>
#include <vector>

namespace calfatlas::assessment {

// The answers for one leg of a self-test that may cover both legs.
struct LegAnswers {
    std::optional<Side> side; // none when the person did not say which leg
    std::optional<Level> bench;
    std::optional<Level> wall;
    std::optional<double> kneeToWallCm;
    std::optional<Area> where; // unknown when the person could not say
};

// Everything a whole self-test collected: the legs tested, and what applies to the person as a whole.
struct SelfTestAnswers {
    std::vector<LegAnswers> legs;
    std::vector<RedFlag> redFlags;
    Context context;
    std::optional<bool> clotRisk; // see Answers
    std::optional<bool> restPain;
    // With one sore leg: the knee-to-wall distance of the leg that does not hurt, for comparison only (no
    // verdict is made for that leg). Ignored when both legs are tested.
    std::optional<double> otherLegKneeToWallCm;
};

// One leg's answers and the verdict the engine gave them: what is shown, copied and saved.
struct LegResult {
    Answers answers;
    Assessment assessment;
};

// Which leg(s) the person said hurt: left, right, both (each test for each leg), or unsaid (one leg).
enum class LegChoice { Unsaid, Left, Right, Both };
std::vector<LegAnswers> legsFor(LegChoice choice);

// The legs whose bench and wall tests decide: those that hurt in the calf muscles or could not say where.
// A leg that hurts elsewhere (the tendon, the heel, behind the knee, the shin, the outer leg) is not tested.
std::vector<LegAnswers> legsToTest(const std::vector<LegAnswers> &legs);

// The engine's answers for each sore leg: the red flags and context apply to every leg, and each measured
// leg's knee-to-wall distance is compared with the other leg's (the other sore leg, or with one sore leg
// the one that does not hurt).
std::vector<Answers> answersPerLeg(const SelfTestAnswers &answers);

// Assesses every leg. Precondition: each leg's answers are complete (see problemWith).
std::vector<LegResult> assessSelfTest(const SelfTestAnswers &answers, const SelfTestContent &content);

// A knee-to-wall distance as typed: empty means not measured; otherwise a number in the given unit.
enum class LengthUnit { Centimetres, Inches };
struct DistanceEntry {
    std::optional<double> cm; // set when the text is a valid distance
    QString problem;          // set when it is not; empty text is neither
};
DistanceEntry parseKneeToWall(const QString &text, LengthUnit unit);

} // namespace calfatlas::assessment
