// SPDX-License-Identifier: MIT
// The Learn area's data and its quizzes: the content is complete and sourced, broken files are refused precisely,
// questions come from the knowledge base, the same seed replays the same quiz, and scoring counts what it should.
#include "anatomy/knowledgebase.h"
#include "assessment/selftestcontent.h"
#include "builtins.h"
#include "common/datafile.h"
#include "jsonfixture.h"
#include "learn/comparison.h"
#include "learn/learncontent.h"
#include "learn/quiz.h"
#include "learn/quizsession.h"
#include "learn/seededrandom.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::learn;
using calfatlas::test::base;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::JsonFixture;
using calfatlas::test::learnContent;
using calfatlas::test::references;

namespace {

const QString kBuiltIn = test::resourceFile(QStringLiteral("data/learn.json"));

DataError loadError(const QString &path)
{
    try {
        LearnContent::load(path, references(), base());
    } catch (const DataFileException &error) {
        return error.error();
    }
    ADD_FAILURE() << "the file loaded, but should have been refused";
    return {};
}

// Every key cited exists in references.json, and there is at least one.
::testing::AssertionResult sourced(const QStringList &keys, const QString &what)
{
    if (keys.isEmpty())
        return ::testing::AssertionFailure() << what.toStdString() << ": no source";
    for (const QString &key : keys) {
        if (!references().find(key))
            return ::testing::AssertionFailure() << what.toStdString() << ": unknown source " << key.toStdString();
    }
    return ::testing::AssertionSuccess();
}

QJsonObject &tourStep(JsonFixture &fixture, int index)
{
    static QJsonObject step;
    step = fixture.object().value(QStringLiteral("tour")).toArray().at(index).toObject();
    return step;
}

void replaceTourStep(JsonFixture &fixture, int index, const QJsonObject &step)
{
    QJsonArray tour = fixture.object().value(QStringLiteral("tour")).toArray();
    tour.replace(index, step);
    fixture.object().insert(QStringLiteral("tour"), tour);
}

TEST(LearnContent, BuiltInTourCoversTheCalfStepByStep)
{
    const QList<TourStep> &tour = learnContent().tour();
    ASSERT_GE(tour.size(), 8);
    QSet<QString> selected;
    for (const TourStep &step : tour) {
        EXPECT_FALSE(step.title.isEmpty());
        EXPECT_FALSE(step.paragraphs.isEmpty());
        ASSERT_NE(base().find(step.select), nullptr) << step.select.toStdString();
        selected.insert(step.select);
    }
    // The tour shows both calf muscles.
    EXPECT_TRUE(selected.contains(QStringLiteral("soleus")));
    EXPECT_TRUE(selected.contains(QStringLiteral("gastrocnemius-medial-head")));
    EXPECT_EQ(tour.first().select, QStringLiteral("gastrocnemius-medial-head"));
    EXPECT_EQ(tour.at(1).select, QStringLiteral("soleus"));
    EXPECT_EQ(tour.at(1).peel, QStringLiteral("soleus-plantaris"));
}

TEST(LearnContent, EveryFactShownInLearnCitesAKnownSource)
{
    for (const TourStep &step : learnContent().tour()) {
        for (const anatomy::Fact &paragraph : step.paragraphs)
            EXPECT_TRUE(sourced(paragraph.sources, QStringLiteral("tour ") + step.id));
    }
    for (const CompareRow &row : learnContent().compareRows()) {
        for (qsizetype column = 0; column < learnContent().compareColumns().size(); ++column) {
            const anatomy::Fact cell = compareCell(row, column, learnContent(), base());
            EXPECT_FALSE(cell.text.isEmpty()) << row.id.toStdString();
            EXPECT_TRUE(sourced(cell.sources, QStringLiteral("compare ") + row.id));
        }
    }
    for (const CompareColumn &column : learnContent().compareColumns()) {
        const auto fibres = columnFibres(column, base());
        ASSERT_TRUE(fibres.has_value()) << column.title.toStdString();
        EXPECT_TRUE(sourced(fibres->fact.sources, QStringLiteral("fibres ") + column.title));
    }
    for (const SelfTestPosition &test : learnContent().tests())
        EXPECT_TRUE(sourced(test.why.sources, QStringLiteral("test ") + test.id));
    for (const anatomy::Fact &paragraph : learnContent().about())
        EXPECT_TRUE(sourced(paragraph.sources, QStringLiteral("about")));
    const QuizGenerator generator(base(), learnContent());
    for (const Question &q : generator.generate(1, generator.available(sheetKinds()), sheetKinds()))
        EXPECT_TRUE(sourced(q.sources, q.prompt));
    for (const Question &q : generator.clickRound(1, base().ids(), base().ids().size())) {
        if (!q.explanation.isEmpty()) {
            EXPECT_TRUE(sourced(q.sources, q.prompt));
        }
    }
}

TEST(LearnContent, NotMedicalAdviceSaysWhatTheSelfTestSays)
{
    // The Learn area's statement and the self-test's must never drift apart.
    ASSERT_FALSE(learnContent().about().isEmpty());
    EXPECT_EQ(learnContent().about().first().text, builtInSelfTest().disclaimer());
}

TEST(LearnContent, ComparisonTakesAttachmentsFromTheKnowledgeBase)
{
    const CompareRow *origin = nullptr;
    for (const CompareRow &row : learnContent().compareRows()) {
        if (row.section == QLatin1String("origin"))
            origin = &row;
    }
    ASSERT_NE(origin, nullptr);
    EXPECT_EQ(compareCell(*origin, 0, learnContent(), base()).text,
              base().find(QStringLiteral("soleus"))->origin->text);
    // Two heads with different origins: each part names its head.
    const QString gastrocnemius = compareCell(*origin, 1, learnContent(), base()).text;
    EXPECT_TRUE(gastrocnemius.contains(QStringLiteral("Medial head: "))) << gastrocnemius.toStdString();
    EXPECT_TRUE(gastrocnemius.contains(QStringLiteral("Lateral head: "))) << gastrocnemius.toStdString();
    EXPECT_EQ(columnFibres(learnContent().compareColumns().at(0), base())->typeOnePercentMin, 70);
    EXPECT_EQ(columnFibres(learnContent().compareColumns().at(1), base())->typeOnePercentMax, 50);
}

TEST(LearnContent, RefusesAnUnknownSourceNamingTheStepAndField)
{
    JsonFixture fixture(kBuiltIn);
    QJsonObject step = tourStep(fixture, 2);
    QJsonArray paragraphs = step.value(QStringLiteral("paragraphs")).toArray();
    QJsonObject first = paragraphs.at(0).toObject();
    first.insert(QStringLiteral("sources"), QJsonArray{QStringLiteral("Nobody2020")});
    paragraphs.replace(0, first);
    step.insert(QStringLiteral("paragraphs"), paragraphs);
    replaceTourStep(fixture, 2, step);
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, step.value(QStringLiteral("id")).toString());
    EXPECT_EQ(error.field, QStringLiteral("paragraphs[1].sources"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("Nobody2020")));
}

