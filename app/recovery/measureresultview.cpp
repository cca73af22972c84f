// SPDX-License-Identifier: MIT
#include "measureresultview.h"

#include "assessment/kneetowall.h"
#include "ui/card.h"
#include "ui/textwidgets.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::measure;
using assessment::Side;

namespace {

const QString kHeelRaiseSource = QStringLiteral("HebertLosier2017");
const QString kExperts = QStringLiteral("Green2022");
const QString kKneeToWallError = QStringLiteral("Powden2015");

QString amount(Test test, double value)
{
    if (test == Test::HeelRaise)
        return value == 1 ? MeasureResultView::tr("1 raise") : MeasureResultView::tr("%1 raises").arg(int(value));
    return test == Test::HeelRaise ? QString()
                                   : MeasureResultView::tr("%1 cm").arg(assessment::formatCentimetres(value));
}

QString signedAmount(Test test, double value)
{
    const QString sign = value > 0 ? QStringLiteral("+") : value < 0 ? QStringLiteral("−") : QString();
    return sign + amount(test, std::abs(value));
}

} // namespace

MeasureResultView::MeasureResultView(const Judgement &judgement, const References &references, QWidget *parent)
    : QWidget(parent), m_references(references)
{
    setObjectName(QStringLiteral("measureResult"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const Test test = judgement.test;
    const bool raises = test == Test::HeelRaise;

    for (const auto &[side, leg] : {std::pair{Side::Left, &judgement.left}, std::pair{Side::Right, &judgement.right}}) {
        const QString name = side == Side::Left ? tr("Left leg") : tr("Right leg");
        addLine(tr("%1: %2").arg(name, amount(test, leg->value)), {}, true);
        if (raises && leg->referenceMedian)
            addLine(judgement.sex == Sex::Male ? tr("The median of healthy men is %1.").arg(*leg->referenceMedian)
                                               : tr("The median of healthy women is %1.").arg(*leg->referenceMedian),
                    {kHeelRaiseSource});
        if (raises)
            addLine(leg->meetsBenchmark ? tr("Meets the return-to-running benchmark of at least %1 from the floor.")
                                              .arg(kHeelRaiseBenchmark)
                                        : tr("Below the return-to-running benchmark of at least %1 from the floor.")
                                              .arg(kHeelRaiseBenchmark),
                    {kExperts});
        if (leg->change) {
            const QString error = raises ? tr("7 raises or more") : tr("2 cm or more");
            addLine(leg->change->beyondError
                        ? tr("Since the last saved test (%1): %2, beyond measurement error (%3).")
                              .arg(amount(test, leg->change->previous), signedAmount(test, leg->change->by), error)
                        : tr("Since the last saved test (%1): %2, within measurement error (a real change is %3).")
                              .arg(amount(test, leg->change->previous), signedAmount(test, leg->change->by), error),
                    {raises ? kHeelRaiseSource : kKneeToWallError});
        }
    }
    if (judgement.differenceCm)
        addLine(*judgement.differenceMeaningful
                    ? tr("Left–right difference: %1, beyond measurement error (2 cm or more).")
                          .arg(amount(test, *judgement.differenceCm))
                    : tr("Left–right difference: %1, within measurement error (under 2 cm).")
                          .arg(amount(test, *judgement.differenceCm)),
                {kKneeToWallError}, true);
    if (judgement.asymmetryPercent) {
        const QString percent = QLocale().toString(*judgement.asymmetryPercent, 'f', 1);
        // For heel raises the leg with fewer is weaker; for knee-to-wall the shorter distance bends less.
        QString weaker;
        if (judgement.weaker && raises)
            weaker =
                *judgement.weaker == Side::Left ? tr(" (the left leg is weaker)") : tr(" (the right leg is weaker)");
        else if (judgement.weaker)
            weaker = *judgement.weaker == Side::Left ? tr(" (the left ankle bends less)")
                                                     : tr(" (the right ankle bends less)");
        addLine(*judgement.asymmetryOk
                    ? tr("Left–right asymmetry: %1 %%2, within the experts' limit of 10 % for a return to running.")
                          .arg(percent, weaker)
                    : tr("Left–right asymmetry: %1 %%2, over the experts' limit of 10 % for a return to running.")
                          .arg(percent, weaker),
                {kExperts}, true);
    }
}

void MeasureResultView::addLine(const QString &text, const QStringList &sources, bool strong)
{
    m_lines.append(text);
    QString html = text.toHtmlEscaped();
    if (strong)
        html = QStringLiteral("<b>%1</b>").arg(html);
    if (!sources.isEmpty())
        html += QStringLiteral(" <span style='color:%1'>%2</span>")
                    .arg(palette().color(QPalette::PlaceholderText).name(), sourcesHtml(m_references, sources));
    auto *label = new QLabel(html, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(false);
    layout()->addWidget(label);
}

} // namespace calfatlas::app
