// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <array>
#include <optional>

// The FSRS-6 spaced-repetition scheduler (Free Spaced Repetition Scheduler, version 6), from its published
// formulas, set as CalfAtlas uses it: whole days, no same-day learning steps, no fuzz.
namespace calfatlas::learn::fsrs {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct Parameters {
    // The 21 default weights of the reference implementation (FSRS-6); w[20] is the forgetting curve's decay.
    std::array<double, 21> w{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
                             1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    double requestedRetention = 0.9;
    int maximumIntervalDays = 36500;
};

// What a card's memory is after a review: stability is the days after which recall falls to 90 %;
// difficulty runs from 1 (easiest) to 10.
struct MemoryState {
    double stability = 0.0;
    double difficulty = 0.0;
};

// A review as the student gives it: the rating and the whole days since the previous review.
struct Review {
    Rating rating = Rating::Good;
    int elapsedDays = 0;
};

// A review's outcome: the memory state after it and the days until the next one.
struct Scheduled {
    MemoryState state;
    int intervalDays = 0;
};

// The probability of recall elapsedDays after a review that left this stability.
double retrievability(double elapsedDays, double stability, const Parameters &parameters = {});

// The memory state after a card's first review.
MemoryState initialState(Rating rating, const Parameters &parameters = {});

// The memory state after a review elapsedDays (>= 0) after the one that left `before`.
MemoryState nextState(const MemoryState &before, int elapsedDays, Rating rating, const Parameters &parameters = {});

// The days until the memory falls to the requested retention: rounded, at least 1, at most the maximum.
int intervalDays(double stability, const Parameters &parameters = {});

// Schedules one review of a card: `before` is empty for a new card (its elapsed days are then ignored).
// As the reference scheduler does, the intervals the four ratings would give are kept in order (Again <=
// Hard < Good < Easy, each at least a day longer than the one before) and the rating's one is returned.
Scheduled schedule(const std::optional<MemoryState> &before, int elapsedDays, Rating rating,
                   const Parameters &parameters = {});

// Schedules a new card through a sequence of reviews; each elapsedDays must be >= 0.
QList<Scheduled> scheduleSequence(const QList<Review> &reviews, const Parameters &parameters = {});

} // namespace calfatlas::learn::fsrs
