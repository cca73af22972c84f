// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/structure.h"
#include "common/references.h"

#include <QJsonObject>

namespace calfatlas::anatomy {

// A structure as JSON, in the shape of its data entry, plus "references": the full citation of every
// source it cites ({"key", "short", "citation"}).
QJsonObject toJson(const Structure &structure, const References &references);

} // namespace calfatlas::anatomy
