// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace calfatlas::cli {

// `calfatlas-cli assess`: the self-test verdict for one leg from the two test ratings and the context.
int runAssess(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
