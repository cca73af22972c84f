// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"

#include <QWidget>

class QVBoxLayout;

namespace calfatlas::app {

class Card;
class SelfTestWizard;

// One leg's result: the verdict in large plain words, the confidence, why, the knee-to-wall scale when
// measured, and the advice as cards.
class LegResultView : public QWidget {
    Q_OBJECT

public:
    LegResultView(const assessment::LegResult &result, SelfTestWizard *wizard, QWidget *parent = nullptr);

private:
    Card *buildSummary(const assessment::Assessment &assessment, SelfTestWizard *wizard);
    void addAdvice(QVBoxLayout *layout, const assessment::Assessment &assessment, SelfTestWizard *wizard);
    void addPlanOffer(QVBoxLayout *layout, const assessment::LegResult &result, SelfTestWizard *wizard);
};

} // namespace calfatlas::app
