#pragma once

#include "assessment/selftestcontent.h"
#include "common/references.h"

#include <QStringList>

#include <optional>

namespace calfatlas::app {

// What the app knows, loaded once at start-up and handed to each area.
struct AppData {
    References references;
    std::optional<assessment::SelfTestContent> selfTest;
    // Data files that could not be loaded, each named with the entry and field at fault.
    QStringList problems;

    static AppData loadBuiltIn();
};

} // namespace calfatlas::app
