// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace calfatlas::cli {

// `calfatlas-cli deck --format apkg|txt --output FILE [--seed N] [--count K]`: the study deck for Anki.
int runDeck(const QStringList &arguments, Io &io);

} // namespace calfatlas::cli
