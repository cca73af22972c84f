// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace calfatlas::assessment {

// "Left leg", "Right leg", or "Your sore leg" when the person did not say which (translated in the context of
// the self-test wizard, which first said them).
inline QString legName(const std::optional<Side> &side)
{
    if (!side)
        return QCoreApplication::translate("calfatlas::app::SelfTestWizard", "Your sore leg");
    return *side == Side::Left ? QCoreApplication::translate("calfatlas::app::SelfTestWizard", "Left leg")
                               : QCoreApplication::translate("calfatlas::app::SelfTestWizard", "Right leg");
}

// A stable key for a leg, to keep its answers when the page is rebuilt.
inline QString legKey(const std::optional<Side> &side)
{
    return side ? idOf(*side) : QStringLiteral("leg");
}

} // namespace calfatlas::assessment
