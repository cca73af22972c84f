// SPDX-License-Identifier: MIT
#include "textwidgets.h"

#include "common/references.h"

#include <QCoreApplication>
#include <QLabel>

namespace calfatlas::app {

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent, double scale)
{
    auto *label = wrappingLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

// The translation context of the sources line.
class SourcesText {
    Q_DECLARE_TR_FUNCTIONS(Sources)
};

QString sourcesHtml(const References &references, const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys) {
        if (const Reference *reference = references.find(key))
            parts.append(QStringLiteral("<span title=\"%1\">%2</span>")
                             .arg(reference->citation.toHtmlEscaped(), reference->shortLabel.toHtmlEscaped()));
    }
    return parts.isEmpty() ? QString() : SourcesText::tr("Sources: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace calfatlas::app
