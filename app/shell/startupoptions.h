// SPDX-License-Identifier: MIT
#pragma once

#include "ui/theme.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::app {

// The GUI's command line. Unknown or bad options are reported and ignored: the app still starts.
struct StartupOptions {
    std::optional<Theme> theme;    // --theme system|light|dark, overrides the saved choice for this run
    QString area;                  // --view ID, the area to open
    QString anatomyFile;           // --anatomy-file FILE, a knowledge base used instead of the built-in one
    QString language;              // --language CODE (en, de, es) for this run
    bool traceStartup = false;     // --trace-startup: print start-up timings on stderr
    bool exitAfterStartup = false; // --exit-after-startup: quit once the first diagram is painted
    bool exitNow = false;          // --help or --version was answered
    int exitStatus = 0;
    QStringList warnings; // one line each, for stderr

    // `areas` are the valid --view ids, `languages` the valid --language codes.
    static StartupOptions parse(const QStringList &arguments, const QStringList &areas,
                                const QStringList &languages = {QStringLiteral("en")});
};

} // namespace calfatlas::app