TEST(LearnContent, RefusesAStepThatHighlightsWhatItPeelsAway)
{
    JsonFixture fixture(kBuiltIn);
    QJsonObject step = tourStep(fixture, 1);
    step.insert(QStringLiteral("select"), QStringLiteral("gastrocnemius-lateral-head"));
    replaceTourStep(fixture, 1, step);
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.field, QStringLiteral("select"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("peeled away")));
}

TEST(LearnContent, RefusesAnUnknownStructureOrLayer)
{
    JsonFixture fixture(kBuiltIn);
    QJsonObject step = tourStep(fixture, 0);
    step.insert(QStringLiteral("select"), QStringLiteral("bicep"));
    replaceTourStep(fixture, 0, step);
    EXPECT_EQ(loadError(fixture.write()).field, QStringLiteral("select"));
    step.insert(QStringLiteral("select"), QStringLiteral("soleus"));
    step.insert(QStringLiteral("peel"), QStringLiteral("dermis"));
    replaceTourStep(fixture, 0, step);
    EXPECT_EQ(loadError(fixture.write(QStringLiteral("peel.json"))).field, QStringLiteral("peel"));
}

TEST(LearnContent, RefusesACompareRowWithTheWrongNumberOfCells)
{
    JsonFixture fixture(kBuiltIn);
    QJsonObject compare = fixture.object().value(QStringLiteral("compare")).toObject();
    QJsonArray rows = compare.value(QStringLiteral("rows")).toArray();
    QJsonObject last = rows.last().toObject();
    QJsonArray cells = last.value(QStringLiteral("cells")).toArray();
    cells.removeLast();
    last.insert(QStringLiteral("cells"), cells);
    rows.replace(rows.size() - 1, last);
    compare.insert(QStringLiteral("rows"), rows);
    fixture.object().insert(QStringLiteral("compare"), compare);
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, last.value(QStringLiteral("id")).toString());
    EXPECT_EQ(error.field, QStringLiteral("cells"));
}

TEST(SeededRandom, DrawsTheSameNumbersOnEveryPlatform)
{
    // std::mt19937 seeded 5489 starts 3499211612, 581869302, 3890346734, 3586334585 (fixed by the C++ standard).
    SeededRandom random(5489);
    EXPECT_EQ(random.bounded(10), 2u);
    EXPECT_EQ(random.bounded(10), 2u);
    EXPECT_EQ(random.bounded(10), 4u);
    EXPECT_EQ(random.bounded(1000), 585u);
    EXPECT_EQ(random.bounded(1), 0u);
}

