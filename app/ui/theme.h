// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QApplication;

namespace calfatlas::app {

enum class Theme { System, Light, Dark };

std::optional<Theme> themeFromId(const QString &id);
QString idOf(Theme theme);

// Applies the Fusion style with a light or dark palette (or the platform's own palette for System).
void applyTheme(QApplication &app, Theme theme);

// True when the application's current palette is dark (text lighter than the window).
bool isDarkPalette();

} // namespace calfatlas::app
