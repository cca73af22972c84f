#include "settings.h"

#include <QFile>

namespace calfatlas::app {

Settings::Settings() = default;

Settings::~Settings()
{
    m_settings.sync();
    // QSettings creates its file with the umask's permissions; preferences are the user's alone.
    if (QFile::exists(m_settings.fileName()))
        QFile::setPermissions(m_settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QString Settings::lastArea() const
{
    return m_settings.value(QStringLiteral("window/lastArea")).toString();
}

void Settings::setLastArea(const QString &id)
{
    m_settings.setValue(QStringLiteral("window/lastArea"), id);
}

Theme Settings::theme() const
{
    return themeFromId(m_settings.value(QStringLiteral("appearance/theme")).toString()).value_or(Theme::System);
}

void Settings::setTheme(Theme theme)
{
    m_settings.setValue(QStringLiteral("appearance/theme"), idOf(theme));
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings.setValue(key, value);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

} // namespace calfatlas::app
