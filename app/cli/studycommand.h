// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <QStringList>

namespace calfatlas::cli {

// calfatlas-cli study schedule: how the FSRS-6 scheduler spaces a sequence of reviews of one new card.
int runStudy(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
