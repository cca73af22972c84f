// SPDX-License-Identifier: MIT
#include "assessment/report.h"

#include "common/text.h"

namespace calfatlas::assessment {

QString plainTextReport(const std::vector<LegResult> &results, const SelfTestContent &content,
                        const References &references, int width)
{
    QString out;
    QStringList sources;
    for (const LegResult &leg : results) {
        const Assessment &result = leg.assessment;
        const QString side = result.side ? QStringLiteral(" (%1 leg)").arg(idOf(*result.side)) : QString();
        out += QStringLiteral("CalfAtlas self-test") + side + QStringLiteral("\n\n") + result.headline;
        if (result.confidence)
            out += QStringLiteral(" [") + idOf(*result.confidence) + QLatin1Char(']');
        out += QStringLiteral("\n\n");
        if (result.where)
            out += QStringLiteral("Where it hurts: ") + content.area(*result.where).label + QStringLiteral("\n\n");
        out += wrapText(result.explanation, 0, width) + QStringLiteral("\n\n");
        out += result.verdict == Verdict::SeekCare ? QStringLiteral("What to do now:\n")
                                                   : QStringLiteral("What you can do:\n");
        int number = 1;
        for (const Advice &advice : result.advice) {
            out += QStringLiteral("  %1. %2\n").arg(number++).arg(advice.title);
            out += wrapText(advice.text, 5, width) + QLatin1Char('\n');
            if (!advice.dosage.isEmpty() && result.verdict != Verdict::SeekCare)
                out += wrapText(QStringLiteral("How much: ") + advice.dosage, 5, width) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
        for (const QString &key : result.allSources()) {
            if (!sources.contains(key))
                sources.append(key);
        }
    }
    out += wrapText(QStringLiteral("Sources: ") + references.shortLabels(sources), 0, width) + QStringLiteral("\n\n");
    out += wrapText(content.disclaimer(), 0, width) + QLatin1Char('\n');
    return out;
}

} // namespace calfatlas::assessment
