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
    Click,       // find a structure on the diagram
    Origin,      // where does it arise?
    Insertion,   // where does it insert?
    Action,      // which of these does it do?
    Joints,      // which joints does it cross?
    WhichTest,   // which self-test points to this muscle?
    WhichMuscle, // this self-test brings it on: which muscle?
};

QString idOf(QuestionKind kind);
std::optional<QuestionKind> questionKindFromId(const QString &id);
// The kinds a printed sheet can hold (all but Click, which needs the diagram).
QList<QuestionKind> sheetKinds();
QList<QuestionKind> attachmentKinds(); // origin, insertion, action, joints
QList<QuestionKind> testKinds();       // which test, which muscle

// One generated question. For Click questions the choices are structure ids; otherwise they are the words shown.
struct Question {
    QuestionKind kind = QuestionKind::Origin;
    QString prompt;
    QStringList choices;
    QString answer;    // one of the choices
    QString structure; // knowledge-base id the question is about
    QString explanation;
    QStringList sources; // keys behind the answer and the explanation

    bool isCorrect(const QString &choice) const { return choice == answer; }
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

private:
    struct Draft {
        Question question;
        QStringList distractors; // candidates the wrong choices are drawn from
    };
    QList<Draft> drafts(QuestionKind kind) const;
    static QString gist(const QString &text);
    QList<Draft> attachmentDrafts(QuestionKind kind) const;
    QList<Draft> actionDrafts() const;
    QList<Draft> jointDrafts() const;
    QList<Draft> testDrafts(QuestionKind kind) const;

    const anatomy::KnowledgeBase &m_base;
    const LearnContent &m_content;
};

// "the knee and the ankle" for a list of joint ids.
QString jointsPhrase(const QStringList &joints);

// A structure's name inside a sentence: lowercased in English ("Click the soleus."); other languages get it
// as written, since German nouns and Latin names keep their capitals.
QString nameInSentence(const QString &name);

} // namespace calfatlas::learn
