// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "scrollpage.h"

class QSpinBox;

namespace calfatlas::app {

class ChoiceGroup;

// Step 3: which leg(s) hurt and a little about the person's running. Every question can be skipped.
class AboutPage : public ScrollPage {
    Q_OBJECT

public:
    explicit AboutPage(SelfTestWizard *wizard);

    assessment::LegChoice legChoice() const;
    assessment::Context context() const;
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

signals:
    void legsChanged();

private:
    ChoiceGroup *m_legs = nullptr;
    ChoiceGroup *m_runner = nullptr;
    ChoiceGroup *m_strike = nullptr;
    ChoiceGroup *m_converting = nullptr;
    QSpinBox *m_volume = nullptr;
    ChoiceGroup *m_painful = nullptr;
    ChoiceGroup *m_sudden = nullptr;
};

} // namespace calfatlas::app
