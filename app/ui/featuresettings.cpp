// SPDX-License-Identifier: MIT
#include "featuresettings.h"

#include <QFile>

namespace calfatlas::app {

FeatureSettings::FeatureSettings() = default;

FeatureSettings::~FeatureSettings()
{
    m_settings.sync();
    // QSettings creates its file with the umask's permissions; preferences are the user's alone.
    if (QFile::exists(m_settings.fileName()))
        QFile::setPermissions(m_settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QVariant FeatureSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

void FeatureSettings::setValue(const QString &key, const QVariant &value)
{
    m_settings.setValue(key, value);
}

} // namespace calfatlas::app
