// SPDX-License-Identifier: MIT
#pragma once

#include "ui/featuresettings.h"
#include "ui/theme.h"

#include <QByteArray>
#include <QString>

namespace calfatlas::app {

// The app's remembered preferences (window, last area, appearance), in the same private file as the values
// the features keep of their own.
class Settings : public FeatureSettings {
public:
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // Whether the sidebar shows its icons only, to leave the areas more room.
    bool compactSidebar() const;
    void setCompactSidebar(bool compact);
    QString lastArea() const;
    void setLastArea(const QString &id);
    Theme theme() const;
    void setTheme(Theme theme);
    // The chosen language's code, or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);
};

} // namespace calfatlas::app
