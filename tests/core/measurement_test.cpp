// SPDX-License-Identifier: MIT
// The Recovery area's measurements: the heel-raise test and knee-to-wall judged against their norms and
// their measurement error, and the metronome's timeline. Every table is written out by hand from the rules.
#include "measure/json.h"
#include "measure/measurement.h"
#include "measure/metronome.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

using namespace calfatlas::measure;
using calfatlas::assessment::Side;
using MTest = calfatlas::measure::Test;

namespace {

Input heelRaise(double left, double right, std::optional<Sex> sex = std::nullopt)
{
    return {MTest::HeelRaise, left, right, std::nullopt, std::nullopt, sex};
}

Input kneeToWall(double left, double right)
{
    return {MTest::KneeToWall, left, right, std::nullopt, std::nullopt, std::nullopt};
}

struct AsymmetryCase {
    MTest test;
    double left;
    double right;
    std::optional<double> percent; // (better - worse) / better, one decimal
    std::optional<bool> ok;        // <= 10 %
    std::optional<Side> weaker;
};

const AsymmetryCase kAsymmetry[] = {
    {MTest::HeelRaise, 30, 30, 0.0, true, std::nullopt},
    {MTest::HeelRaise, 27, 30, 10.0, true, Side::Left},
    {MTest::HeelRaise, 30, 26, 13.3, false, Side::Right},
    {MTest::HeelRaise, 20, 29, 31.0, false, Side::Left},
    {MTest::HeelRaise, 0, 0, std::nullopt, std::nullopt, std::nullopt},
    {MTest::HeelRaise, 0, 12, 100.0, false, Side::Left},
    {MTest::HeelRaise, 1, 0, 100.0, false, Side::Right},
    {MTest::HeelRaise, 80, 57, 28.8, false, Side::Right}, // 28.75: one division, no 28.7499…
    {MTest::KneeToWall, 9, 10, 10.0, true, Side::Left},
    {MTest::KneeToWall, 12.5, 10, 20.0, false, Side::Right},
    {MTest::KneeToWall, 11.1, 10, 9.9, true, Side::Right},
    {MTest::KneeToWall, 0, 0, std::nullopt, std::nullopt, std::nullopt},
};

TEST(Measurement, AsymmetryIsBetterMinusWorseOverBetter)
{
    for (const AsymmetryCase &c : kAsymmetry) {
        const Judgement result = judge({c.test, c.left, c.right, std::nullopt, std::nullopt, std::nullopt});
        const std::string name =
            idOf(c.test).toStdString() + " " + std::to_string(c.left) + "/" + std::to_string(c.right);
        EXPECT_EQ(result.asymmetryPercent, c.percent) << name;
        EXPECT_EQ(result.asymmetryOk, c.ok) << name;
        EXPECT_EQ(result.weaker, c.weaker) << name;
    }
}

TEST(Measurement, HeelRaiseReferenceMedianAndBenchmark)
{
    const struct {
        std::optional<Sex> sex;
        std::optional<int> median;
    } sexes[] = {{Sex::Male, 24}, {Sex::Female, 21}, {std::nullopt, std::nullopt}};
    for (const auto &s : sexes) {
        const Judgement result = judge(heelRaise(29, 30, s.sex));
        EXPECT_EQ(result.left.referenceMedian, s.median);
        EXPECT_EQ(result.right.referenceMedian, s.median);
        EXPECT_FALSE(result.left.meetsBenchmark) << "29 is under 30";
        EXPECT_TRUE(result.right.meetsBenchmark) << "30 meets it";
        EXPECT_EQ(result.sex, s.sex);
    }
    // Knee-to-wall has no median or benchmark, and ignores a sex given.
    Input distances = kneeToWall(31, 30);
    distances.test = MTest::KneeToWall;
    distances.left = 10;
    distances.right = 12;
    distances.sex = Sex::Female;
    const Judgement result = judge(distances);
    EXPECT_FALSE(result.left.referenceMedian.has_value());
    EXPECT_FALSE(result.sex.has_value());
}

struct ChangeCase {
    MTest test;
    double previous;
    double value;
    double by;
    bool beyondError;
};

const ChangeCase kChanges[] = {
    {MTest::HeelRaise, 20, 27, 7, true},        {MTest::HeelRaise, 20, 26, 6, false},
    {MTest::HeelRaise, 27, 20, -7, true},       {MTest::HeelRaise, 26, 20, -6, false},
    {MTest::HeelRaise, 20, 20, 0, false},       {MTest::KneeToWall, 8.1, 10.1, 2.0, true},
    {MTest::KneeToWall, 10.1, 8.1, -2.0, true}, {MTest::KneeToWall, 8.5, 10.4, 1.9, false},
    {MTest::KneeToWall, 12, 9.5, -2.5, true},
};

TEST(Measurement, AChangeIsBeyondErrorFromSevenRaisesOrTwoCentimetres)
{
    for (const ChangeCase &c : kChanges) {
        Input input{c.test, c.value, c.value, c.previous, std::nullopt, std::nullopt};
        const Judgement result = judge(input);
        ASSERT_TRUE(result.left.change.has_value());
        EXPECT_FALSE(result.right.change.has_value()) << "no previous value for the right leg";
        EXPECT_DOUBLE_EQ(result.left.change->previous, c.previous);
        EXPECT_NEAR(result.left.change->by, c.by, 1e-9) << c.previous << " -> " << c.value;
        EXPECT_EQ(result.left.change->beyondError, c.beyondError) << c.previous << " -> " << c.value;
    }
}

TEST(Measurement, KneeToWallDifferenceIsMeaningfulFromTwoCentimetres)
{
    const struct {
        double left;
        double right;
        double difference;
        bool meaningful;
    } cases[] = {{8.1, 10.1, 2.0, true}, {10, 8.5, 1.5, false}, {12, 9, 3.0, true}, {10, 10, 0, false}};
    for (const auto &c : cases) {
        const Judgement result = judge(kneeToWall(c.left, c.right));
        EXPECT_DOUBLE_EQ(*result.differenceCm, c.difference);
        EXPECT_EQ(*result.differenceMeaningful, c.meaningful) << c.left << " " << c.right;
    }
    EXPECT_FALSE(judge(heelRaise(20, 30)).differenceCm.has_value());
}

TEST(Measurement, ValuesOutOfRangeAreAProblem)
{
    for (double bad : {-1.0, 201.0, 12.5, std::nan("")})
        EXPECT_TRUE(problemWith(heelRaise(bad, 20)).has_value()) << bad;
    for (double bad : {-0.1, 25.1, std::nan("")})
        EXPECT_TRUE(problemWith(kneeToWall(10, bad)).has_value()) << bad;
    Input previous = heelRaise(10, 10);
    previous.previousRight = 300;
    ASSERT_TRUE(problemWith(previous).has_value());
    EXPECT_TRUE(problemWith(previous)->contains(QStringLiteral("previous")));
    EXPECT_THROW(judge(previous), std::invalid_argument);
    EXPECT_FALSE(problemWith(heelRaise(0, 200)).has_value());
    EXPECT_FALSE(problemWith(kneeToWall(0, 25)).has_value());
}

TEST(Measurement, JsonHasTheDocumentedShape)
{
    Input input = heelRaise(22, 31, Sex::Female);
    input.previousLeft = 14;
    const QJsonObject json = toJson(judge(input));
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("asymmetry_ok"), QStringLiteral("asymmetry_percent"),
                                        QStringLiteral("legs"), QStringLiteral("test"), QStringLiteral("weaker")}));
    EXPECT_EQ(json.value(QStringLiteral("test")).toString(), QStringLiteral("heel-raise"));
    EXPECT_EQ(json.value(QStringLiteral("weaker")).toString(), QStringLiteral("left"));
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("asymmetry_percent")).toDouble(), 29.0);
    EXPECT_FALSE(json.value(QStringLiteral("asymmetry_ok")).toBool(true));
    const QJsonObject left = json.value(QStringLiteral("legs")).toObject().value(QStringLiteral("left")).toObject();
    EXPECT_EQ(left.keys(),
              (QStringList{QStringLiteral("benchmark"), QStringLiteral("change"), QStringLiteral("meets_benchmark"),
                           QStringLiteral("reference_median"), QStringLiteral("value")}));
    EXPECT_EQ(left.value(QStringLiteral("reference_median")).toInt(), 21);
    EXPECT_EQ(left.value(QStringLiteral("benchmark")).toInt(), 30);
    const QJsonObject change = left.value(QStringLiteral("change")).toObject();
    EXPECT_EQ(change.value(QStringLiteral("by")).toDouble(), 8.0);
    EXPECT_TRUE(change.value(QStringLiteral("beyond_error")).toBool());
    EXPECT_TRUE(json.value(QStringLiteral("legs"))
                    .toObject()
                    .value(QStringLiteral("right"))
                    .toObject()
                    .value(QStringLiteral("change"))
                    .isNull());

    const QJsonObject distances = toJson(judge(kneeToWall(0, 0)));
    EXPECT_TRUE(distances.value(QStringLiteral("asymmetry_percent")).isNull());
    EXPECT_TRUE(distances.value(QStringLiteral("asymmetry_ok")).isNull());
    EXPECT_TRUE(distances.value(QStringLiteral("weaker")).isNull());
    EXPECT_EQ(distances.value(QStringLiteral("difference_cm")).toDouble(), 0.0);
    EXPECT_FALSE(distances.value(QStringLiteral("legs"))
                     .toObject()
                     .value(QStringLiteral("left"))
                     .toObject()
                     .contains(QStringLiteral("benchmark")));
}

