// SPDX-License-Identifier: MIT
// Which advice each verdict carries, and how its words follow the answers.
#include "selftestfixture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

using namespace calfatlas::assessment;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::ratings;
using ::testing::ElementsAre;

namespace {

std::vector<std::string> adviceIds(const Answers &answers)
{
    std::vector<std::string> ids;
    for (const QString &id : assess(answers, builtInSelfTest()).adviceIds())
        ids.push_back(id.toStdString());
    return ids;
}

Answers withRunner(Answers answers)
{
    answers.context.runner = true;
    return answers;
}

Answers withVolume(Answers answers, double percent)
{
    answers.context.volumeIncreasePercent = percent;
    return answers;
}

// The advice sets, written out from the rules: the exercises for the muscle, always how pain guides the
// load, ease-off and see-clinician after a strong test (ease-off also after a sudden start), and running
// volume for runners or a given volume increase.
TEST(Advice, SoleusGetsBentKneeExercisesAndPainGuidance)
{
    EXPECT_THAT(adviceIds(ratings(Level::Mild, Level::None)),
                ElementsAre("bent-knee-theraband", "seated-calf-raise", "pain-guided-activity"));
}

TEST(Advice, GastrocnemiusGetsStraightKneeCalfRaisesAndPainGuidance)
{
    EXPECT_THAT(adviceIds(ratings(Level::None, Level::Moderate)),
                ElementsAre("straight-knee-calf-raise", "pain-guided-activity"));
}

TEST(Advice, BothGetsAllThreeExercises)
{
    EXPECT_THAT(
        adviceIds(ratings(Level::Mild, Level::Moderate)),
        ElementsAre("bent-knee-theraband", "seated-calf-raise", "straight-knee-calf-raise", "pain-guided-activity"));
}

TEST(Advice, AStrongTestAddsEaseOffAndWhenToSeeAClinician)
{
    EXPECT_THAT(
        adviceIds(ratings(Level::Strong, Level::None)),
        ElementsAre("ease-off", "bent-knee-theraband", "seated-calf-raise", "pain-guided-activity", "see-clinician"));
    EXPECT_THAT(adviceIds(ratings(Level::None, Level::Strong)),
                ElementsAre("ease-off", "straight-knee-calf-raise", "pain-guided-activity", "see-clinician"));
    EXPECT_THAT(adviceIds(ratings(Level::Mild, Level::Strong)),
                ElementsAre("ease-off", "bent-knee-theraband", "seated-calf-raise", "straight-knee-calf-raise",
                            "pain-guided-activity", "see-clinician"));
}

TEST(Advice, ASuddenStartAddsEaseOffOnly)
{
    Answers answers = ratings(Level::Moderate, Level::None);
    answers.context.suddenOnset = true;
    EXPECT_THAT(adviceIds(answers),
                ElementsAre("ease-off", "bent-knee-theraband", "seated-calf-raise", "pain-guided-activity"));
    answers.context.suddenOnset = false;
    EXPECT_THAT(adviceIds(answers), ElementsAre("bent-knee-theraband", "seated-calf-raise", "pain-guided-activity"));
}

TEST(Advice, RunnersAndVolumeIncreasesAddIncrementalVolume)
{
    EXPECT_THAT(adviceIds(withRunner(ratings(Level::Mild, Level::None))),
                ElementsAre("bent-knee-theraband", "seated-calf-raise", "pain-guided-activity", "incremental-volume"));
    EXPECT_THAT(adviceIds(withRunner(ratings(Level::None, Level::Mild))),
                ElementsAre("straight-knee-calf-raise", "pain-guided-activity", "incremental-volume"));
    EXPECT_THAT(adviceIds(withVolume(ratings(Level::Mild, Level::Strong), 5)),
                ElementsAre("ease-off", "bent-knee-theraband", "seated-calf-raise", "straight-knee-calf-raise",
                            "pain-guided-activity", "incremental-volume", "see-clinician"));
    EXPECT_THAT(adviceIds(withVolume(ratings(Level::Mild, Level::None), 0)),
                ElementsAre("bent-knee-theraband", "seated-calf-raise", "pain-guided-activity", "incremental-volume"));
}

TEST(Advice, NonRunnersWithoutAVolumeIncreaseGetNoVolumeAdvice)
{
    Answers answers = ratings(Level::Mild, Level::None);
    answers.context.runner = false;
    EXPECT_THAT(adviceIds(answers), ElementsAre("bent-knee-theraband", "seated-calf-raise", "pain-guided-activity"));
}

// The pain-monitoring model's numbers and its next-morning rule.
TEST(Advice, PainGuidanceSaysHowMuchPainIsAcceptable)
{
    const Assessment result = assess(ratings(Level::Mild, Level::None), builtInSelfTest());
    const auto pain = std::find_if(result.advice.begin(), result.advice.end(),
                                   [](const Advice &a) { return a.id == QLatin1String("pain-guided-activity"); });
    ASSERT_NE(pain, result.advice.end());
    EXPECT_TRUE(pain->text.contains(QStringLiteral("3 out of 10"))) << pain->text.toStdString();
    EXPECT_TRUE(pain->text.contains(QStringLiteral("next morning")));
    EXPECT_TRUE(pain->sources.contains(QStringLiteral("Silbernagel2007")));
}

TEST(Advice, VolumeTextWarnsOnlyAboveTenPercent)
{
    const auto volumeText = [](double percent) {
        for (const Advice &advice :
             assess(withVolume(ratings(Level::Mild, Level::None), percent), builtInSelfTest()).advice) {
            if (advice.id == QLatin1String("incremental-volume"))
                return advice.text;
        }
        return QString();
    };
    EXPECT_FALSE(volumeText(10).contains(QStringLiteral("more than the 10 % guide")));
    EXPECT_TRUE(volumeText(10.5).contains(QStringLiteral("by 10.5 %, more than the 10 % guide")))
        << volumeText(10.5).toStdString();
    EXPECT_TRUE(volumeText(40).contains(QStringLiteral("by 40 %"))) << volumeText(40).toStdString();
}

TEST(Advice, NeitherGetsSeeClinicianForPersistingSoreness)
{
    const Assessment result = assess(withRunner(ratings(Level::None, Level::None)), builtInSelfTest());
    ASSERT_EQ(result.advice.size(), 1u);
    EXPECT_EQ(result.advice.front().id, QStringLiteral("see-clinician"));
    EXPECT_TRUE(result.advice.front().text.contains(QStringLiteral("one to two weeks, or sooner if it gets worse")));
}

TEST(Advice, SeekCareGetsSeeClinicianAloneSayingWhyAndHowSoon)
{
    Answers answers = withVolume(withRunner(ratings(Level::Strong, Level::Strong)), 50);
    answers.redFlags = {RedFlag::SwellingWarmth};
    const Assessment sameDay = assess(answers, builtInSelfTest());
    ASSERT_EQ(sameDay.advice.size(), 1u);
    EXPECT_EQ(sameDay.advice.front().id, QStringLiteral("see-clinician"));
    EXPECT_TRUE(sameDay.advice.front().text.contains(QStringLiteral("today")))
        << sameDay.advice.front().text.toStdString();
    EXPECT_TRUE(sameDay.advice.front().text.contains(QStringLiteral("blood clot")))
        << sameDay.advice.front().text.toStdString();

    answers.redFlags = {RedFlag::Numbness};
    const Assessment soon = assess(answers, builtInSelfTest());
    ASSERT_EQ(soon.advice.size(), 1u);
    EXPECT_TRUE(soon.advice.front().text.contains(QStringLiteral("soon"))) << soon.advice.front().text.toStdString();
    EXPECT_FALSE(soon.advice.front().text.contains(QStringLiteral("today")));
}

TEST(Advice, SeekCareTextNeverSuggestsStretchingOrExercise)
{
    for (RedFlag flag : allRedFlags()) {
        Answers answers;
        answers.redFlags = {flag};
        const Assessment result = assess(answers, builtInSelfTest());
        for (const Advice &advice : result.advice) {
            EXPECT_FALSE(advice.text.contains(QStringLiteral("calf raise"), Qt::CaseInsensitive));
            EXPECT_FALSE(advice.text.contains(QStringLiteral("repetitions"), Qt::CaseInsensitive));
        }
    }
}

TEST(Advice, EveryItemHasTitleTextAndSources)
{
    const Answers cases[] = {withRunner(ratings(Level::Mild, Level::Strong)), ratings(Level::None, Level::None)};
    for (const Answers &answers : cases) {
        for (const Advice &advice : assess(answers, builtInSelfTest()).advice) {
            EXPECT_FALSE(advice.title.isEmpty()) << advice.id.toStdString();
            EXPECT_FALSE(advice.text.isEmpty()) << advice.id.toStdString();
            EXPECT_FALSE(advice.sources.isEmpty()) << advice.id.toStdString();
        }
    }
}

} // namespace
