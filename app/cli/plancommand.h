// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <QStringList>

namespace calfatlas::cli {

// calfatlas-cli plan start|status|log|morning|resume|stop: the plan back to running, kept in the history as
// the app's Recovery area keeps it.
int runPlan(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
