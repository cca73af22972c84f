// SPDX-License-Identifier: MIT
#pragma once

#include "scrollpage.h"

namespace calfatlas::app {

// Step 1: what the self-test can and cannot tell, and that it is not a diagnosis.
class IntroPage : public ScrollPage {
    Q_OBJECT

public:
    explicit IntroPage(SelfTestWizard *wizard);
};

} // namespace calfatlas::app
