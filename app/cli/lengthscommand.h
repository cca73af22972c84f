// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace calfatlas::cli {

// `calfatlas-cli lengths --knee DEG --ankle DEG [--shank-mm MM] [--json]`: the calf muscles' length change
// from upright standing in one knee-and-ankle pose.
int runLengths(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
