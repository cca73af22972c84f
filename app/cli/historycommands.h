// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <vector>

namespace calfatlas::assessment {
struct LegResult;
}

namespace calfatlas::cli {

// `calfatlas-cli history [--json]`: the saved self-tests, newest first.
int runHistory(const QStringList &arguments, Io &io);
// `calfatlas-cli export --format csv|json [--output FILE]`: the whole history for a spreadsheet or a program.
int runExport(const QStringList &arguments, Io &io);

// Saves a result to the history as the app does; says where on io.out, or why not on io.err.
bool saveToHistory(const std::vector<assessment::LegResult> &legs, const QString &note, Io &io, qint64 *id = nullptr);

} // namespace calfatlas::cli
