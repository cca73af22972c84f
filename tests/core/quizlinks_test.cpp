// SPDX-License-Identifier: MIT
// Questions from the links of the knowledge base: the answer is linked as asked, every wrong choice is of the
// right kind and not linked, no choice is offered twice, and each question has a stable id made of its links.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "learn/quiz.h"

#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::learn;
using anatomy::Relation;
using anatomy::Structure;
using calfatlas::test::base;
using calfatlas::test::learnContent;
using calfatlas::test::references;

namespace {

const Structure *byName(const QString &name)
{
    for (const Structure &structure : base().structures()) {
        if (structure.name == name)
            return &structure;
    }
    return nullptr;
}

QStringList muscleIds()
{
    return base().idsOfKind(anatomy::Kind::Muscle);
}

// Reads the conditions back out of an id such as "~crosses:knee-joint&!~inserts_on:calcaneus".
QList<FitCondition> conditionsOf(QString id)
{
    QList<FitCondition> conditions;
    id.remove(QStringLiteral("click:"));
    for (QString part : id.split(QLatin1Char('&'))) {
        FitCondition condition;
        condition.holds = !part.startsWith(QLatin1Char('!'));
        part.remove(QLatin1Char('!'));
        part.remove(QLatin1Char('~'));
        const QStringList pieces = part.split(QLatin1Char(':'));
        EXPECT_EQ(pieces.size(), 2) << qPrintable(id);
        const auto relation = anatomy::relationFromId(pieces.value(0));
        EXPECT_TRUE(relation) << qPrintable(id);
        condition.relation = relation.value_or(Relation::Crosses);
        condition.target = pieces.value(1);
        conditions.append(condition);
    }
    return conditions;
}

bool meetsAll(const Structure &structure, const QList<FitCondition> &conditions)
{
    for (const FitCondition &condition : conditions) {
        if (structure.links(condition.relation, condition.target) != condition.holds)
            return false;
    }
    return true;
}

QList<Question> everyRelationQuestion(std::uint32_t seed)
{
    QuizGenerator generator(base(), learnContent());
    generator.setPlateStructures(muscleIds());
    const QList<QuestionKind> kinds = relationKinds();
    return generator.generate(seed, generator.available(kinds), kinds);
}

const Question *withId(const QList<Question> &questions, const QString &id)
{
    for (const Question &question : questions) {
        if (question.id == id)
            return &question;
    }
    return nullptr;
}

TEST(QuizLinks, AsksWhichNerveSuppliesAMuscle)
{
    const QList<Question> questions = everyRelationQuestion(7);
    const Question *q = withId(questions, QStringLiteral("innervated_by:soleus"));
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->kind, QuestionKind::Relation);
    EXPECT_EQ(q->prompt, QStringLiteral("Which nerve supplies the soleus?"));
    EXPECT_EQ(q->answer, QStringLiteral("Tibial nerve"));
    EXPECT_TRUE(q->choices.contains(QStringLiteral("Deep fibular nerve")));
    EXPECT_TRUE(q->choices.contains(QStringLiteral("Superficial fibular nerve")));
    EXPECT_EQ(q->choices.size(), 3); // the knowledge base has three nerves
    EXPECT_TRUE(q->sources.contains(QStringLiteral("Moore")));
}

TEST(QuizLinks, AsksTheLinksBackwardsAndTwoAtOnce)
{
    const QList<Question> questions = everyRelationQuestion(7);
    const Question *origin = withId(questions, QStringLiteral("~origin_on:tibia"));
    ASSERT_NE(origin, nullptr);
    EXPECT_EQ(origin->prompt, QStringLiteral("Which of these muscles arises from the tibia?"));
    const Question *both = withId(questions, QStringLiteral("~crosses:knee-joint&~inserts_on:calcaneus"));
    ASSERT_NE(both, nullptr);
    EXPECT_EQ(both->prompt,
              QStringLiteral("Which of these muscles crosses the knee joint and inserts on the calcaneus?"));
    // Only the popliteus crosses the knee and inserts elsewhere; the soleus inserts there and does not cross it.
    for (const QString &choice : both->choices) {
        if (choice != both->answer) {
            EXPECT_TRUE(choice == QLatin1String("Popliteus") ||
                        !byName(choice)->links(Relation::Crosses, QStringLiteral("knee-joint")))
                << qPrintable(choice);
        }
    }
    const Question *click = withId(questions, QStringLiteral("click:!~crosses:knee-joint&~innervated_by:tibial-nerve"));
    ASSERT_NE(click, nullptr);
    EXPECT_EQ(click->kind, QuestionKind::RelationClick);
    EXPECT_EQ(click->prompt,
              QStringLiteral("Click a muscle that does not cross the knee joint and is supplied by the tibial nerve."));
    QStringList right = click->accepted + QStringList{click->answer};
    right.sort();
    EXPECT_EQ(right, (QStringList{QStringLiteral("flexor-digitorum-longus"), QStringLiteral("flexor-hallucis-longus"),
                                  QStringLiteral("soleus"), QStringLiteral("tibialis-posterior")}));
    EXPECT_TRUE(click->isCorrect(QStringLiteral("soleus")));
    EXPECT_FALSE(click->isCorrect(QStringLiteral("popliteus")));
    EXPECT_FALSE(click->isCorrect(QStringLiteral("gastrocnemius-medial-head")));
}

