// SPDX-License-Identifier: MIT
// Answers and results as JSON: the shape the command line prints and the history stores.
#include "assessment/json.h"
#include "selftestfixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace calfatlas::assessment;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::ratings;

namespace {

Answers everythingAnswered()
{
    Answers answers = ratings(Level::Moderate, Level::Mild);
    answers.side = Side::Right;
    answers.redFlags = {RedFlag::Numbness};
    answers.context.runner = true;
    answers.context.strike = Strike::Forefoot;
    answers.context.convertingToMidfoot = false;
    answers.context.volumeIncreasePercent = 12.5;
    answers.context.painfulPlantarflexion = true;
    answers.kneeToWallCm = 9;
    answers.otherLegKneeToWallCm = 11.5;
    return answers;
}

TEST(AnswersJson, RoundTripsEveryAnswer)
{
    const Answers original = everythingAnswered();
    const auto back = answersFromJson(toJson(original));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->side, original.side);
    EXPECT_EQ(back->bench, original.bench);
    EXPECT_EQ(back->wall, original.wall);
    EXPECT_EQ(back->redFlags, original.redFlags);
    EXPECT_EQ(back->context.runner, original.context.runner);
    EXPECT_EQ(back->context.strike, original.context.strike);
    EXPECT_EQ(back->context.convertingToMidfoot, original.context.convertingToMidfoot);
    EXPECT_EQ(back->context.volumeIncreasePercent, original.context.volumeIncreasePercent);
    EXPECT_EQ(back->context.painfulPlantarflexion, original.context.painfulPlantarflexion);
    EXPECT_EQ(back->kneeToWallCm, original.kneeToWallCm);
    EXPECT_EQ(back->otherLegKneeToWallCm, original.otherLegKneeToWallCm);
}

TEST(AnswersJson, UnansweredQuestionsStayUnanswered)
{
    const auto back = answersFromJson(toJson(Answers{}));
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->bench);
    EXPECT_FALSE(back->context.runner);
    EXPECT_FALSE(back->context.convertingToMidfoot);
    EXPECT_EQ(back->context.strike, Strike::Unknown);
    EXPECT_TRUE(toJson(Answers{}).value(QStringLiteral("runner")).isNull());
}

TEST(AnswersJson, MalformedAnswersAreRefusedWithTheField)
{
    QJsonObject object = toJson(everythingAnswered());
    object[QStringLiteral("bench")] = QStringLiteral("severe");
    QString problem;
    EXPECT_FALSE(answersFromJson(object, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("bench")));

    object = toJson(everythingAnswered());
    object[QStringLiteral("runner")] = QStringLiteral("yes");
    EXPECT_FALSE(answersFromJson(object, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("runner")));

    object = toJson(everythingAnswered());
    object[QStringLiteral("red_flags")] = QJsonArray{QStringLiteral("broken-leg")};
    EXPECT_FALSE(answersFromJson(object, &problem));
}

TEST(AssessmentJson, HasExactlyTheDocumentedShape)
{
    const QJsonObject json = toJson(assess(ratings(Level::Strong, Level::None), builtInSelfTest()));
    const QStringList keys{QStringLiteral("advice"),       QStringLiteral("confidence"), QStringLiteral("explanation"),
                           QStringLiteral("knee_to_wall"), QStringLiteral("red_flags"),  QStringLiteral("side"),
                           QStringLiteral("urgency"),      QStringLiteral("verdict"),    QStringLiteral("where")};
    EXPECT_EQ(json.keys(), keys);
    EXPECT_TRUE(json.value(QStringLiteral("where")).isNull()) << "not asked";
    EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("soleus"));
    EXPECT_EQ(json.value(QStringLiteral("confidence")).toString(), QStringLiteral("likely"));
    EXPECT_TRUE(json.value(QStringLiteral("side")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("urgency")).isNull()) << "no warning sign";
    EXPECT_TRUE(json.value(QStringLiteral("knee_to_wall")).isNull());
    const QJsonObject advice = json.value(QStringLiteral("advice")).toArray().first().toObject();
    EXPECT_EQ(advice.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("title")}));
}

TEST(AssessmentJson, CarriesWhereItHurts)
{
    Answers answers;
    answers.where = Area::Heel;
    const QJsonObject json = toJson(assess(answers, builtInSelfTest()));
    EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("elsewhere"));
    EXPECT_EQ(json.value(QStringLiteral("where")).toString(), QStringLiteral("heel"));
    EXPECT_TRUE(json.value(QStringLiteral("confidence")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("urgency")).isNull());

    const auto back = answersFromJson(toJson(answers));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->where, Area::Heel);
    QJsonObject bad = toJson(answers);
    bad[QStringLiteral("where")] = QStringLiteral("elbow");
    QString problem;
    EXPECT_FALSE(answersFromJson(bad, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("where")));
}

TEST(AssessmentJson, KneeToWallObjectHasItsFields)
{
    Answers answers = ratings(Level::Mild, Level::None);
    answers.kneeToWallCm = 11;
    const QJsonObject measure =
        toJson(assess(answers, builtInSelfTest())).value(QStringLiteral("knee_to_wall")).toObject();
    EXPECT_EQ(measure.value(QStringLiteral("band")).toString(), QStringLiteral("typical"));
    EXPECT_EQ(measure.value(QStringLiteral("cm")).toDouble(), 11.0);
    EXPECT_TRUE(measure.value(QStringLiteral("other_leg_cm")).isNull());
    EXPECT_TRUE(measure.value(QStringLiteral("difference_cm")).isNull());
    EXPECT_TRUE(measure.value(QStringLiteral("difference_meaningful")).isNull());
}

} // namespace
