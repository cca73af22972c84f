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
    bool isComplete() const override;
    int nextId() const override;
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

private:
    Tier m_tier;
    QList<std::pair<assessment::RedFlag, ChoiceGroup *>> m_questions;
};

} // namespace calfatlas::app
