// SPDX-License-Identifier: MIT
#include "learn/seededrandom.h"

namespace calfatlas::learn {

std::uint32_t SeededRandom::bounded(std::uint32_t bound)
{
    if (bound <= 1)
        return 0;
    // Reject the top slice of the 32-bit range that would favour small results.
    const std::uint64_t range = std::uint64_t(1) << 32;
    const std::uint64_t limit = range - range % bound;
    std::uint64_t draw = 0;
    do {
        draw = std::uint64_t(m_engine()) & 0xFFFFFFFFu;
    } while (draw >= limit);
    return std::uint32_t(draw % bound);
}

} // namespace calfatlas::learn
