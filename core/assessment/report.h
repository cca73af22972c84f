// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "common/references.h"

#include <QString>

#include <vector>

namespace calfatlas::assessment {

// A self-test's results as plain text, one section per leg, wrapped at `width` columns: the verdict,
// why, what to do, the sources and what the self-test is not. For the clipboard and the command line.
QString plainTextReport(const std::vector<LegResult> &results, const SelfTestContent &content,
                        const References &references, int width = 78);

} // namespace calfatlas::assessment
