#pragma once

#include "assessment/answers.h"
#include "assessment/assessment.h"
#include "assessment/selftestcontent.h"

#include <QString>

#include <optional>

namespace calfatlas::assessment {

// The version of the rules below; stored with every saved result.
inline constexpr int kRuleVersion = 1;

// Why answers cannot be assessed (for example a missing test rating), or nothing when they can.
std::optional<QString> problemWith(const Answers &answers);

// The self-test's decision for one leg. The rules, in order:
//  1. any red flag -> seek-care (same day unless the only flag is numbness);
//  2. bench none and wall none -> neither;
//  3. bench at least mild, wall none -> soleus;
//  4. bench none, wall at least mild -> gastrocnemius;
//  5. both at least mild: wall stronger than bench -> both, otherwise soleus.
// They follow from anatomy: the gastrocnemius crosses the knee and goes slack when it bends, so the
// bent-knee bench test loads the soleus alone, while the straight-knee wall test stretches both.
// Precondition: problemWith(answers) is empty; otherwise throws std::invalid_argument.
Assessment assess(const Answers &answers, const SelfTestContent &content);

// The knowledge-base structure a verdict points to, for "show me" (empty for neither and seek-care;
// both points to the soleus, the muscle both tests load).
QString structureForVerdict(Verdict verdict);

} // namespace calfatlas::assessment
