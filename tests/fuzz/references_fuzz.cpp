// SPDX-License-Identifier: MIT
// The list of sources (resources/data/references.json): loaded and consistent, or refused with a reason.
#include "fuzzsupport.h"

#include "common/datafile.h"
#include "common/references.h"

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    try {
        const References references = References::load(fuzz::asFile(data, size));
        QStringList keys;
        for (const Reference &reference : references.all()) {
            fuzz::require(references.find(reference.key) != nullptr, "every reference can be found by its key");
            keys.append(reference.key);
        }
        (void)references.shortLabels(keys);
    } catch (const DataFileException &error) {
        fuzz::require(!error.error().problem.isEmpty(), "a refusal says what is wrong");
    }
    return 0;
}
