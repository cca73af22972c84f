#include "safetypage.h"

#include "choicegroup.h"
#include "selftestwizard.h"

#include <QLabel>
#include <QVBoxLayout>

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
    QStringList sources;
    for (RedFlag flag : allRedFlags()) {
        const RedFlagText &text = wizard->content().redFlag(flag);
        if ((text.urgency == Urgency::Emergency) != (tier == Tier::Emergencies))
            continue;
        auto *question = new ChoiceGroup(text.question,
                                         {{QStringLiteral("yes"), tr("Yes"), {}, tr("Y", "the key that answers yes")},
                                          {QStringLiteral("no"), tr("No"), {}, tr("N", "the key that answers no")}},
                                         this, Qt::Horizontal);
        question->setObjectName(idOf(flag));
        question->setWhy(tr("Why we ask: %1").arg(text.why));
        connect(question, &ChoiceGroup::changed, this, &QWizardPage::completeChanged);
        body()->addWidget(question);
        m_questions.append({flag, question});
        for (const QString &key : text.sources) {
            if (!sources.contains(key))
                sources.append(key);
        }
    }
    addSourceLine(sources);
    body()->addStretch(1);
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

bool SafetyPage::isComplete() const
{
    for (const auto &entry : m_questions) {
        if (!entry.second->isAnswered())
            return false;
    }
    return true;
}

QWidget *SafetyPage::firstUnanswered() const
{
    for (const auto &entry : m_questions) {
        if (!entry.second->isAnswered())
            return entry.second->focusTarget();
    }
    return nullptr;
}

int SafetyPage::nextId() const
{
    if (m_tier == Tier::Emergencies)
        return redFlags().empty() ? SelfTestWizard::Safety : SelfTestWizard::EmergencyCare;
    return redFlags().empty() ? SelfTestWizard::About : SelfTestWizard::Care;
}

void SafetyPage::reset()
{
    for (const auto &entry : m_questions)
        entry.second->clear();
}

} // namespace calfatlas::app
