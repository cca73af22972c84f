// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace calfatlas {
class References;
}

namespace calfatlas::app {

// A plain-text label that wraps.
QLabel *wrappingLabel(const QString &text, QWidget *parent);

// A demi-bold heading, `scale` times the normal font size; it wraps.
QLabel *headingLabel(const QString &text, QWidget *parent, double scale = 1.15);

// "Sources: Moore 2018 · Grieve 1978" as rich text, each label with its full citation as a tooltip;
// empty when no key is known.
QString sourcesHtml(const References &references, const QStringList &keys);

} // namespace calfatlas::app
