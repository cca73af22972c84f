// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <QStringList>

namespace calfatlas::cli {

// calfatlas-cli measure heel-raise|knee-to-wall: both legs judged against the norms and the measurement
// error, optionally saved to the history as the app's Recovery area does.
int runMeasure(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
