// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/assessment.h"
#include "ui/card.h"

namespace calfatlas::app {

class SelfTestWizard;

// One piece of advice: its drawing, what to do, how much, a "show me" button and its sources.
class AdviceCard : public Card {
    Q_OBJECT

public:
    AdviceCard(const assessment::Advice &advice, SelfTestWizard *wizard, QWidget *parent = nullptr);
};

} // namespace calfatlas::app
