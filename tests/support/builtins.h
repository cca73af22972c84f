// SPDX-License-Identifier: MIT
#pragma once

#include "common/content.h"

namespace calfatlas::test {

// The built-in data, loaded once for a whole test program (or fuzzer, or benchmark) through Content; a part
// that cannot be loaded throws its DataFileException in the test that needs it.
inline const Content &builtIns()
{
    return Content::builtIn();
}

inline const References &references()
{
    return builtIns().requireReferences();
}

inline const anatomy::KnowledgeBase &base()
{
    return builtIns().requireAnatomy();
}

inline const assessment::SelfTestContent &builtInSelfTest()
{
    return builtIns().requireSelfTest();
}

inline const learn::LearnContent &learnContent()
{
    return builtIns().requireLearn();
}

inline const plan::PlanContent &planContent()
{
    return builtIns().requirePlan();
}

inline const biomechanics::MovementContent &movementContent()
{
    return builtIns().requireMovement();
}

} // namespace calfatlas::test
