// SPDX-License-Identifier: MIT
#include "safetypage.h"

#include "choicegroup.h"
#include "selftestwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace calfatlas::app {

using namespace calfatlas::assessment;

SafetyPage::SafetyPage(SelfTestWizard *wizard, Tier tier) : ScrollPage(wizard), m_tier(tier)
{
    if (tier == Tier::Emergencies) {
        setObjectName(QStringLiteral("emergencyQuestions"));
        setHeading(tr("First: is this an emergency?"),
                   tr("If any answer is yes, stop here: the next page says whom to call."));
    } else {
        setObjectName(QStringLiteral("safetyQuestions"));
        setHeading(tr("Safety first"),
                   tr("Answer each question for the sore leg. If any answer is yes, the stretch tests are not for "
                      "you today, and the next page says what to do instead."));
    }
    addParagraph(tr("Keys: Tab goes from question to question; in a question, Y answers yes and N answers no "
                    "(or use the arrow keys)."),
                 true)
        ->setObjectName(QStringLiteral("keysHint"));
    const QList<ChoiceGroup::Option> yesNo{{QStringLiteral("yes"), tr("Yes"), {}, tr("Y", "the key that answers yes")},
                                           {QStringLiteral("no"), tr("No"), {}, tr("N", "the key that answers no")}};
    const auto addQuestion = [this](const QString &id, const QString &text, const QString &why,
                                    const QList<ChoiceGroup::Option> &options) {
        auto *question = new ChoiceGroup(text, options, this, Qt::Horizontal);
        question->setObjectName(id);
        question->setWhy(tr("Why we ask: %1").arg(why));
        connect(question, &ChoiceGroup::changed, this, &QWizardPage::completeChanged);
        body()->addWidget(question);
        return question;
    };
    QStringList sources;
    const auto cite = [&sources](const QStringList &keys) {
        for (const QString &key : keys) {
            if (!sources.contains(key))
                sources.append(key);
        }
    };
    for (RedFlag flag : allRedFlags()) {
        const RedFlagText &text = wizard->content().redFlag(flag);
        // clot-signs is derived from the clot questions below, never asked.
        if (flag == RedFlag::ClotSigns || (text.urgency == Urgency::Emergency) != (tier == Tier::Emergencies))
            continue;
        m_questions.append({flag, addQuestion(idOf(flag), text.question, text.why, yesNo)});
        cite(text.sources);
    }
    if (tier == Tier::Others) {
        const SelfTestContent &content = wizard->content();
        const SourcedText &why = content.explanation(QStringLiteral("why-clot-questions"));
        const SourcedText &risk = content.explanation(QStringLiteral("question-clot-risk"));
        m_clotRisk = addQuestion(QStringLiteral("clot-risk"), risk.text, why.text, yesNo);
        const SourcedText &rest = content.explanation(QStringLiteral("question-rest-pain"));
        m_restPain = addQuestion(QStringLiteral("rest-pain"), rest.text, why.text, yesNo);
        cite(risk.sources);
        cite(rest.sources);
        cite(why.sources);
        addShowMeWhere(wizard, content.redFlag(RedFlag::ClotSigns).structure);
    }
    addSourceLine(sources);
    body()->addStretch(1);
}

// Where clots form, in the atlas: the deep veins of the calf and the calf muscle pump.
void SafetyPage::addShowMeWhere(SelfTestWizard *wizard, const QString &structure)
{
    if (structure.isEmpty())
        return;
    auto *show = new QPushButton(tr("Show me where"), this);
    show->setObjectName(QStringLiteral("showClotVeins"));
    show->setToolTip(tr("Open the deep veins of the calf in the atlas: where clots form and why"));
    show->setAccessibleName(tr("Show me where clots form in the calf"));
    // Enter keeps meaning Next on every page of the test, even with the focus here; Space opens the atlas.
    show->setAutoDefault(false);
    connect(show, &QPushButton::clicked, wizard,
            [wizard, structure] { emit wizard->showStructureRequested(structure); });
    auto *row = new QHBoxLayout;
    row->addWidget(show);
    row->addStretch(1);
    body()->addLayout(row);
}

std::vector<RedFlag> SafetyPage::redFlags() const
{
    std::vector<RedFlag> flags;
    for (const auto &[flag, question] : m_questions) {
        if (question->selected() == QLatin1String("yes"))
            flags.push_back(flag);
    }
    return flags;
}

namespace {

std::optional<bool> yesOrNo(const ChoiceGroup *question)
{
    if (!question || !question->isAnswered())
        return std::nullopt;
    return question->selected() == QLatin1String("yes");
}

} // namespace

std::optional<bool> SafetyPage::clotRisk() const
{
    return yesOrNo(m_clotRisk);
}

std::optional<bool> SafetyPage::restPain() const
{
    return yesOrNo(m_restPain);
}

// Every question on the page, in reading order.
QList<ChoiceGroup *> SafetyPage::questions() const
{
    QList<ChoiceGroup *> all;
    for (const auto &entry : m_questions)
        all.append(entry.second);
    for (ChoiceGroup *question : {m_clotRisk, m_restPain}) {
        if (question)
            all.append(question);
    }
    return all;
}

bool SafetyPage::isComplete() const
{
    // A sign that already needs care today is enough to go on: someone with chest pain should not have to
    // answer four more questions before learning whom to call. A sign to be seen soon is not: a question
    // still unanswered (a clot, a hot red area) could make it today.
    Answers answers;
    answers.redFlags = redFlags();
    answers.clotRisk = clotRisk();
    answers.restPain = restPain();
    for (RedFlag flag : effectiveRedFlags(answers)) {
        if (selfTest()->content().redFlag(flag).urgency != Urgency::Soon)
            return true;
    }
    const QList<ChoiceGroup *> all = questions();
    return std::all_of(all.begin(), all.end(), [](const ChoiceGroup *question) { return question->isAnswered(); });
}

QWidget *SafetyPage::firstUnanswered() const
{
    for (ChoiceGroup *question : questions()) {
        if (!question->isAnswered())
            return question->focusTarget();
    }
    return nullptr;
}

int SafetyPage::nextId() const
{
    if (m_tier == Tier::Emergencies)
        return redFlags().empty() ? SelfTestWizard::Safety : SelfTestWizard::EmergencyCare;
    // Whether these answers are a red flag is the core's rule (clot-signs is derived there).
    Answers answers;
    answers.redFlags = redFlags();
    answers.clotRisk = clotRisk();
    answers.restPain = restPain();
    return effectiveRedFlags(answers).empty() ? SelfTestWizard::About : SelfTestWizard::Care;
}

void SafetyPage::reset()
{
    for (ChoiceGroup *question : questions())
        question->clear();
}

} // namespace calfatlas::app
