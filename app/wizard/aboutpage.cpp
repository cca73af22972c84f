// SPDX-License-Identifier: MIT
#include "aboutpage.h"

#include "choicegroup.h"
#include "selftestwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::assessment;

namespace {

std::optional<bool> yesNo(const ChoiceGroup *group)
{
    const QString answer = group->selected();
    if (answer == QLatin1String("yes"))
        return true;
    if (answer == QLatin1String("no"))
        return false;
    return std::nullopt;
}

} // namespace

AboutPage::AboutPage(SelfTestWizard *wizard) : ScrollPage(wizard)
{
    setHeading(tr("About you"), tr("A few questions that help read the tests. Skip any you are not sure about."));
    const QList<ChoiceGroup::Option> yesNoSkip{
        {QStringLiteral("yes"), tr("Yes"), {}, tr("Y", "the key that answers yes")},
        {QStringLiteral("no"), tr("No"), {}, tr("N", "the key that answers no")},
        {QStringLiteral("skip"), tr("Not sure"), {}}};
    addParagraph(tr("Keys: Tab goes from question to question and the arrow keys choose an answer; in a yes-or-no "
                    "question, Y answers yes and N answers no."),
                 true)
        ->setObjectName(QStringLiteral("keysHint"));

    m_legs = new ChoiceGroup(tr("Which leg is sore?"),
                             {{QStringLiteral("left"), tr("Left"), {}},
                              {QStringLiteral("right"), tr("Right"), {}},
                              {QStringLiteral("both"), tr("Both (you will test each leg)"), {}}},
                             this, Qt::Horizontal);
    m_legs->setObjectName(QStringLiteral("legs"));
    connect(m_legs, &ChoiceGroup::changed, this, &AboutPage::legsChanged);
    body()->addWidget(m_legs);

    m_sudden = new ChoiceGroup(tr("Did the pain start suddenly, during a run or a sprint, in the last two weeks?"),
                               yesNoSkip, this, Qt::Horizontal);
    m_sudden->setObjectName(QStringLiteral("sudden"));
    m_sudden->setWhy(tr("Why we ask: a sudden start asks for a gentler test and a few easier days."));
    body()->addWidget(m_sudden);

    m_runner = new ChoiceGroup(tr("Do you run?"), yesNoSkip, this, Qt::Horizontal);
    m_runner->setObjectName(QStringLiteral("runner"));
    body()->addWidget(m_runner);

    const SelfTestContent &content = wizard->content();
    QList<ChoiceGroup::Option> strikes;
    QStringList sources;
    for (Strike strike : {Strike::Rearfoot, Strike::Midfoot, Strike::Forefoot}) {
        const StrikeText &text = content.strike(strike);
        strikes.append({idOf(strike), text.label, text.text});
        for (const QString &key : text.sources) {
            if (!sources.contains(key))
                sources.append(key);
        }
    }
    strikes.append({QStringLiteral("unknown"), tr("Not sure"), {}});
    m_strike = new ChoiceGroup(tr("When you run, which part of your foot lands first?"), strikes, this);
    m_strike->setObjectName(QStringLiteral("strike"));
    body()->addWidget(m_strike);
    addSourceLine(sources);

    m_converting = new ChoiceGroup(tr("Are you changing to a midfoot strike?"), yesNoSkip, this, Qt::Horizontal);
    m_converting->setObjectName(QStringLiteral("converting"));
    body()->addWidget(m_converting);

    auto *volumeRow = new QHBoxLayout;
    auto *volumeLabel = new QLabel(tr("By how much did your weekly running go up in the last few weeks?"), this);
    volumeLabel->setWordWrap(true);
    QFont bold = volumeLabel->font();
    bold.setWeight(QFont::DemiBold);
    volumeLabel->setFont(bold);
    m_volume = new QSpinBox(this);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(-1, 500);
    m_volume->setSpecialValueText(tr("Not sure"));
    m_volume->setSuffix(tr(" %"));
    m_volume->setValue(-1);
    m_volume->setAccessibleName(volumeLabel->text());
    volumeLabel->setBuddy(m_volume);
    volumeRow->addWidget(volumeLabel, 1);
    volumeRow->addWidget(m_volume);
    body()->addLayout(volumeRow);

    m_painful =
        new ChoiceGroup(tr("Does pointing your foot down hurt, or feel restricted?"), yesNoSkip, this, Qt::Horizontal);
    m_painful->setObjectName(QStringLiteral("painful"));
    body()->addWidget(m_painful);
    body()->addStretch(1);
}

LegChoice AboutPage::legChoice() const
{
    const QString legs = m_legs->selected();
    if (legs == QLatin1String("left"))
        return LegChoice::Left;
    if (legs == QLatin1String("right"))
        return LegChoice::Right;
    if (legs == QLatin1String("both"))
        return LegChoice::Both;
    return LegChoice::Unsaid;
}

Context AboutPage::context() const
{
    Context context;
    context.runner = yesNo(m_runner);
    context.strike = strikeFromId(m_strike->selected()).value_or(Strike::Unknown);
    context.convertingToMidfoot = yesNo(m_converting);
    if (m_volume->value() >= 0)
        context.volumeIncreasePercent = m_volume->value();
    context.painfulPlantarflexion = yesNo(m_painful);
    context.suddenOnset = yesNo(m_sudden);
    return context;
}

QWidget *AboutPage::firstUnanswered() const
{
    for (ChoiceGroup *group : {m_legs, m_sudden, m_runner, m_strike, m_converting}) {
        if (!group->isAnswered())
            return group->focusTarget();
    }
    if (m_volume->value() < 0)
        return m_volume;
    return m_painful->isAnswered() ? nullptr : m_painful->focusTarget();
}

void AboutPage::reset()
{
    for (ChoiceGroup *group : {m_legs, m_sudden, m_runner, m_strike, m_converting, m_painful})
        group->clear();
    m_volume->setValue(-1);
}

} // namespace calfatlas::app
