// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/structure.h"

#include <QString>
#include <QStringList>

namespace calfatlas {
class References;
}

namespace calfatlas::app {

// The Learn area's way of citing: a small bracketed link per source ("ref:KEY") that opens it in the References
// view.
QString sourceLinksHtml(const References &references, const QStringList &keys);
// A fact's text (escaped, line breaks kept) followed by its source links.
QString factHtml(const References &references, const anatomy::Fact &fact);
// The key of a "ref:KEY" link, or empty for any other link.
QString referenceKeyOf(const QString &link);

} // namespace calfatlas::app
