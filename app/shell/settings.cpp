// SPDX-License-Identifier: MIT
#include "settings.h"

namespace calfatlas::app {

QByteArray Settings::windowGeometry() const
{
    return value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(QStringLiteral("window/geometry"), geometry);
}

bool Settings::compactSidebar() const
{
    return value(QStringLiteral("window/compactSidebar"), false).toBool();
}

void Settings::setCompactSidebar(bool compact)
{
    setValue(QStringLiteral("window/compactSidebar"), compact);
}

QString Settings::lastArea() const
{
    return value(QStringLiteral("window/lastArea")).toString();
}

void Settings::setLastArea(const QString &id)
{
    setValue(QStringLiteral("window/lastArea"), id);
}

Theme Settings::theme() const
{
    return themeFromId(value(QStringLiteral("appearance/theme")).toString()).value_or(Theme::System);
}

void Settings::setTheme(Theme theme)
{
    setValue(QStringLiteral("appearance/theme"), idOf(theme));
}

QString Settings::language() const
{
    return value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    setValue(QStringLiteral("ui/language"), code);
}

} // namespace calfatlas::app
