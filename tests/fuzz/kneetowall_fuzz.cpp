// SPDX-License-Identifier: MIT
// A knee-to-wall distance as a person types it in the self-test, in centimetres or inches: either a
// distance within 0-25 cm that interprets and formats, or a named problem.
#include "fuzzsupport.h"

#include "assessment/kneetowall.h"
#include "assessment/selftest.h"

using namespace calfatlas::assessment;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    calfatlas::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(calfatlas::fuzz::bytesOf(data, size));
    std::optional<double> previous;
    for (LengthUnit unit : {LengthUnit::Centimetres, LengthUnit::Inches}) {
        const DistanceEntry entry = parseKneeToWall(text, unit);
        if (!entry.cm) {
            calfatlas::fuzz::require(!entry.problem.isEmpty() || text.trimmed().isEmpty(),
                                     "a rejected distance names its problem");
            continue;
        }
        calfatlas::fuzz::require(entry.problem.isEmpty(), "an accepted distance has no problem");
        calfatlas::fuzz::require(isValidKneeToWallCm(*entry.cm), "an accepted distance is within 0-25 cm");
        const KneeToWall measure = interpretKneeToWall(*entry.cm, previous);
        calfatlas::fuzz::require(!measure.differenceCm || *measure.differenceCm <= kKneeToWallMaxCm,
                                 "two valid distances differ by at most 25 cm");
        calfatlas::fuzz::require(!formatCentimetres(*entry.cm).isEmpty(), "a distance formats");
        previous = entry.cm;
    }
    return 0;
}
