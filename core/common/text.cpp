// SPDX-License-Identifier: MIT
#include "common/text.h"

#include <QStringList>

namespace calfatlas {

QString wrapText(const QString &text, int indent, int width)
{
    const QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && pad.size() + line.size() + 1 + word.size() > width) {
            lines.append(pad + line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(pad + line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace calfatlas
