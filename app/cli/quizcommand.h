// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace calfatlas::cli {

// `calfatlas-cli quiz --seed N --count K [--json]`: a quiz sheet generated from the knowledge base.
int runQuiz(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
