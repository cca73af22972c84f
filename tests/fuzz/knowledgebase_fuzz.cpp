// SPDX-License-Identifier: MIT
// The anatomy knowledge base (resources/data/anatomy.json or a file given with --anatomy): any bytes either
// load into a consistent knowledge base or are refused with a DataFileException naming the problem.
#include "fuzzsupport.h"

#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "common/datafile.h"

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const References &references = test::references();
    try {
        const anatomy::KnowledgeBase base = anatomy::KnowledgeBase::load(fuzz::asFile(data, size), references);
        fuzz::require(!base.structures().isEmpty(), "a loaded knowledge base has structures");
        for (const anatomy::Structure &structure : base.structures()) {
            fuzz::require(base.find(structure.id) != nullptr, "every structure can be found by its id");
            fuzz::require(base.layerDepth(structure.layer) >= 0, "every structure's layer is known");
            (void)structure.sections();
            (void)structure.allSources();
            (void)base.search(structure.name.left(3));
        }
        (void)base.nearestIds(QStringLiteral("solius"));
    } catch (const DataFileException &error) {
        fuzz::require(!error.error().problem.isEmpty(), "a refusal says what is wrong");
    }
    return 0;
}
