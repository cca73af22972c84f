// SPDX-License-Identifier: MIT
// The verdict and confidence rules of the self-test, case by case.
#include "selftestfixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace calfatlas::assessment;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::ratings;

namespace {

struct RatingCase {
    Level bench;
    Level wall;
    Verdict verdict;
    std::optional<Confidence> confidence; // with no context at all
};

void PrintTo(const RatingCase &c, std::ostream *out)
{
    *out << "bench " << idOf(c.bench).toStdString() << ", wall " << idOf(c.wall).toStdString();
}

std::string caseName(const ::testing::TestParamInfo<RatingCase> &info)
{
    return (idOf(info.param.bench) + QStringLiteral("_") + idOf(info.param.wall)).toStdString();
}

// All sixteen pairs of ratings, each written out by hand from the rules.
const RatingCase kAllRatings[] = {
    {Level::None, Level::None, Verdict::Neither, std::nullopt},
    {Level::Mild, Level::None, Verdict::Soleus, Confidence::Possible},
    {Level::Moderate, Level::None, Verdict::Soleus, Confidence::Likely},
    {Level::Strong, Level::None, Verdict::Soleus, Confidence::Likely},
    {Level::None, Level::Mild, Verdict::Gastrocnemius, Confidence::Possible},
    {Level::None, Level::Moderate, Verdict::Gastrocnemius, Confidence::Likely},
    {Level::None, Level::Strong, Verdict::Gastrocnemius, Confidence::Likely},
    {Level::Mild, Level::Mild, Verdict::Soleus, Confidence::Possible},
    {Level::Mild, Level::Moderate, Verdict::Both, Confidence::Possible},
    {Level::Mild, Level::Strong, Verdict::Both, Confidence::Possible},
    {Level::Moderate, Level::Mild, Verdict::Soleus, Confidence::Possible},
    {Level::Moderate, Level::Moderate, Verdict::Soleus, Confidence::Possible},
    {Level::Moderate, Level::Strong, Verdict::Both, Confidence::Possible},
    {Level::Strong, Level::Mild, Verdict::Soleus, Confidence::Possible},
    {Level::Strong, Level::Moderate, Verdict::Soleus, Confidence::Possible},
    {Level::Strong, Level::Strong, Verdict::Soleus, Confidence::Possible},
};

class EveryRatingPair : public ::testing::TestWithParam<RatingCase> {};

TEST_P(EveryRatingPair, GivesTheVerdictAndConfidenceOfTheRules)
{
    const RatingCase &c = GetParam();
    const Assessment result = assess(ratings(c.bench, c.wall), builtInSelfTest());
    EXPECT_EQ(idOf(result.verdict), idOf(c.verdict));
    EXPECT_EQ(result.confidence.has_value(), c.confidence.has_value());
    if (c.confidence && result.confidence) {
        EXPECT_EQ(idOf(*result.confidence), idOf(*c.confidence));
    }
    EXPECT_FALSE(result.urgency.has_value());
    EXPECT_TRUE(result.redFlags.empty());
    EXPECT_FALSE(result.explanation.isEmpty());
    EXPECT_FALSE(result.headline.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Rules, EveryRatingPair, ::testing::ValuesIn(kAllRatings), caseName);

Answers soleusPossible()
{
    return ratings(Level::Mild, Level::None);
}

// Foot strike, changing to a midfoot strike and painful plantar flexion are context, not evidence for one
// muscle: none of them raises the confidence of any verdict.
TEST(Confidence, FootStrikeAndTheOtherContextNeverRaiseIt)
{
    for (const Answers &base : {soleusPossible(), ratings(Level::Strong, Level::Mild)}) {
        for (Strike strike : {Strike::Rearfoot, Strike::Midfoot, Strike::Forefoot, Strike::Unknown}) {
            Answers answers = base;
            answers.context.strike = strike;
            answers.context.runner = true;
            answers.context.convertingToMidfoot = true;
            answers.context.painfulPlantarflexion = true;
            const Assessment result = assess(answers, builtInSelfTest());
            EXPECT_EQ(result.verdict, Verdict::Soleus);
            EXPECT_EQ(*result.confidence, Confidence::Possible) << idOf(strike).toStdString();
        }
    }
}

TEST(Confidence, ContextNeverRaisesGastrocnemiusOrBoth)
{
    for (const Answers &base : {ratings(Level::None, Level::Mild), ratings(Level::Mild, Level::Strong)}) {
        Answers answers = base;
        answers.context.strike = Strike::Midfoot;
        answers.context.convertingToMidfoot = true;
        answers.context.painfulPlantarflexion = true;
        const Assessment result = assess(answers, builtInSelfTest());
        ASSERT_TRUE(result.confidence);
        EXPECT_EQ(*result.confidence, Confidence::Possible) << idOf(result.verdict).toStdString();
    }
}

// Every warning sign's tier, written out from the rules rather than read from the data.
const std::pair<const char *, Urgency> kFlagTiers[] = {
    {"breathless-chest-pain", Urgency::Emergency},
    {"severe-tense-calf", Urgency::Emergency},
    {"cold-pale-foot", Urgency::Emergency},
    {"dark-urine", Urgency::Emergency},
    {"both-legs-saddle", Urgency::Emergency},
    {"sudden-pop", Urgency::SameDay},
    {"cannot-tiptoe", Urgency::SameDay},
    {"heel-gap", Urgency::SameDay},
    {"swelling-warmth", Urgency::SameDay},
    {"cannot-bear-weight", Urgency::SameDay},
    {"fever-redness", Urgency::SameDay},
    {"clot-signs", Urgency::SameDay},
    {"numbness", Urgency::Soon},
    {"foot-weakness", Urgency::Soon},
    {"exertional-pain", Urgency::Soon},
    {"bone-pain", Urgency::Soon},
};

TEST(RedFlags, EachFlagEndsTheTestWithSeekCareAtItsTier)
{
    ASSERT_EQ(std::size(kFlagTiers), allRedFlags().size());
    for (const auto &[id, tier] : kFlagTiers) {
        const auto flag = redFlagFromId(QString::fromLatin1(id));
        ASSERT_TRUE(flag.has_value()) << id;
        Answers answers = ratings(Level::Strong, Level::None); // ratings that would otherwise give soleus
        answers.redFlags = {*flag};
        const Assessment result = assess(answers, builtInSelfTest());
        EXPECT_EQ(result.verdict, Verdict::SeekCare) << id;
        EXPECT_FALSE(result.confidence.has_value());
        ASSERT_TRUE(result.urgency.has_value());
        EXPECT_EQ(idOf(*result.urgency), idOf(tier)) << id;
        ASSERT_EQ(result.redFlags.size(), 1u);
        EXPECT_EQ(result.redFlags.front(), *flag);
        // One piece of advice, which says how soon to get help.
        ASSERT_EQ(result.advice.size(), 1u);
        EXPECT_EQ(result.advice.front().id, QStringLiteral("see-clinician"));
        if (tier == Urgency::Emergency) {
            EXPECT_EQ(result.headline, QStringLiteral("Call the emergency number now")) << id;
            for (const char *number : {"999", "112", "911", "000"})
                EXPECT_TRUE(result.advice.front().text.contains(QString::fromLatin1(number))) << id << number;
        }
    }
}

// A clot risk with pain at rest is the red flag clot-signs, to be seen the same day; either alone is none,
// and a risk alone adds what would make it one.
TEST(RedFlags, AClotRiskWithPainAtRestIsSeenTheSameDay)
{
    Answers answers = ratings(Level::Moderate, Level::None);
    answers.clotRisk = true;
    answers.restPain = true;
    const Assessment both = assess(answers, builtInSelfTest());
    EXPECT_EQ(both.verdict, Verdict::SeekCare);
    EXPECT_EQ(*both.urgency, Urgency::SameDay);
    EXPECT_EQ(both.redFlags, std::vector{RedFlag::ClotSigns});

    answers.restPain = false;
    const Assessment riskAlone = assess(answers, builtInSelfTest());
    EXPECT_EQ(riskAlone.verdict, Verdict::Soleus);
    EXPECT_FALSE(riskAlone.urgency.has_value());
    EXPECT_TRUE(riskAlone.explanation.contains(QStringLiteral("be seen the same day")))
        << riskAlone.explanation.toStdString();

    answers.clotRisk = false;
    answers.restPain = true;
    const Assessment painAlone = assess(answers, builtInSelfTest());
    EXPECT_EQ(painAlone.verdict, Verdict::Soleus);
    EXPECT_FALSE(painAlone.explanation.contains(QStringLiteral("risk of blood clots")));

    // With clot-signs the tests may be left out, as with any red flag.
    Answers untested;
    untested.clotRisk = true;
    untested.restPain = true;
    EXPECT_FALSE(problemWith(untested).has_value());
    EXPECT_EQ(assess(untested, builtInSelfTest()).verdict, Verdict::SeekCare);
    // With a more urgent flag beside it, that one decides.
    untested.redFlags = {RedFlag::BreathlessChestPain};
    EXPECT_EQ(*assess(untested, builtInSelfTest()).urgency, Urgency::Emergency);
}

// The result is as urgent as its most urgent sign, whatever the order the signs came in.
TEST(RedFlags, TheMostUrgentSignDecides)
{
    Answers answers = ratings(Level::Mild, Level::None);
    answers.redFlags = {RedFlag::Numbness, RedFlag::HeelGap, RedFlag::DarkUrine};
    EXPECT_EQ(*assess(answers, builtInSelfTest()).urgency, Urgency::Emergency);
    answers.redFlags = {RedFlag::FeverRedness, RedFlag::Numbness};
    EXPECT_EQ(*assess(answers, builtInSelfTest()).urgency, Urgency::SameDay);
}

TEST(RedFlags, NumbnessWithAnotherFlagIsSameDay)
{
    Answers answers;
    answers.redFlags = {RedFlag::Numbness, RedFlag::SwellingWarmth};
    EXPECT_EQ(*assess(answers, builtInSelfTest()).urgency, Urgency::SameDay);
}

TEST(RedFlags, TestsMayBeLeftOutAndAreNotInterpreted)
{
    Answers answers;
    answers.redFlags = {RedFlag::HeelGap};
    answers.kneeToWallCm = 6;
    const Assessment result = assess(answers, builtInSelfTest());
    EXPECT_EQ(result.verdict, Verdict::SeekCare);
    EXPECT_FALSE(result.kneeToWall.has_value());
    EXPECT_FALSE(result.explanation.contains(QStringLiteral("bench test")));
    EXPECT_TRUE(result.explanation.contains(QStringLiteral("gap or dent above the heel")));
}

TEST(RedFlags, RepeatedFlagsAreReportedOnceInAFixedOrder)
{
    Answers answers;
    answers.redFlags = {RedFlag::Numbness, RedFlag::SuddenPop, RedFlag::Numbness};
    const Assessment result = assess(answers, builtInSelfTest());
    ASSERT_EQ(result.redFlags.size(), 2u);
    EXPECT_EQ(result.redFlags[0], RedFlag::SuddenPop);
    EXPECT_EQ(result.redFlags[1], RedFlag::Numbness);
}

TEST(Explanation, SaysWhichTestWasPositiveAndWhatItMeans)
{
    const auto &content = builtInSelfTest();
    const QString soleus = assess(ratings(Level::Moderate, Level::None), content).explanation;
    EXPECT_TRUE(soleus.contains(QStringLiteral("bench test"))) << soleus.toStdString();
    EXPECT_TRUE(soleus.contains(QStringLiteral("moderate"))) << soleus.toStdString();
    EXPECT_TRUE(soleus.contains(QStringLiteral("crosses the knee"))) << soleus.toStdString();

    const QString gastrocnemius = assess(ratings(Level::None, Level::Strong), content).explanation;
    EXPECT_TRUE(gastrocnemius.contains(QStringLiteral("wall test"))) << gastrocnemius.toStdString();
    EXPECT_TRUE(gastrocnemius.contains(QStringLiteral("strong"))) << gastrocnemius.toStdString();

    const QString both = assess(ratings(Level::Mild, Level::Strong), content).explanation;
    EXPECT_TRUE(both.contains(QStringLiteral("Both tests"))) << both.toStdString();
    EXPECT_NE(soleus, gastrocnemius);
    EXPECT_NE(both, soleus);
}

// The context is mentioned as context: worth knowing, and for foot strike, true of both muscles.
TEST(Explanation, MentionsTheContextWithoutClaimingItForTheSoleus)
{
    Answers answers = soleusPossible();
    answers.context.convertingToMidfoot = true;
    answers.context.strike = Strike::Forefoot;
    const Assessment result = assess(answers, builtInSelfTest());
    EXPECT_TRUE(result.explanation.contains(QStringLiteral("Worth knowing as well:")))
        << result.explanation.toStdString();
    EXPECT_TRUE(result.explanation.contains(QStringLiteral("changes to a midfoot strike")));
    EXPECT_TRUE(result.explanation.contains(QStringLiteral("not of the soleus in particular")));
    EXPECT_FALSE(result.explanation.contains(QStringLiteral("fit the soleus")));
    EXPECT_TRUE(result.explanationSources.contains(QStringLiteral("Vannatta2015")));
    EXPECT_FALSE(result.explanationSources.contains(QStringLiteral("Kulmala2013"))) << "a knee study";
}

TEST(Explanation, HeadlineSaysTheMuscleInPlainWords)
{
    // The headline says where the tests point, never more than they can know.
    EXPECT_EQ(assess(ratings(Level::Strong, Level::None), builtInSelfTest()).headline,
              QStringLiteral("Points to your soleus"));
    EXPECT_EQ(assess(ratings(Level::None, Level::Mild), builtInSelfTest()).headline,
              QStringLiteral("Points more to your gastrocnemius"));
    for (Level bench : {Level::None, Level::Mild, Level::Moderate, Level::Strong}) {
        for (Level wall : {Level::None, Level::Mild, Level::Moderate, Level::Strong}) {
            const QString headline = assess(ratings(bench, wall), builtInSelfTest()).headline;
            EXPECT_FALSE(headline.contains(QStringLiteral("Most likely"))) << headline.toStdString();
        }
    }
}

TEST(Explanation, EveryResultHasSources)
{
    for (Level bench : {Level::None, Level::Mild, Level::Strong}) {
        for (Level wall : {Level::None, Level::Moderate}) {
            const Assessment result = assess(ratings(bench, wall), builtInSelfTest());
            EXPECT_FALSE(result.explanationSources.isEmpty());
            EXPECT_FALSE(result.allSources().isEmpty());
        }
    }
}

TEST(Answers, MissingRatingsWithoutARedFlagAreAProblem)
{
    Answers answers;
    answers.wall = Level::None;
    ASSERT_TRUE(problemWith(answers).has_value());
    EXPECT_TRUE(problemWith(answers)->contains(QStringLiteral("bench")));
    EXPECT_THROW(assess(answers, builtInSelfTest()), std::invalid_argument);

    answers = Answers{};
    answers.bench = Level::None;
    ASSERT_TRUE(problemWith(answers).has_value());
    EXPECT_TRUE(problemWith(answers)->contains(QStringLiteral("wall")));
}

TEST(Answers, NegativeOrNonFiniteVolumeIsAProblem)
{
    for (double bad : {-1.0, -0.001, std::nan(""), std::numeric_limits<double>::infinity()}) {
        Answers answers = soleusPossible();
        answers.context.volumeIncreasePercent = bad;
        EXPECT_TRUE(problemWith(answers).has_value()) << bad;
    }
    Answers answers = soleusPossible();
    answers.context.volumeIncreasePercent = 0;
    EXPECT_FALSE(problemWith(answers).has_value());
}

TEST(Answers, IdsRoundTrip)
{
    for (const QString &id : allLevelIds())
        EXPECT_EQ(idOf(*levelFromId(id)), id);
    for (const QString &id : allRedFlagIds())
        EXPECT_EQ(idOf(*redFlagFromId(id)), id);
    for (const QString &id : allStrikeIds())
        EXPECT_EQ(idOf(*strikeFromId(id)), id);
    EXPECT_FALSE(levelFromId(QStringLiteral("severe")).has_value());
    EXPECT_FALSE(redFlagFromId(QStringLiteral("Sudden-Pop")).has_value());
    EXPECT_EQ(allRedFlagIds().size(), 16);
    for (const QString &id : allAreaIds())
        EXPECT_EQ(idOf(*areaFromId(id)), id);
    EXPECT_EQ(allAreaIds().size(), 8);
    EXPECT_FALSE(areaFromId(QStringLiteral("calf")).has_value());
    for (const QString &id : {QStringLiteral("emergency"), QStringLiteral("same-day"), QStringLiteral("soon")})
        EXPECT_EQ(idOf(*urgencyFromId(id)), id);
}

} // namespace
