// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

namespace calfatlas::cli {

// `calfatlas-cli plate VIEW --format png|svg|pdf --output FILE [--layer L] [--select ID] [--scale 1|2|4]
// [--width PX] [--theme light|dark] [--no-labels] [--scan]`: a plate of the Explore area as a handout, drawn as
// the app draws it, with its caption and sources. Needs a QApplication (any platform, offscreen too).
int runPlate(const QStringList &arguments, Io &io);

// True when the command line asks for a command that draws with widgets, so main() makes a QApplication.
bool needsWidgets(int argc, char *argv[]);

} // namespace calfatlas::cli
