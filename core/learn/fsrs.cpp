// SPDX-License-Identifier: MIT
#include "learn/fsrs.h"

#include <algorithm>
#include <cmath>

namespace calfatlas::learn::fsrs {

namespace {

constexpr double kMinimumStability = 0.001;
constexpr double kMaximumStability = 36500.0;
constexpr double kMinimumInitialStability = 0.1;

int grade(Rating rating)
{
    return static_cast<int>(rating);
}

// The forgetting curve's exponent is -w20; its factor is chosen so that recall is 90 % after `stability` days.
double decay(const Parameters &p)
{
    return -p.w[20];
}

double factor(const Parameters &p)
{
    return std::pow(0.9, 1.0 / decay(p)) - 1.0;
}

// D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped: the mean reversion aims at D0(Easy), which lies below 1.
double initialDifficulty(Rating rating, const Parameters &p)
{
    return p.w[4] - std::exp(p.w[5] * (grade(rating) - 1)) + 1.0;
}

// ΔD = -w6 (G - 3), damped linearly as D nears 10, then a pull of weight w7 back towards D0(Easy).
double nextDifficulty(double difficulty, Rating rating, const Parameters &p)
{
    const double delta = -p.w[6] * (grade(rating) - 3);
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    const double reverted = p.w[7] * initialDifficulty(Rating::Easy, p) + (1.0 - p.w[7]) * damped;
    return std::clamp(reverted, 1.0, 10.0);
}

// S'r = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) · w15 if Hard · w16 if Easy)
double stabilityAfterRecall(const MemoryState &s, double recall, Rating rating, const Parameters &p)
{
    const double hardPenalty = rating == Rating::Hard ? p.w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? p.w[16] : 1.0;
    const double growth = std::exp(p.w[8]) * (11.0 - s.difficulty) * std::pow(s.stability, -p.w[9]) *
                          (std::exp(p.w[10] * (1.0 - recall)) - 1.0) * hardPenalty * easyBonus;
    return std::clamp(s.stability * (1.0 + growth), kMinimumStability, kMaximumStability);
}

// S'f = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)); never above the stability before the lapse (without
// same-day steps the post-lapse bound S / e^(w17 w18) is S itself).
double stabilityAfterLapse(const MemoryState &s, double recall, const Parameters &p)
{
    const double forgotten =
        std::clamp(p.w[11] * std::pow(s.difficulty, -p.w[12]) * (std::pow(s.stability + 1.0, p.w[13]) - 1.0) *
                       std::exp(p.w[14] * (1.0 - recall)),
                   kMinimumStability, kMaximumStability);
    return std::min(std::max(s.stability, kMinimumStability), forgotten);
}

MemoryState stateAfter(const std::optional<MemoryState> &before, int elapsedDays, Rating rating, const Parameters &p)
{
    return before ? nextState(*before, elapsedDays, rating, p) : initialState(rating, p);
}

} // namespace

double retrievability(double elapsedDays, double stability, const Parameters &parameters)
{
    return std::pow(1.0 + factor(parameters) * elapsedDays / stability, decay(parameters));
}

MemoryState initialState(Rating rating, const Parameters &parameters)
{
    return {std::max(parameters.w[grade(rating) - 1], kMinimumInitialStability),
            std::clamp(initialDifficulty(rating, parameters), 1.0, 10.0)};
}

MemoryState nextState(const MemoryState &before, int elapsedDays, Rating rating, const Parameters &parameters)
{
    const double recall = retrievability(elapsedDays, before.stability, parameters);
    const double stability = rating == Rating::Again ? stabilityAfterLapse(before, recall, parameters)
                                                     : stabilityAfterRecall(before, recall, rating, parameters);
    return {stability, nextDifficulty(before.difficulty, rating, parameters)};
}

int intervalDays(double stability, const Parameters &parameters)
{
    // I(S) = S / factor · (r^(1/decay) - 1): S itself when the requested retention r is 90 %.
    const double days =
        stability / factor(parameters) * (std::pow(parameters.requestedRetention, 1.0 / decay(parameters)) - 1.0);
    const double rounded = std::round(std::min(days, double(parameters.maximumIntervalDays)));
    return std::clamp(int(rounded), 1, parameters.maximumIntervalDays);
}

Scheduled schedule(const std::optional<MemoryState> &before, int elapsedDays, Rating rating,
                   const Parameters &parameters)
{
    std::array<MemoryState, 4> states;
    std::array<int, 4> intervals{};
    for (int g = 1; g <= 4; ++g) {
        states[g - 1] = stateAfter(before, elapsedDays, Rating(g), parameters);
        intervals[g - 1] = intervalDays(states[g - 1].stability, parameters);
    }
    // Again <= Hard < Good < Easy, as the reference orders them; then the maximum holds for every rating.
    intervals[0] = std::min(intervals[0], intervals[1]);
    for (int i = 1; i < 4; ++i)
        intervals[i] = std::max(intervals[i], intervals[i - 1] + 1);
    const int i = grade(rating) - 1;
    return {states[i], std::min(intervals[i], parameters.maximumIntervalDays)};
}

QList<Scheduled> scheduleSequence(const QList<Review> &reviews, const Parameters &parameters)
{
    QList<Scheduled> out;
    out.reserve(reviews.size());
    std::optional<MemoryState> state;
    for (const Review &review : reviews) {
        out.append(schedule(state, review.elapsedDays, review.rating, parameters));
        state = out.last().state;
    }
    return out;
}

} // namespace calfatlas::learn::fsrs
