// SPDX-License-Identifier: MIT
#pragma once

namespace calfatlas::app {

// Milliseconds since the kernel started this process (not since main()), from /proc; -1 if unknown.
double millisecondsSinceProcessStart();

// The steps of start-up, for `calfatlas --trace-startup`: once enabled, each mark prints "NAME-ms=N" on stderr
// (N counted from process start), until the marks are disabled again. Without the option a mark costs one
// atomic load. Thread-safe: the plate is rasterised off the GUI thread.
void setStartupMarksEnabled(bool enabled);
bool startupMarksEnabled();
void startupMark(const char *name);

} // namespace calfatlas::app
