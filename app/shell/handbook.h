// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace calfatlas::app {

// The offline handbook (Help → CalfAtlas Handbook, F1) and the list of keyboard shortcuts, in the app's
// language.
class Handbook {
    Q_DECLARE_TR_FUNCTIONS(Handbook)

public:
    static QString html();
    static QString shortcutsHtml();
    static void show(QWidget *parent);
    static void showShortcuts(QWidget *parent);
};

} // namespace calfatlas::app
