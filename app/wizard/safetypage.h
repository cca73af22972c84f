#pragma once

#include "assessment/answers.h"
#include "scrollpage.h"

#include <QList>

namespace calfatlas::app {

class ChoiceGroup;

// Step 2: the warning signs, asked in plain words with why we ask; any "yes" ends the test.
class SafetyPage : public ScrollPage {
    Q_OBJECT

public:
    explicit SafetyPage(SelfTestWizard *wizard);

    std::vector<assessment::RedFlag> redFlags() const;
    bool isComplete() const override;
    int nextId() const override;
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

private:
    QList<std::pair<assessment::RedFlag, ChoiceGroup *>> m_questions;
};

} // namespace calfatlas::app
