// SPDX-License-Identifier: MIT
// The Movement view's poses (resources/data/movement.json): any bytes either load into presets whose poses lie
// within the leg model's ranges and whose sources the references know, or are refused with a message naming the
// problem.
#include "fuzzsupport.h"

#include "biomechanics/movementcontent.h"
#include "builtins.h"
#include "common/datafile.h"

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const References &references = test::references();
    try {
        const biomechanics::MovementContent content =
            biomechanics::MovementContent::load(fuzz::asFile(data, size), references);
        for (const biomechanics::Preset &preset : content.presets()) {
            fuzz::require(biomechanics::clampedPose(preset.pose) == preset.pose, "a preset's pose is in range");
            for (const QString &key : preset.caption.sources)
                fuzz::require(references.find(key) != nullptr, "a preset cites a known source");
        }
    } catch (const DataFileException &error) {
        fuzz::require(!error.error().problem.isEmpty(), "a refusal says what is wrong");
    }
    return 0;
}
