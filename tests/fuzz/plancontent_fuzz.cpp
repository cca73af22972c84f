// SPDX-License-Identifier: MIT
// The plan back to running (resources/data/plan.json): any bytes either load into four phases of numbered
// levels whose exercises all exist, or are refused with a message naming the problem.
#include "fuzzsupport.h"

#include "builtins.h"
#include "common/datafile.h"
#include "plan/plancontent.h"

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const References &references = test::references();
    try {
        const plan::PlanContent content = plan::PlanContent::load(fuzz::asFile(data, size), references);
        fuzz::require(content.phases().size() == plan::phaseIds().size(), "the plan has its four phases");
        for (int n = 1; n <= content.levelCount(); ++n) {
            fuzz::require(content.level(n).number == n, "levels are numbered 1..N");
            for (const plan::Prescription &prescription : content.level(n).exercises)
                fuzz::require(content.exercise(prescription.exercise) != nullptr, "every exercise exists");
        }
    } catch (const DataFileException &error) {
        fuzz::require(!error.error().problem.isEmpty(), "a refusal says what is wrong");
    }
    return 0;
}
