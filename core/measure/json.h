// SPDX-License-Identifier: MIT
#pragma once

#include "measure/measurement.h"

#include <QJsonObject>

namespace calfatlas::measure {

// {"test", "legs": {"left": {...}, "right": {...}}, "asymmetry_percent", "asymmetry_ok", "weaker"}; each
// leg {"value", "change": null | {"previous", "by", "beyond_error"}}, for heel-raise also
// "reference_median", "benchmark", "meets_benchmark"; for knee-to-wall also "difference_cm" and
// "difference_meaningful". Distances in cm.
QJsonObject toJson(const Judgement &judgement);

} // namespace calfatlas::measure
