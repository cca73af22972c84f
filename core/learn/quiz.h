// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/structure.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace calfatlas::anatomy {
class KnowledgeBase;
}

namespace calfatlas::learn {

class LearnContent;

enum class QuestionKind {
    Click,         // find a structure on the diagram
    Origin,        // where does it arise?
    Insertion,     // where does it insert?
    Action,        // which of these does it do?
    Joints,        // which joints does it cross?
    WhichTest,     // which self-test points to this muscle?
    WhichMuscle,   // this self-test brings it on: which muscle?
    Relation,      // a link of the knowledge base, asked either way: "Which nerve supplies the soleus?"
    RelationClick, // find on the diagram a structure that has some links and not others
};

QString idOf(QuestionKind kind);
std::optional<QuestionKind> questionKindFromId(const QString &id);
// The kinds a printed sheet can hold (all but Click, which needs the diagram).
QList<QuestionKind> sheetKinds();
QList<QuestionKind> attachmentKinds(); // origin, insertion, action, joints
QList<QuestionKind> testKinds();       // which test, which muscle
QList<QuestionKind> relationKinds();   // relation, relation click
// Whether the question is answered by clicking the diagram (its choices are structure ids).
bool isClickKind(QuestionKind kind);

// One generated question. For Click questions the choices are structure ids; otherwise they are the words shown.
struct Question {
    QuestionKind kind = QuestionKind::Origin;
    // Stable across seeds and versions, made of the relation and structure ids it asks about:
    // "origin:soleus", "click:soleus", "innervated_by:soleus" (which nerve supplies the soleus),
    // "~innervated_by:tibial-nerve" (the link read backwards: which muscle does the tibial nerve supply),
    // "~crosses:knee-joint&~inserts_on:calcaneus" (both hold), "click:~innervated_by:tibial-nerve&!~crosses:knee-joint"
    // ("!" for a link that must not hold).
    QString id;
    QString prompt;
    QStringList choices;
    QString answer;       // one of the choices
    QStringList accepted; // the other choices that are right as well (a click on any structure that fits)
    QString structure;    // knowledge-base id the question is about
    QString explanation;
    QStringList sources; // keys behind the answer and the explanation

    bool isCorrect(const QString &choice) const { return choice == answer || accepted.contains(choice); }
};

// A link a structure must have, or must not have: {crosses, knee-joint, true} is "crosses the knee joint".
struct FitCondition {
    anatomy::Relation relation = anatomy::Relation::Crosses;
    QString target;
    bool holds = true;
};

// Asked for more questions than the data can make.
class QuizLimitError : public std::runtime_error {
public:
    QuizLimitError(qsizetype asked, qsizetype available);
    qsizetype asked() const { return m_asked; }
    qsizetype available() const { return m_available; }

private:
    qsizetype m_asked;
    qsizetype m_available;
};

// Makes quiz questions from the knowledge base: every structure with an origin brings an origin question, every
// muscle of the self-tests' group brings its test questions, and so on. The same seed gives the same questions,
// in the same order, with the same choices, on every platform.
class QuizGenerator {
public:
    QuizGenerator(const anatomy::KnowledgeBase &base, const LearnContent &content);

    // How many different questions of these kinds the data supports.
    qsizetype available(const QList<QuestionKind> &kinds) const;
    // `count` different questions of the given kinds. Throws QuizLimitError when count > available(kinds).
    QList<Question> generate(std::uint32_t seed, qsizetype count, const QList<QuestionKind> &kinds) const;
    // "Click the …" for `count` of the structures `ids` (those on the diagram; unknown ids are skipped), in random
    // order. Throws QuizLimitError when count exceeds the known ids.
    QList<Question> clickRound(std::uint32_t seed, const QStringList &ids, qsizetype count) const;
    // The structures on the diagram that relation-click questions are asked on (none: no such questions).
    void setPlateStructures(const QStringList &ids) { m_plate = ids; }

private:
    struct Draft {
        Question question;
        QStringList distractors; // candidates the wrong choices are drawn from
        QStringList answers;     // when several choices would be right: one of them is asked, the rest are not offered
    };
    QList<Draft> drafts(QuestionKind kind) const;
    static QString gist(const QString &text);
    QList<Draft> attachmentDrafts(QuestionKind kind) const;
    QList<Draft> actionDrafts() const;
    QList<Draft> jointDrafts() const;
    QList<Draft> testDrafts(QuestionKind kind) const;
    QList<Draft> relationDrafts() const;
    QList<Draft> forwardDrafts(anatomy::Relation relation) const;
    QList<Draft> backwardDrafts(anatomy::Relation relation) const;
    QList<Draft> conditionDrafts(bool click) const;
    QList<QList<FitCondition>> conditionSets(bool click) const;
    static bool meets(const anatomy::Structure &structure, const QList<FitCondition> &conditions);
    bool knowsAbout(const anatomy::Structure &structure, const QList<FitCondition> &conditions) const;
    QStringList namesOf(const QStringList &ids) const;

    const anatomy::KnowledgeBase &m_base;
    const LearnContent &m_content;
    QStringList m_plate;
};

// "the knee and the ankle" for a list of joint ids.
QString jointsPhrase(const QStringList &joints);

// A structure's name inside a sentence: lowercased in English ("Click the soleus."); other languages get it
// as written, since German nouns and Latin names keep their capitals.
QString nameInSentence(const QString &name);

} // namespace calfatlas::learn
