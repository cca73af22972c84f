#pragma once

#include "assessment/engine.h"
#include "assessment/selftestcontent.h"
#include "common/references.h"
#include "qtprinters.h"

namespace calfatlas::test {

// The built-in self-test words, loaded once for a whole suite.
inline const assessment::SelfTestContent &builtInSelfTest()
{
    static const References references = References::builtIn();
    static const assessment::SelfTestContent content = assessment::SelfTestContent::builtIn(references);
    return content;
}

inline assessment::Answers ratings(assessment::Level bench, assessment::Level wall)
{
    assessment::Answers answers;
    answers.bench = bench;
    answers.wall = wall;
    return answers;
}

} // namespace calfatlas::test
