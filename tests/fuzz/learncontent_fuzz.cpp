// SPDX-License-Identifier: MIT
// The Learn area's content (resources/data/learn.json): any bytes either load into a tour, a comparison and
// self-test positions that all refer to the knowledge base, or are refused with a message naming the problem.
#include "fuzzsupport.h"

#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "common/datafile.h"
#include "learn/learncontent.h"

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const References &references = test::references();
    const anatomy::KnowledgeBase &base = test::base();
    try {
        const learn::LearnContent content = learn::LearnContent::load(fuzz::asFile(data, size), references, base);
        for (const learn::TourStep &step : content.tour())
            fuzz::require(step.select.isEmpty() || base.find(step.select) != nullptr,
                          "a tour step selects a known structure");
    } catch (const DataFileException &error) {
        fuzz::require(!error.error().problem.isEmpty(), "a refusal says what is wrong");
    }
    return 0;
}
