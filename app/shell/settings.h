#pragma once

#include "theme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace calfatlas::app {

// The app's remembered preferences (window, last area, appearance). The file is kept private to the user.
class Settings {
public:
    Settings();
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString lastArea() const;
    void setLastArea(const QString &id);
    Theme theme() const;
    void setTheme(Theme theme);
    // The chosen language's code, or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    // For features that keep a few values of their own; keys are "feature/name".
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

private:
    QSettings m_settings;
};

} // namespace calfatlas::app
