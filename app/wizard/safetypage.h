// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "scrollpage.h"

#include <QList>

namespace calfatlas::app {

class ChoiceGroup;

// The warning signs, asked in plain words with why we ask; any "yes" ends the test. Two of these pages: the
// emergencies first, on a short page of their own (a "yes" ends on the emergency page), then the signs to
// be seen today or soon (a "yes" ends on the care page).
class SafetyPage : public ScrollPage {
    Q_OBJECT

public:
    enum class Tier { Emergencies, Others };
    SafetyPage(SelfTestWizard *wizard, Tier tier);

    std::vector<assessment::RedFlag> redFlags() const;
    // The clot questions, on the second page only: a risk, and pain at rest (both together are a red flag).
    std::optional<bool> clotRisk() const;
    std::optional<bool> restPain() const;
    bool isComplete() const override;
    int nextId() const override;
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

private:
    QList<ChoiceGroup *> questions() const;
    void addShowMeWhere(SelfTestWizard *wizard, const QString &structure);

    Tier m_tier;
    QList<std::pair<assessment::RedFlag, ChoiceGroup *>> m_questions;
    ChoiceGroup *m_clotRisk = nullptr;
    ChoiceGroup *m_restPain = nullptr;
};

} // namespace calfatlas::app