TEST(SeededRandom, BoundedDrawsCoverTheRangeEvenly)
{
    SeededRandom random(7);
    QList<int> counts(6, 0);
    for (int i = 0; i < 6000; ++i) {
        const std::uint32_t draw = random.bounded(6);
        ASSERT_LT(draw, 6u);
        ++counts[int(draw)];
    }
    for (int count : counts)
        EXPECT_NEAR(count, 1000, 120);
}

TEST(Quiz, SameSeedSameQuizOtherSeedOtherQuiz)
{
    const QuizGenerator generator(base(), learnContent());
    const QList<Question> a = generator.generate(42, 12, sheetKinds());
    const QList<Question> b = generator.generate(42, 12, sheetKinds());
    const QList<Question> c = generator.generate(43, 12, sheetKinds());
    ASSERT_EQ(a.size(), 12);
    QStringList promptsA, promptsB, promptsC;
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.at(i).prompt, b.at(i).prompt);
        EXPECT_EQ(a.at(i).choices, b.at(i).choices);
        promptsA << a.at(i).prompt + a.at(i).choices.join(QLatin1Char('|'));
        promptsC << c.at(i).prompt + c.at(i).choices.join(QLatin1Char('|'));
    }
    EXPECT_NE(promptsA, promptsC);
}

TEST(Quiz, AnswerIsAlwaysOneOfDistinctChoices)
{
    const QuizGenerator generator(base(), learnContent());
    for (std::uint32_t seed : {0u, 1u, 99u, 4000000000u}) {
        for (const Question &q : generator.generate(seed, generator.available(sheetKinds()), sheetKinds())) {
            EXPECT_TRUE(q.choices.contains(q.answer)) << q.prompt.toStdString();
            EXPECT_GE(q.choices.size(), 2) << q.prompt.toStdString();
            EXPECT_LE(q.choices.size(), 4) << q.prompt.toStdString();
            EXPECT_EQ(QSet<QString>(q.choices.begin(), q.choices.end()).size(), q.choices.size());
            EXPECT_NE(base().find(q.structure), nullptr);
            EXPECT_FALSE(q.explanation.isEmpty());
        }
    }
}

TEST(Quiz, CountBeyondTheDataIsRefused)
{
    const QuizGenerator generator(base(), learnContent());
    const qsizetype available = generator.available(sheetKinds());
    EXPECT_NO_THROW(generator.generate(5, available, sheetKinds()));
    try {
        generator.generate(5, available + 1, sheetKinds());
        ADD_FAILURE() << "asked for more than the data can make";
    } catch (const QuizLimitError &error) {
        EXPECT_EQ(error.available(), available);
        EXPECT_EQ(error.asked(), available + 1);
    }
    EXPECT_THROW(generator.clickRound(1, {QStringLiteral("soleus"), QStringLiteral("nowhere")}, 2), QuizLimitError);
}

TEST(Quiz, QuestionsComeFromTheKnowledgeBase)
{
    const QuizGenerator generator(base(), learnContent());
    qsizetype withOrigin = 0;
    for (const anatomy::Structure &structure : base().structures())
        withOrigin += structure.origin.has_value();
    EXPECT_EQ(generator.available({QuestionKind::Origin}), withOrigin);
    for (const Question &q : generator.generate(3, withOrigin, {QuestionKind::Origin}))
        EXPECT_EQ(q.answer, base().find(q.structure)->origin->text);
}

TEST(Quiz, ANewStructureBringsItsOwnQuestions)
{
    JsonFixture fixture(test::resourceFile(QStringLiteral("data/anatomy.json")));
    QJsonArray structures = fixture.object().value(QStringLiteral("structures")).toArray();
    QJsonObject extra = structures.at(0).toObject();
    extra.insert(QStringLiteral("id"), QStringLiteral("gastrocnemius-third-head"));
    extra.insert(QStringLiteral("name"), QStringLiteral("Gastrocnemius, third head"));
    extra.insert(QStringLiteral("origin"),
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("A test origin.")},
                             {QStringLiteral("sources"), QJsonArray{QStringLiteral("Gray")}}});
    structures.append(extra);
    fixture.object().insert(QStringLiteral("structures"), structures);
    const anatomy::KnowledgeBase bigger = anatomy::KnowledgeBase::load(fixture.write(), references());
    const LearnContent learn = LearnContent::builtIn(references(), bigger);
    const QuizGenerator before(base(), learnContent());
    const QuizGenerator after(bigger, learn);
    for (QuestionKind kind : sheetKinds())
        EXPECT_EQ(after.available({kind}), before.available({kind}) + 1) << idOf(kind).toStdString();
    bool asked = false;
    for (const Question &q : after.generate(8, after.available({QuestionKind::Origin}), {QuestionKind::Origin})) {
        if (q.structure == QLatin1String("gastrocnemius-third-head")) {
            asked = true;
            EXPECT_EQ(q.answer, QStringLiteral("A test origin."));
        }
    }
    EXPECT_TRUE(asked);
}

