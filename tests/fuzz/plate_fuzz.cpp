// SPDX-License-Identifier: MIT
// An anatomy plate (the SVG files of resources/art): a valid plate is consistent, an invalid one says why.
#include "fuzzsupport.h"

#include "anatomy/plate.h"

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    QString problem;
    const anatomy::Plate plate =
        anatomy::Plate::fromBytes(fuzz::bytesOf(data, size), QStringLiteral("fuzz.svg"), &problem);
    if (!plate.isValid()) {
        fuzz::require(!problem.isEmpty(), "an invalid plate says why");
        return 0;
    }
    for (const anatomy::PlatePiece &piece : plate.pieces()) {
        fuzz::require(piece.layer >= 0 && piece.layer < plate.layers().size(), "every piece is in a used layer");
        fuzz::require(plate.layerOf(piece.id) >= 0, "every piece's layer can be looked up");
        (void)plate.origin(piece.id);
        (void)plate.insertion(piece.id);
    }
    (void)plate.structureIds();
    return 0;
}