// Checked against the knowledge base for every question of several quizzes: whichever way a question asks, its
// answer is right and none of its wrong choices is.
TEST(QuizLinks, AnswersAreRightAndDistractorsOfTheRightKindAndWrong)
{
    for (std::uint32_t seed : {1U, 2U, 99U}) {
        const QList<Question> questions = everyRelationQuestion(seed);
        ASSERT_GE(questions.size(), 40);
        for (const Question &q : questions) {
            SCOPED_TRACE(q.id.toStdString());
            EXPECT_FALSE(q.sources.isEmpty());
            for (const QString &key : q.sources)
                EXPECT_NE(references().find(key), nullptr);
            EXPECT_EQ(QSet<QString>(q.choices.cbegin(), q.choices.cend()).size(), q.choices.size()) << "a duplicate";
            if (q.kind == QuestionKind::RelationClick) {
                const QList<FitCondition> conditions = conditionsOf(q.id);
                for (const QString &id : q.choices) {
                    const bool right = meetsAll(*base().find(id), conditions);
                    EXPECT_EQ(q.isCorrect(id), right) << qPrintable(id);
                }
                continue;
            }
            ASSERT_TRUE(q.choices.contains(q.answer));
            ASSERT_GE(q.choices.size(), 2);
            if (!q.id.startsWith(QLatin1Char('~')) && !q.id.startsWith(QLatin1Char('!'))) { // "innervated_by:soleus"
                const auto relation = anatomy::relationFromId(q.id.section(QLatin1Char(':'), 0, 0));
                ASSERT_TRUE(relation);
                const Structure &subject = *base().find(q.id.section(QLatin1Char(':'), 1));
                EXPECT_TRUE(subject.links(*relation, byName(q.answer)->id));
                for (const QString &choice : q.choices) {
                    EXPECT_EQ(byName(choice)->kind, anatomy::targetKind(*relation)) << qPrintable(choice);
                    if (choice != q.answer) {
                        EXPECT_FALSE(subject.links(*relation, byName(choice)->id)) << qPrintable(choice);
                    }
                }
                continue;
            }
            const QList<FitCondition> conditions = conditionsOf(q.id); // backwards, one link or two
            EXPECT_TRUE(meetsAll(*byName(q.answer), conditions));
            for (const QString &choice : q.choices) {
                const Structure *structure = byName(choice);
                EXPECT_EQ(structure->kind, byName(q.answer)->kind) << qPrintable(choice);
                if (choice != q.answer) {
                    EXPECT_FALSE(meetsAll(*structure, conditions)) << qPrintable(choice);
                }
            }
        }
    }
}

TEST(QuizLinks, IdsAreUniqueAndTheSameForEverySeed)
{
    const QList<Question> first = everyRelationQuestion(1);
    const QList<Question> second = everyRelationQuestion(12345);
    QStringList a;
    QStringList b;
    for (const Question &q : first)
        a.append(q.id);
    for (const Question &q : second)
        b.append(q.id);
    EXPECT_EQ(QSet<QString>(a.cbegin(), a.cend()).size(), a.size());
    a.sort();
    b.sort();
    EXPECT_EQ(a, b);
    // The existing kinds have ids too.
    const QuizGenerator generator(base(), learnContent());
    for (const Question &q : generator.generate(3, 10, attachmentKinds()))
        EXPECT_EQ(q.id, idOf(q.kind) + QLatin1Char(':') + q.structure);
    EXPECT_EQ(generator.clickRound(3, {QStringLiteral("soleus")}, 1).first().id, QStringLiteral("click:soleus"));
}

// The subtalar joint's crossings are not all linked, so no question treats a muscle not linked to it as one that
// does not cross it.
TEST(QuizLinks, AJointWithoutAllItsCrossingsIsNeverAWrongChoice)
{
    int crossings = 0;
    for (const Question &q : everyRelationQuestion(5)) {
        if (!q.id.contains(QStringLiteral("crosses")))
            continue;
        ++crossings;
        EXPECT_FALSE(q.id.contains(QStringLiteral("subtalar-joint"))) << qPrintable(q.id);
        if (q.kind == QuestionKind::Relation && q.answer != QLatin1String("Subtalar joint")) {
            EXPECT_FALSE(q.choices.contains(QStringLiteral("Subtalar joint"))) << qPrintable(q.id);
        }
    }
    EXPECT_GT(crossings, 5);
}

TEST(QuizLinks, WithoutAPlateThereAreNoClickQuestions)
{
    const QuizGenerator generator(base(), learnContent());
    EXPECT_EQ(generator.available({QuestionKind::RelationClick}), 0);
    EXPECT_GT(generator.available({QuestionKind::Relation}), 30);
}

} // namespace
