// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace calfatlas::assessment {

// The translation context of a leg's name.
class LegNames {
    Q_DECLARE_TR_FUNCTIONS(LegNames)
};

// "Left leg", "Right leg", or "Your sore leg" when the person did not say which.
inline QString legName(const std::optional<Side> &side)
{
    if (!side)
        return LegNames::tr("Your sore leg");
    return *side == Side::Left ? LegNames::tr("Left leg") : LegNames::tr("Right leg");
}

// A stable key for a leg, to keep its answers when the page is rebuilt.
inline QString legKey(const std::optional<Side> &side)
{
    return side ? idOf(*side) : QStringLiteral("leg");
}

} // namespace calfatlas::assessment