// The timeline: "3", "2", "1" a second apart, then a beat a second, up on odd beats; a raise per up beat.
TEST(Metronome, CountsInThenBeatsOnceASecond)
{
    const struct {
        qint64 ms;
        int countIn;
        int beats;
        bool up;
        int raises;
    } timeline[] = {{0, 3, 0, false, 0},        {999, 3, 0, false, 0},    {1000, 2, 0, false, 0},
                    {2000, 1, 0, false, 0},     {2999, 1, 0, false, 0},   {3000, 0, 1, true, 1},
                    {3999, 0, 1, true, 1},      {4000, 0, 2, false, 1},   {5000, 0, 3, true, 2},
                    {62'000, 0, 60, false, 30}, {63'000, 0, 61, true, 31}};
    for (const auto &t : timeline) {
        const Beat beat = Metronome::at(t.ms);
        EXPECT_EQ(beat.countIn, t.countIn) << t.ms;
        EXPECT_EQ(beat.beats, t.beats) << t.ms;
        EXPECT_EQ(beat.up, t.up) << t.ms;
        EXPECT_EQ(beat.raises, t.raises) << t.ms;
    }
    EXPECT_EQ(Metronome::nextBeatAfter(0), 1000);
    EXPECT_EQ(Metronome::nextBeatAfter(2999), 3000);
    EXPECT_EQ(Metronome::nextBeatAfter(3000), 4000);
    EXPECT_EQ(Metronome::restSecondsLeft(0), 120);
    EXPECT_EQ(Metronome::restSecondsLeft(500), 120);
    EXPECT_EQ(Metronome::restSecondsLeft(119'001), 1);
    EXPECT_EQ(Metronome::restSecondsLeft(120'000), 0);
    EXPECT_EQ(Metronome::restSecondsLeft(500'000), 0);
}

TEST(Measurement, IdsRoundTrip)
{
    for (const QString &id : allTestIds())
        EXPECT_EQ(idOf(*testFromId(id)), id);
    for (const QString &id : allSexIds())
        EXPECT_EQ(idOf(*sexFromId(id)), id);
    EXPECT_FALSE(testFromId(QStringLiteral("squat")).has_value());
    EXPECT_FALSE(sexFromId(QStringLiteral("other")).has_value());
}

} // namespace
