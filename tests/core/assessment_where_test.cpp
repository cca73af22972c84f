// SPDX-License-Identifier: MIT
// Where it hurts: the areas outside the calf muscles, and how the place of the pain moves the confidence
// of a muscle verdict. Every table is written out by hand from the rules, not computed.
#include "assessment/selftest.h"
#include "selftestfixture.h"

#include <gtest/gtest.h>

using namespace calfatlas::assessment;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::ratings;

namespace {

constexpr auto P = Confidence::Possible;
constexpr auto L = Confidence::Likely;

// One rating pair, its verdict, and its confidence with the area unknown, upper, lower and whole calf.
struct AreaCase {
    Level bench;
    Level wall;
    Verdict verdict;
    std::optional<Confidence> unknown;
    std::optional<Confidence> upper;
    std::optional<Confidence> lower;
    std::optional<Confidence> whole;
};

void PrintTo(const AreaCase &c, std::ostream *out)
{
    *out << "bench " << idOf(c.bench).toStdString() << ", wall " << idOf(c.wall).toStdString();
}

std::string caseName(const ::testing::TestParamInfo<AreaCase> &info)
{
    return (idOf(info.param.bench) + QStringLiteral("_") + idOf(info.param.wall)).toStdString();
}

const AreaCase kAllPairsInEachArea[] = {
    {Level::None, Level::None, Verdict::Neither, {}, {}, {}, {}},
    {Level::Mild, Level::None, Verdict::Soleus, P, P, P, P},
    {Level::Moderate, Level::None, Verdict::Soleus, L, P, L, L},
    {Level::Strong, Level::None, Verdict::Soleus, L, P, L, L},
    {Level::None, Level::Mild, Verdict::Gastrocnemius, P, P, P, P},
    {Level::None, Level::Moderate, Verdict::Gastrocnemius, L, L, P, L},
    {Level::None, Level::Strong, Verdict::Gastrocnemius, L, L, P, L},
    {Level::Mild, Level::Mild, Verdict::Soleus, P, P, P, P},
    {Level::Mild, Level::Moderate, Verdict::Both, P, P, P, P},
    {Level::Mild, Level::Strong, Verdict::Both, P, P, P, P},
    {Level::Moderate, Level::Mild, Verdict::Soleus, P, P, P, P},
    {Level::Moderate, Level::Moderate, Verdict::Soleus, P, P, P, P},
    {Level::Moderate, Level::Strong, Verdict::Both, P, P, P, P},
    {Level::Strong, Level::Mild, Verdict::Soleus, P, P, P, P},
    {Level::Strong, Level::Moderate, Verdict::Soleus, P, P, P, P},
    {Level::Strong, Level::Strong, Verdict::Soleus, P, P, P, P},
};

QString confidenceId(const std::optional<Confidence> &confidence)
{
    return confidence ? idOf(*confidence) : QStringLiteral("none");
}

class EveryPairInEachCalfArea : public ::testing::TestWithParam<AreaCase> {};

TEST_P(EveryPairInEachCalfArea, KeepsTheVerdictAndFitsTheConfidenceToThePlace)
{
    const AreaCase &c = GetParam();
    const std::pair<std::optional<Area>, std::optional<Confidence>> areas[] = {
        {std::nullopt, c.unknown}, {Area::UpperCalf, c.upper}, {Area::LowerCalf, c.lower}, {Area::WholeCalf, c.whole}};
    for (const auto &[area, confidence] : areas) {
        Answers answers = ratings(c.bench, c.wall);
        answers.where = area;
        const Assessment result = assess(answers, builtInSelfTest());
        const std::string where = area ? idOf(*area).toStdString() : "unknown";
        EXPECT_EQ(idOf(result.verdict), idOf(c.verdict)) << where;
        EXPECT_EQ(confidenceId(result.confidence), confidenceId(confidence)) << where;
        EXPECT_EQ(result.where, area) << where;
        EXPECT_FALSE(result.urgency.has_value()) << where;
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, EveryPairInEachCalfArea, ::testing::ValuesIn(kAllPairsInEachArea), caseName);

// The areas outside the calf muscles, with words each explanation must carry.
const std::pair<Area, const char *> kElsewhere[] = {
    {Area::Achilles, "tendinopathy"}, {Area::Heel, "heel bone"},     {Area::BehindKnee, "Baker's cyst"},
    {Area::InnerShin, "shin bone"},   {Area::OuterLeg, "fibularis"},
};

TEST(Elsewhere, EveryAreaOutsideTheCalfMusclesGivesNoMuscleVerdict)
{
    ASSERT_EQ(std::size(kElsewhere) + 3, allAreas().size());
    for (const auto &[area, words] : kElsewhere) {
        EXPECT_FALSE(isCalfMuscleArea(area));
        // With any ratings, and with none at all: the tests are not needed here.
        for (const Answers &base :
             {ratings(Level::Strong, Level::None), ratings(Level::None, Level::Moderate), Answers{}}) {
            Answers answers = base;
            answers.where = area;
            ASSERT_FALSE(problemWith(answers).has_value()) << idOf(area).toStdString();
            const Assessment result = assess(answers, builtInSelfTest());
            const std::string id = idOf(area).toStdString();
            EXPECT_EQ(result.verdict, Verdict::Elsewhere) << id;
            EXPECT_EQ(idOf(result.verdict), QStringLiteral("elsewhere"));
            EXPECT_FALSE(result.confidence.has_value()) << id;
            EXPECT_FALSE(result.urgency.has_value()) << id;
            EXPECT_EQ(result.where, area) << id;
            EXPECT_TRUE(result.explanation.contains(QString::fromUtf8(words)))
                << id << result.explanation.toStdString();
            EXPECT_FALSE(result.explanationSources.isEmpty()) << id;
            // Pain-guided activity was studied in the Achilles tendon: offered there and at the heel only.
            const bool tendon = area == Area::Achilles || area == Area::Heel;
            EXPECT_EQ(result.adviceIds(),
                      tendon ? (std::vector{QStringLiteral("see-clinician"), QStringLiteral("pain-guided-activity")})
                             : std::vector{QStringLiteral("see-clinician")})
                << id;
            EXPECT_TRUE(result.advice.front().text.contains(QStringLiteral("soon")));
            EXPECT_TRUE(result.advice.front().text.contains(QStringLiteral("sooner if it gets worse")));
            EXPECT_TRUE(result.advice.front().dosage.isEmpty());
            EXPECT_EQ(structureForVerdict(result.verdict), QString());
        }
    }
    for (Area area : {Area::UpperCalf, Area::LowerCalf, Area::WholeCalf})
        EXPECT_TRUE(isCalfMuscleArea(area));
}

// The tendon and the heel: both tests pull on the shared tendon, and the explanation says so.
TEST(Elsewhere, TheTendonAreasSayBothTestsLoadTheTendon)
{
    for (Area area : {Area::Achilles, Area::Heel}) {
        Answers answers;
        answers.where = area;
        const QString text = assess(answers, builtInSelfTest()).explanation;
        EXPECT_TRUE(text.contains(QStringLiteral("cannot tell the muscles apart"))) << text.toStdString();
    }
}

TEST(Elsewhere, ARedFlagStillComesFirst)
{
    Answers answers;
    answers.where = Area::Achilles;
    answers.redFlags = {RedFlag::HeelGap};
    const Assessment result = assess(answers, builtInSelfTest());
    EXPECT_EQ(result.verdict, Verdict::SeekCare);
    EXPECT_EQ(*result.urgency, Urgency::SameDay);
    EXPECT_EQ(result.where, Area::Achilles);

    answers.redFlags.clear();
    answers.clotRisk = true;
    answers.restPain = true;
    EXPECT_EQ(assess(answers, builtInSelfTest()).verdict, Verdict::SeekCare);
    // A clot risk alone is no flag, but the elsewhere result still says what would make it one.
    answers.restPain = false;
    const Assessment riskAlone = assess(answers, builtInSelfTest());
    EXPECT_EQ(riskAlone.verdict, Verdict::Elsewhere);
    EXPECT_TRUE(riskAlone.explanation.contains(QStringLiteral("be seen the same day")));
}

TEST(Elsewhere, KneeToWallIsNotInterpreted)
{
    Answers answers = ratings(Level::Mild, Level::None);
    answers.where = Area::InnerShin;
    answers.kneeToWallCm = 6;
    EXPECT_FALSE(assess(answers, builtInSelfTest()).kneeToWall.has_value());
}

// When the place fits the other muscle, the explanation says so and cites the source behind it.
TEST(AreaFit, ThePlaceOfTheOtherMuscleIsNamed)
{
    Answers soleus = ratings(Level::Strong, Level::None);
    soleus.where = Area::UpperCalf;
    const Assessment upper = assess(soleus, builtInSelfTest());
    EXPECT_TRUE(upper.explanation.contains(QStringLiteral("upper calf"))) << upper.explanation.toStdString();
    EXPECT_TRUE(upper.explanation.contains(QStringLiteral("fits the other muscle")));
    EXPECT_TRUE(upper.explanationSources.contains(QStringLiteral("Dixon2009")));

    Answers gastrocnemius = ratings(Level::None, Level::Strong);
    gastrocnemius.where = Area::LowerCalf;
    const Assessment lower = assess(gastrocnemius, builtInSelfTest());
    EXPECT_TRUE(lower.explanation.contains(QStringLiteral("lower calf"))) << lower.explanation.toStdString();
    EXPECT_TRUE(lower.explanationSources.contains(QStringLiteral("GreenAspetar")));

    // A place that fits, or none given, adds nothing.
    for (const std::optional<Area> &area :
         {std::optional<Area>(), std::optional(Area::LowerCalf), std::optional(Area::WholeCalf)}) {
        soleus.where = area;
        EXPECT_FALSE(assess(soleus, builtInSelfTest()).explanation.contains(QStringLiteral("fits the other muscle")));
    }
}

TEST(AreaFit, MissingRatingsInTheCalfAreStillAProblem)
{
    for (Area area : {Area::UpperCalf, Area::LowerCalf, Area::WholeCalf}) {
        Answers answers;
        answers.where = area;
        answers.wall = Level::None;
        ASSERT_TRUE(problemWith(answers).has_value());
        EXPECT_TRUE(problemWith(answers)->contains(QStringLiteral("bench")));
    }
}

// A whole self-test: one place per sore leg; only the legs that hurt in the calf (or cannot say) are tested.
TEST(WholeSelfTest, EachLegKeepsItsOwnPlaceAndOnlyCalfLegsAreTested)
{
    SelfTestAnswers answers;
    answers.legs = legsFor(LegChoice::Both);
    answers.legs[0].where = Area::Heel;
    answers.legs[1].where = Area::UpperCalf;
    const std::vector<LegAnswers> tested = legsToTest(answers.legs);
    ASSERT_EQ(tested.size(), 1u);
    EXPECT_EQ(tested[0].side, Side::Right);

    answers.legs[1].bench = Level::None;
    answers.legs[1].wall = Level::Moderate;
    const std::vector<LegResult> results = assessSelfTest(answers, builtInSelfTest());
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].assessment.verdict, Verdict::Elsewhere);
    EXPECT_EQ(results[0].answers.where, Area::Heel);
    EXPECT_EQ(results[1].assessment.verdict, Verdict::Gastrocnemius);
    EXPECT_EQ(results[1].assessment.confidence, Confidence::Likely);

    // Unknown places are tested; so is a leg whose place is in the calf.
    answers.legs[0].where.reset();
    EXPECT_EQ(legsToTest(answers.legs).size(), 2u);
    answers.legs[0].where = Area::OuterLeg;
    answers.legs[1].where = Area::BehindKnee;
    EXPECT_TRUE(legsToTest(answers.legs).empty());
}

} // namespace
