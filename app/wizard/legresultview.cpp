// SPDX-License-Identifier: MIT
#include "legresultview.h"

#include "advicecard.h"
#include "assessment/engine.h"
#include "assessment/legnames.h"
#include "kneetowallscale.h"
#include "legmap.h"
#include "selftestwizard.h"
#include "ui/card.h"
#include "ui/palette.h"
#include "ui/urgency.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::assessment;

namespace {

QColor accentFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::SeekCare: return palette::kVerdictSeekCare;
    case Verdict::Neither: return palette::kVerdictNeither;
    case Verdict::Soleus: return palette::kVerdictSoleus;
    case Verdict::Gastrocnemius: return palette::kVerdictGastrocnemius;
    case Verdict::Both: return palette::kVerdictBoth;
    case Verdict::Elsewhere: return palette::kVerdictElsewhere;
    }
    return {};
}

// The leg's name, or for a warning sign its tier; the headline; how sure the tests are.
void addHeadline(QVBoxLayout *inner, const Assessment &assessment, QWidget *card)
{
    if (assessment.urgency) {
        // A warning sign is about the person, not one leg: its tier instead of the leg's name.
        inner->addWidget(urgencyBadge(*assessment.urgency, card));
    } else {
        auto *leg = new QLabel(assessment::legName(assessment.side).toUpper(), card);
        leg->setForegroundRole(QPalette::PlaceholderText);
        inner->addWidget(leg);
    }
    auto *headline = new QLabel(assessment.headline, card);
    headline->setObjectName(QStringLiteral("headline"));
    headline->setWordWrap(true);
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    headline->setFont(big);
    headline->setAccessibleName(headline->text());
    inner->addWidget(headline);
    if (assessment.confidence) {
        const bool likely = *assessment.confidence == Confidence::Likely;
        auto *confidence = new QLabel(
            likely ? LegResultView::tr("<b>Confidence: likely.</b> The tests point clearly to this.")
                   : LegResultView::tr("<b>Confidence: possible.</b> The tests lean this way, but not strongly."),
            card);
        confidence->setObjectName(QStringLiteral("confidence"));
        confidence->setWordWrap(true);
        inner->addWidget(confidence);
    }
}

// Whom to call, in large type, before anything else.
void addEmergencyCall(QVBoxLayout *inner, const SelfTestContent &content, QWidget *card)
{
    auto *call = new QLabel(content.urgencyText(Urgency::Emergency), card);
    call->setObjectName(QStringLiteral("emergencyNumbers"));
    call->setWordWrap(true);
    QFont large = call->font();
    large.setPointSizeF(large.pointSizeF() * 1.35);
    large.setWeight(QFont::DemiBold);
    call->setFont(large);
    inner->addWidget(call);
}

// Why the tests point where they do; in an emergency, what each sign can mean and nothing else.
QLabel *explanationLabel(const Assessment &assessment, const SelfTestContent &content, bool emergency, QWidget *card)
{
    QString explanation = assessment.explanation;
    if (emergency) {
        QStringList reasons;
        for (RedFlag flag : assessment.redFlags) {
            const QString &reason = content.redFlag(flag).reason;
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
        explanation = LegResultView::tr("Why: %1").arg(reasons.join(QLatin1Char(' ')));
    }
    auto *why = new QLabel(explanation, card);
    why->setObjectName(QStringLiteral("explanation"));
    why->setWordWrap(true);
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return why;
}

// The place the person chose, on the little leg, beside what usually hurts there.
void addPlaceAndExplanation(QVBoxLayout *inner, const Assessment &assessment, const SelfTestContent &content,
                            QLabel *why, QWidget *card)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    auto *place = new QVBoxLayout;
    auto *map = new LegMap(content, assessment.side, card);
    map->setObjectName(QStringLiteral("resultMap"));
    map->setInteractive(false);
    map->setChosen(assessment.where);
    map->setFixedSize(72, map->heightForWidth(72));
    place->addWidget(map, 0, Qt::AlignHCenter);
    auto *name = new QLabel(content.area(*assessment.where).label, card);
    name->setObjectName(QStringLiteral("resultPlace"));
    name->setAlignment(Qt::AlignHCenter);
    name->setWordWrap(true);
    name->setFixedWidth(map->width() + 40);
    place->addWidget(name);
    place->addStretch(1);
    row->addLayout(place);
    row->addWidget(why, 1, Qt::AlignTop);
    inner->addLayout(row);
}

void addKneeToWall(QVBoxLayout *inner, const KneeToWall &result, QWidget *card)
{
    auto *scale = new KneeToWallScale(card);
    QList<KneeToWallScale::Mark> marks{{LegResultView::tr("This leg"), result.cm}};
    if (result.otherLegCm)
        marks.append({LegResultView::tr("Other"), *result.otherLegCm});
    scale->setMarks(marks);
    inner->addWidget(scale);
}

