// SPDX-License-Identifier: MIT
#include "historytext.h"

#include "assessment/legnames.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace calfatlas::app {

using namespace calfatlas::assessment;

namespace {

// Its texts' translation context, as lupdate reads it.
class HistoryText {
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
};

QString joinedPerLeg(const history::SavedSelfTest &test, const std::function<QString(const LegResult &)> &text)
{
    QStringList parts;
    for (const LegResult &leg : test.legs)
        parts.append(text(leg));
    return parts.join(QStringLiteral(" / "));
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::SeekCare: return HistoryText::tr("See a clinician");
    case Verdict::Neither: return HistoryText::tr("Neither muscle");
    case Verdict::Soleus: return HistoryText::tr("Soleus");
    case Verdict::Gastrocnemius: return HistoryText::tr("Gastrocnemius");
    case Verdict::Both: return HistoryText::tr("Both muscles");
    case Verdict::Elsewhere: return HistoryText::tr("Outside the calf muscles");
    }
    return {};
}

QString confidenceName(const Assessment &assessment)
{
    if (assessment.confidence)
        return *assessment.confidence == Confidence::Likely ? HistoryText::tr("Likely") : HistoryText::tr("Possible");
    if (assessment.urgency)
        return *assessment.urgency == Urgency::Emergency ? HistoryText::tr("Emergency")
               : *assessment.urgency == Urgency::SameDay ? HistoryText::tr("Same day")
                                                         : HistoryText::tr("Soon");
    return {};
}

QString urgencyName(const Assessment &assessment)
{
    if (!assessment.urgency)
        return HistoryText::tr("No warning signs");
    return *assessment.urgency == Urgency::Emergency ? HistoryText::tr("Emergency")
           : *assessment.urgency == Urgency::SameDay ? HistoryText::tr("Same day")
                                                     : HistoryText::tr("Soon");
}

QString dateText(const QDate &date)
{
    // The date's pattern is the translator's: "2 Dec 2026" in English, "2. Dez. 2026" in German.
    return QLocale().toString(date, HistoryText::tr("d MMM yyyy", "date format"));
}

QString takenAtText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return dateText(local.date()) + QStringLiteral(", ") + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString legsText(const history::SavedSelfTest &test)
{
    return joinedPerLeg(test, [](const LegResult &leg) { return assessment::legName(leg.answers.side); });
}

QString shortLegsText(const history::SavedSelfTest &test)
{
    QStringList parts;
    for (const LegResult &leg : test.legs) {
        if (!leg.answers.side)
            parts.append(HistoryText::tr("Not given"));
        else
            parts.append(*leg.answers.side == Side::Left ? HistoryText::tr("Left") : HistoryText::tr("Right"));
    }
    return parts.join(QStringLiteral(", "));
}

QString verdictsText(const history::SavedSelfTest &test)
{
    return joinedPerLeg(test, [](const LegResult &leg) { return verdictName(leg.assessment.verdict); });
}

QString confidencesText(const history::SavedSelfTest &test)
{
    return joinedPerLeg(test, [](const LegResult &leg) {
        const QString name = confidenceName(leg.assessment);
        return name.isEmpty() ? QStringLiteral("–") : name;
    });
}

} // namespace calfatlas::app
