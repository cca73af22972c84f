// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace calfatlas::app {

// The app's remembered preferences as a feature sees them: a few values it keeps of its own, with keys
// "feature/name". The file is kept private to the user.
class FeatureSettings {
public:
    FeatureSettings();
    ~FeatureSettings();
    FeatureSettings(const FeatureSettings &) = delete;
    FeatureSettings &operator=(const FeatureSettings &) = delete;

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

private:
    QSettings m_settings;
};

} // namespace calfatlas::app