TEST(Quiz, SelfTestQuestionsFollowTheKnee)
{
    const QuizGenerator generator(base(), learnContent());
    const QList<QuestionKind> kinds{QuestionKind::WhichTest};
    const QList<Question> questions = generator.generate(1, generator.available(kinds), kinds);
    ASSERT_EQ(questions.size(), 3); // the soleus and the two heads of the gastrocnemius
    for (const Question &q : questions) {
        const bool crossesKnee = base().find(q.structure)->crosses(QStringLiteral("knee"));
        EXPECT_TRUE(q.answer.contains(crossesKnee ? QStringLiteral("wall") : QStringLiteral("bench")))
            << q.prompt.toStdString();
    }
    for (const Question &q : generator.generate(1, 3, {QuestionKind::WhichMuscle})) {
        if (q.prompt.contains(QStringLiteral("bench"))) {
            EXPECT_EQ(q.answer, QStringLiteral("Soleus"));
        } else {
            EXPECT_TRUE(q.answer.startsWith(QStringLiteral("Gastrocnemius"))) << q.answer.toStdString();
        }
    }
}

TEST(Quiz, WrongActionsAreOnesTheMuscleCannotDo)
{
    const QuizGenerator generator(base(), learnContent());
    for (const Question &q :
         generator.generate(2, generator.available({QuestionKind::Action}), {QuestionKind::Action})) {
        QStringList own;
        for (const anatomy::Fact &action : base().find(q.structure)->actions)
            own << action.text;
        for (const QString &choice : q.choices) {
            if (choice != q.answer) {
                EXPECT_FALSE(own.contains(choice)) << q.prompt.toStdString();
            }
        }
        if (q.structure == QLatin1String("soleus")) {
            for (const QString &choice : q.choices)
                EXPECT_FALSE(choice.contains(QStringLiteral("Plantar flexes the ankle.")));
        }
    }
}

TEST(Quiz, ClickRoundAsksForEachStructureOnceInSeededOrder)
{
    const QuizGenerator generator(base(), learnContent());
    const QStringList ids{QStringLiteral("soleus"), QStringLiteral("gastrocnemius-medial-head"),
                          QStringLiteral("calcaneal-tendon"), QStringLiteral("plantaris")};
    const QList<Question> round = generator.clickRound(11, ids, 4);
    QStringList asked;
    for (const Question &q : round) {
        asked << q.structure;
        EXPECT_EQ(q.answer, q.structure);
        EXPECT_EQ(q.choices, ids);
    }
    EXPECT_EQ(QSet<QString>(asked.begin(), asked.end()), QSet<QString>(ids.begin(), ids.end()));
    QStringList again;
    for (const Question &q : generator.clickRound(11, ids, 4))
        again << q.structure;
    EXPECT_EQ(asked, again);
}

TEST(QuizSession, ScoresOneTryPerQuestionAndOffersTheMissedAgain)
{
    const QuizGenerator generator(base(), learnContent());
    QuizSession session(generator.generate(9, 4, sheetKinds()));
    ASSERT_EQ(session.count(), 4);
    const Question first = *session.current();
    EXPECT_TRUE(session.answer(first.answer));
    EXPECT_FALSE(session.answer(first.answer)); // a second try does not count
    session.next();
    const Question second = *session.current();
    QString wrong;
    for (const QString &choice : second.choices) {
        if (choice != second.answer)
            wrong = choice;
    }
    EXPECT_FALSE(session.answer(wrong));
    EXPECT_EQ(session.lastChoice(), wrong);
    session.next();
    session.next(); // not answered yet: stays
    EXPECT_EQ(session.index(), 2);
    EXPECT_TRUE(session.answer(session.current()->answer));
    session.next();
    EXPECT_FALSE(session.answer(QStringLiteral("not a choice")));
    session.next();
    EXPECT_TRUE(session.isFinished());
    EXPECT_EQ(session.current(), nullptr);
    EXPECT_EQ(session.score(), 2);
    EXPECT_EQ(session.answered(), 4);
    ASSERT_EQ(session.missed().size(), 2);
    EXPECT_EQ(session.missed().first().prompt, second.prompt);
    QuizSession retry = session.retryMissed();
    EXPECT_EQ(retry.count(), 2);
    EXPECT_EQ(retry.current()->prompt, second.prompt);
    EXPECT_TRUE(session.missedStructures().contains(second.structure));
}

} // namespace
