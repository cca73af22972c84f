// SPDX-License-Identifier: MIT
#pragma once

#include "plan/planengine.h"

#include <QJsonObject>

#include <vector>

namespace calfatlas::plan {

// The status as calfatlas-cli prints it: {"active", "leg", "phase", "level", "paused", "urgency",
// "awaiting_morning", "next": {"id", "title", "exercises"}, "gate": {"phase", "met", "criteria": [{"id",
// "met", "value", "needed", "text"}]}, "warnings": [{"id", "text"}]}. Without a plan, every field but
// "active" (false) and "warnings" ([]) is null.
QJsonObject toJson(const PlanContent &content, const Status &status, const std::vector<QString> &warnings = {});

} // namespace calfatlas::plan
