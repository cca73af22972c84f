// SPDX-License-Identifier: MIT
// The FSRS-6 scheduler against the reference implementation's own numbers (tests/data/fsrs-reference.json,
// see tests/data/README.md), and its boundaries written out by hand from the formulas.
#include "learn/fsrs.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace calfatlas::learn::fsrs;

namespace {

// The reference rounds each step to 8 decimals; we do not, so the states agree to about 1e-7.
constexpr double kRelativeTolerance = 1e-6;

QJsonObject reference()
{
    QFile file(calfatlas::test::dataFile(QStringLiteral("fsrs-reference.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Rating ratingNamed(const QString &name)
{
    if (name == QLatin1String("again"))
        return Rating::Again;
    if (name == QLatin1String("hard"))
        return Rating::Hard;
    if (name == QLatin1String("easy"))
        return Rating::Easy;
    return Rating::Good;
}

void expectNear(double actual, double expected, const QString &where)
{
    EXPECT_LE(std::abs(actual - expected), kRelativeTolerance * std::abs(expected))
        << where.toStdString() << ": " << actual << " instead of " << expected;
}

} // namespace

TEST(FsrsTest, TheFixtureHoldsAtLeastTenSequencesWithEveryRating)
{
    const QJsonObject fixture = reference();
    const QJsonArray sequences = fixture.value(QStringLiteral("sequences")).toArray();
    EXPECT_GE(sequences.size(), 10);
    QSet<QString> ratings;
    for (const auto &sequence : sequences)
        for (const auto &review : sequence.toObject().value(QStringLiteral("reviews")).toArray())
            ratings.insert(review.toObject().value(QStringLiteral("rating")).toString());
    EXPECT_EQ(ratings.size(), 4);
    const QJsonArray w = fixture.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("w")).toArray();
    const Parameters defaults;
    ASSERT_EQ(w.size(), qsizetype(defaults.w.size()));
    for (qsizetype i = 0; i < w.size(); ++i)
        EXPECT_EQ(w.at(i).toDouble(), defaults.w.at(std::size_t(i))) << "w" << i;
}

TEST(FsrsTest, EverySequenceOfTheReferenceIsScheduledAlike)
{
    const QJsonArray sequences = reference().value(QStringLiteral("sequences")).toArray();
    ASSERT_FALSE(sequences.isEmpty());
    for (const auto &value : sequences) {
        const QJsonObject sequence = value.toObject();
        const QString name = sequence.value(QStringLiteral("name")).toString();
        const QJsonArray expected = sequence.value(QStringLiteral("reviews")).toArray();
        QList<Review> reviews;
        for (const auto &review : expected)
            reviews.append({ratingNamed(review.toObject().value(QStringLiteral("rating")).toString()),
                            review.toObject().value(QStringLiteral("elapsed_days")).toInt()});
        const QList<Scheduled> scheduled = scheduleSequence(reviews);
        ASSERT_EQ(scheduled.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject want = expected.at(i).toObject();
            const QString where = QStringLiteral("%1, review %2").arg(name).arg(i + 1);
            expectNear(scheduled.at(i).state.stability, want.value(QStringLiteral("stability")).toDouble(), where);
            expectNear(scheduled.at(i).state.difficulty, want.value(QStringLiteral("difficulty")).toDouble(), where);
            const int interval = want.value(QStringLiteral("interval_days")).toInt();
            // The reference lets its ordering of the four ratings push Easy past its own maximum (36502
            // days after a stability of 36500); we keep the maximum.
            EXPECT_EQ(scheduled.at(i).intervalDays, std::min(interval, 36500)) << where.toStdString();
        }
    }
}

TEST(FsrsTest, TheReferenceOnlyPassesTheMaximumOnceAndWeHoldIt)
{
    int beyond = 0;
    for (const auto &sequence : reference().value(QStringLiteral("sequences")).toArray())
        for (const auto &review : sequence.toObject().value(QStringLiteral("reviews")).toArray())
            beyond += review.toObject().value(QStringLiteral("interval_days")).toInt() > 36500 ? 1 : 0;
    EXPECT_EQ(beyond, 1);
    const Scheduled easy = schedule(MemoryState{36085.9885, 1.0}, 36500, Rating::Easy);
    EXPECT_DOUBLE_EQ(easy.state.stability, 36500.0);
    EXPECT_EQ(easy.intervalDays, 36500);
}

TEST(FsrsTest, TheForgettingCurveMatchesTheReference)
{
    const QJsonArray points = reference().value(QStringLiteral("retrievability")).toArray();
    ASSERT_FALSE(points.isEmpty());
    for (const auto &value : points) {
        const QJsonObject point = value.toObject();
        const double t = point.value(QStringLiteral("elapsed_days")).toDouble();
        const double s = point.value(QStringLiteral("stability")).toDouble();
        // The reference rounds the curve to 8 decimals.
        EXPECT_NEAR(retrievability(t, s), point.value(QStringLiteral("retrievability")).toDouble(), 1e-8)
            << "t = " << t << ", S = " << s;
    }
}

TEST(FsrsTest, RecallIsNinetyPercentAfterStabilityDays)
{
    for (const double s : {0.1, 1.0, 2.3065, 100.0, 36500.0}) {
        EXPECT_DOUBLE_EQ(retrievability(0, s), 1.0);
        EXPECT_NEAR(retrievability(s, s), 0.9, 1e-12) << s;
    }
}

TEST(FsrsTest, TheFirstReviewStartsFromTheRatingsOwnWeights)
{
    // S0 = w0..w3; D0 = w4 - e^(w5 (G - 1)) + 1, at least 1.
    const Parameters p;
    struct Case {
        Rating rating;
        double stability;
        double difficulty;
        int interval;
    };
    const Case cases[] = {
        {Rating::Again, 0.212, 6.4133, 1},
        {Rating::Hard, 1.2931, 6.4133 - std::exp(0.8334) + 1, 2},
        {Rating::Good, 2.3065, 6.4133 - std::exp(2 * 0.8334) + 1, 3},
        {Rating::Easy, 8.2956, 1.0, 8},
    };
    for (const Case &c : cases) {
        const Scheduled first = schedule(std::nullopt, 0, c.rating, p);
        EXPECT_DOUBLE_EQ(first.state.stability, c.stability) << int(c.rating);
        EXPECT_DOUBLE_EQ(first.state.difficulty, c.difficulty) << int(c.rating);
        EXPECT_EQ(first.intervalDays, c.interval) << int(c.rating);
    }
}

TEST(FsrsTest, GoodAfterAFirstGoodComesADayAfterHard)
{
    // S0(Good) = 2.3065 rounds to 2 days, the same as Hard's 1.2931 days would reach once Hard is at
    // least a day after Again: Good is then pushed to 3.
    EXPECT_EQ(intervalDays(2.3065), 2);
    EXPECT_EQ(schedule(std::nullopt, 0, Rating::Good).intervalDays, 3);
}

TEST(FsrsTest, TheIntervalIsRoundedAndClamped)
{
    EXPECT_EQ(intervalDays(0.001), 1);
    EXPECT_EQ(intervalDays(0.49), 1);
    EXPECT_EQ(intervalDays(1.49), 1);
    EXPECT_EQ(intervalDays(1.51), 2);
    EXPECT_EQ(intervalDays(36499.4), 36499);
    EXPECT_EQ(intervalDays(36500.0), 36500);
    EXPECT_EQ(intervalDays(1e9), 36500);
    Parameters shortMaximum;
    shortMaximum.maximumIntervalDays = 30;
    EXPECT_EQ(intervalDays(100.0, shortMaximum), 30);
}

TEST(FsrsTest, AHigherRetentionAsksForShorterIntervals)
{
    Parameters strict;
    strict.requestedRetention = 0.95;
    EXPECT_LT(intervalDays(100.0, strict), intervalDays(100.0));
    EXPECT_NEAR(retrievability(intervalDays(100.0, strict), 100.0), 0.95, 0.002);
}

TEST(FsrsTest, DifficultyStaysBetweenOneAndTen)
{
    MemoryState state = initialState(Rating::Again);
    for (int i = 0; i < 20; ++i) {
        state = nextState(state, 1, Rating::Again);
        EXPECT_LE(state.difficulty, 10.0);
    }
    state = initialState(Rating::Easy);
    for (int i = 0; i < 20; ++i) {
        state = nextState(state, 1, Rating::Easy);
        EXPECT_GE(state.difficulty, 1.0);
    }
}

TEST(FsrsTest, ALapseNeverRaisesStability)
{
    const MemoryState state{3.0, 2.0};
    for (const int days : {0, 1, 3, 30, 3000})
        EXPECT_LE(nextState(state, days, Rating::Again).stability, state.stability) << days;
}

TEST(FsrsTest, ASameDayReviewKeepsTheStabilityOfARecall)
{
    // Without same-day steps a review after 0 days finds recall at 100 %: nothing to strengthen.
    const MemoryState state{12.0, 5.0};
    for (const Rating rating : {Rating::Hard, Rating::Good, Rating::Easy})
        EXPECT_DOUBLE_EQ(nextState(state, 0, rating).stability, 12.0);
}

TEST(FsrsTest, ALaterRecallStrengthensMore)
{
    const MemoryState state{10.0, 5.0};
    EXPECT_LT(nextState(state, 5, Rating::Good).stability, nextState(state, 10, Rating::Good).stability);
    EXPECT_LT(nextState(state, 10, Rating::Good).stability, nextState(state, 30, Rating::Good).stability);
    EXPECT_LT(nextState(state, 10, Rating::Hard).stability, nextState(state, 10, Rating::Good).stability);
    EXPECT_LT(nextState(state, 10, Rating::Good).stability, nextState(state, 10, Rating::Easy).stability);
}
