// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "assessment/assessment.h"
#include "assessment/selftestcontent.h"

#include <QString>

#include <optional>

namespace calfatlas::assessment {

// The version of the rules below; stored with every saved result.
inline constexpr int kRuleVersion = 2;

// Why answers cannot be assessed (for example a missing test rating), or nothing when they can.
std::optional<QString> problemWith(const Answers &answers);

// The self-test's decision for one leg. The rules, in order:
//  1. any red flag -> seek-care, as urgent as its most urgent flag;
//  2. pain outside the calf muscles (Achilles tendon, heel, behind the knee, inner shin, outer leg) -> elsewhere;
//  3. bench none and wall none -> neither;
//  4. bench at least mild, wall none -> soleus;
//  5. bench none, wall at least mild -> gastrocnemius;
//  6. both at least mild: wall stronger than bench -> both, otherwise soleus.
// Confidence is likely only for a single positive test, at least moderate, in an area that fits its muscle.
// They follow from anatomy: the gastrocnemius crosses the knee and goes slack when it bends, so the
// bent-knee bench test loads the soleus alone, while the straight-knee wall test stretches both.
// Precondition: problemWith(answers) is empty; otherwise throws std::invalid_argument.
Assessment assess(const Answers &answers, const SelfTestContent &content);

// The knowledge-base structure a verdict points to, for "show me" (empty for neither and seek-care;
// both points to the soleus, the muscle both tests load).
QString structureForVerdict(Verdict verdict);

} // namespace calfatlas::assessment
