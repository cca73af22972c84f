// SPDX-License-Identifier: MIT
#include "sourcelinks.h"

#include "common/references.h"

namespace calfatlas::app {

QString sourceLinksHtml(const References &references, const QStringList &keys)
{
    QStringList links;
    for (const QString &key : keys) {
        if (const Reference *reference = references.find(key))
            links.append(QStringLiteral("<a href=\"ref:%1\" title=\"%3\">%2</a>")
                             .arg(key.toHtmlEscaped(), reference->shortLabel.toHtmlEscaped(),
                                  reference->citation.toHtmlEscaped()));
    }
    if (links.isEmpty())
        return {};
    // Small but on the line: a raised link is too small to read or click, and clips at the top of a label.
    return QStringLiteral("<span style=\"font-size:small\">&nbsp;[%1]</span>").arg(links.join(QStringLiteral("; ")));
}

QString factHtml(const References &references, const anatomy::Fact &fact)
{
    return fact.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           sourceLinksHtml(references, fact.sources);
}

QString referenceKeyOf(const QString &link)
{
    return link.startsWith(QLatin1String("ref:")) ? link.mid(4) : QString();
}

} // namespace calfatlas::app
