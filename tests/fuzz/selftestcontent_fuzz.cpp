// SPDX-License-Identifier: MIT
// The words of the self-test (resources/data/selftest.json): once loaded, every text the engine asks for
// exists, so assessing any answers with it must not crash.
#include "fuzzsupport.h"

#include "assessment/engine.h"
#include "assessment/selftestcontent.h"
#include "builtins.h"
#include "common/datafile.h"

using namespace calfatlas;
using namespace calfatlas::assessment;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const References &references = test::references();
    try {
        const SelfTestContent content = SelfTestContent::load(fuzz::asFile(data, size), references);
        for (RedFlag flag : allRedFlags())
            (void)content.redFlag(flag);
        // One assessment per verdict path, so that every text an assessment reads is exercised.
        const std::vector<std::pair<Level, Level>> tests{{Level::None, Level::None},
                                                         {Level::Strong, Level::None},
                                                         {Level::None, Level::Mild},
                                                         {Level::Mild, Level::Strong},
                                                         {Level::Moderate, Level::Mild}};
        for (const auto &[bench, wall] : tests) {
            Answers answers;
            answers.bench = bench;
            answers.wall = wall;
            answers.context.volumeIncreasePercent = 30;
            answers.kneeToWallCm = 8;
            answers.otherLegKneeToWallCm = 11;
            (void)assess(answers, content);
        }
        Answers urgent;
        urgent.redFlags = allRedFlags();
        (void)assess(urgent, content);
        urgent.redFlags = {RedFlag::Numbness};
        (void)assess(urgent, content);
    } catch (const DataFileException &error) {
        fuzz::require(!error.error().problem.isEmpty(), "a refusal says what is wrong");
    }
    return 0;
}
