#pragma once

#include "anatomy/knowledgebase.h"
#include "assessment/selftestcontent.h"
#include "common/references.h"
#include "learn/learncontent.h"

#include <QStringList>

#include <optional>

namespace calfatlas::app {

// What the app knows, loaded once at start-up and handed to each area.
struct AppData {
    References references;
    std::optional<assessment::SelfTestContent> selfTest;
    std::optional<anatomy::KnowledgeBase> anatomy;
    std::optional<learn::LearnContent> learn; // needs the knowledge base
    // Data files that could not be loaded, each named with the entry and field at fault.
    QStringList problems;

    // The built-in data; `anatomyFile`, when given, replaces the built-in knowledge base.
    static AppData load(const QString &anatomyFile = {});
    static AppData loadBuiltIn() { return load(); }
};

} // namespace calfatlas::app
