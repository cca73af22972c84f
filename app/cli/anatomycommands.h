// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace calfatlas::cli {

// `calfatlas-cli list`: the ids of every structure of the knowledge base.
int runList(const QStringList &arguments, Io &io);

// `calfatlas-cli info ID`: one structure with its facts and sources.
int runInfo(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
