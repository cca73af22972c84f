// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <cstdint>
#include <random>
#include <utility>

namespace calfatlas::learn {

// Random draws that are the same on every platform for a given seed, so that a quiz can be replayed.
// std::mt19937's output is fixed by the standard; the standard distributions and std::shuffle are not, so the
// bounded draw and the shuffle are our own.
class SeededRandom {
public:
    explicit SeededRandom(std::uint32_t seed) : m_engine(seed) {}

    // A number in [0, bound), without modulo bias; bound must be positive.
    std::uint32_t bounded(std::uint32_t bound);

    // Fisher–Yates, drawing with bounded().
    template <typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[qsizetype(bounded(std::uint32_t(i + 1)))]);
    }

private:
    std::mt19937 m_engine;
};

} // namespace calfatlas::learn