// The sources of the explanation and a way to the muscle it names.
void addFooter(QVBoxLayout *inner, const Assessment &assessment, SelfTestWizard *wizard, QWidget *card)
{
    auto *footer = new QHBoxLayout;
    auto *sources = new QLabel(wizard->sourcesHtml(assessment.explanationSources), card);
    sources->setWordWrap(true);
    sources->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(sources, 1);
    const QString muscle = structureForVerdict(assessment.verdict);
    if (!muscle.isEmpty()) {
        auto *show = new QPushButton(LegResultView::tr("Show me the muscle"), card);
        show->setObjectName(QStringLiteral("showVerdictMuscle"));
        QObject::connect(show, &QPushButton::clicked, wizard,
                         [wizard, muscle] { emit wizard->showStructureRequested(muscle); });
        footer->addWidget(show, 0, Qt::AlignBottom);
    }
    inner->addLayout(footer);
}

} // namespace

LegResultView::LegResultView(const LegResult &result, SelfTestWizard *wizard, QWidget *parent) : QWidget(parent)
{
    const Assessment &assessment = result.assessment;
    setObjectName(QStringLiteral("result-") + assessment::legKey(assessment.side));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(buildSummary(assessment, wizard));
    if (assessment.urgency == Urgency::Emergency)
        return; // the call is the only thing to do: no cards beside it
    addPlanOffer(layout, result, wizard);
    addAdvice(layout, assessment, wizard);
}

Card *LegResultView::buildSummary(const Assessment &assessment, SelfTestWizard *wizard)
{
    const SelfTestContent &content = wizard->content();
    auto *summary = new Card(this);
    summary->setAccent(assessment.urgency ? urgencyColour(*assessment.urgency) : accentFor(assessment.verdict));
    const bool emergency = assessment.urgency == Urgency::Emergency;
    auto *inner = new QVBoxLayout(summary);
    inner->setContentsMargins(24, 16, 20, 16);
    inner->setSpacing(8);
    addHeadline(inner, assessment, summary);
    if (emergency)
        addEmergencyCall(inner, content, summary);
    QLabel *why = explanationLabel(assessment, content, emergency, summary);
    if (assessment.verdict == Verdict::Elsewhere && assessment.where)
        addPlaceAndExplanation(inner, assessment, content, why, summary);
    else
        inner->addWidget(why);
    if (assessment.kneeToWall)
        addKneeToWall(inner, *assessment.kneeToWall, summary);
    addFooter(inner, assessment, wizard, summary);
    return summary;
}

// What to do: a card per piece of advice, two to a row.
void LegResultView::addAdvice(QVBoxLayout *layout, const Assessment &assessment, SelfTestWizard *wizard)
{
    auto *heading =
        new QLabel(assessment.verdict == Verdict::SeekCare ? tr("What to do now") : tr("What you can do"), this);
    QFont bold = heading->font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    int index = 0;
    for (const Advice &advice : assessment.advice) {
        grid->addWidget(new AdviceCard(advice, wizard, this), index / 2, index % 2);
        ++index;
    }
    if (index == 1)
        grid->setColumnStretch(1, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, index > 1 ? 1 : 0);
    layout->addLayout(grid);
}

// A calf muscle strain: the way back to running starts here, before the single exercises below.
void LegResultView::addPlanOffer(QVBoxLayout *layout, const LegResult &result, SelfTestWizard *wizard)
{
    const Verdict verdict = result.assessment.verdict;
    const bool calfMuscle = verdict == Verdict::Soleus || verdict == Verdict::Gastrocnemius || verdict == Verdict::Both;
    if (calfMuscle && result.answers.side) {
        auto *plan = new Card(this);
        plan->setObjectName(QStringLiteral("planOffer"));
        auto *row = new QHBoxLayout(plan);
        row->setContentsMargins(20, 12, 16, 12);
        auto *text = new QLabel(tr("<b>Back to running.</b> A plan of sessions that your pain and your measurements "
                                   "move forward, with a safety check before each one."),
                                plan);
        text->setWordWrap(true);
        row->addWidget(text, 1);
        auto *start = new QPushButton(tr("Start a plan for this leg"), plan);
        start->setObjectName(QStringLiteral("startPlan"));
        const assessment::Side side = *result.answers.side;
        connect(start, &QPushButton::clicked, wizard, [wizard, side] { emit wizard->startPlanRequested(side); });
        row->addWidget(start, 0, Qt::AlignVCenter);
        layout->addWidget(plan);
    }
}

} // namespace calfatlas::app
