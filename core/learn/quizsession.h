// SPDX-License-Identifier: MIT
#pragma once

#include "learn/quiz.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace calfatlas::learn {

// One play through a list of questions: one try per question, the score, and what was missed.
class QuizSession {
public:
    explicit QuizSession(QList<Question> questions = {});

    qsizetype count() const { return m_questions.size(); }
    qsizetype index() const { return m_index; } // the question being asked; count() once finished
    bool isFinished() const { return m_index >= m_questions.size(); }
    const Question *current() const;

    // Records the try at the current question; returns whether it was right. A second try is ignored (false).
    bool answer(const QString &choice);
    bool isAnswered() const { return m_answered; }
    // The try at the current question, once answered.
    QString lastChoice() const { return m_lastChoice; }
    // Moves on to the next question once the current one is answered.
    void next();

    int score() const { return m_score; }
    int answered() const { return m_tries; }
    // The questions answered wrongly, in the order they were asked.
    QList<Question> missed() const { return m_missed; }
    // The structures of the missed questions, each once.
    QStringList missedStructures() const;
    // A new session of the missed questions, to try again.
    QuizSession retryMissed() const { return QuizSession(m_missed); }

private:
    QList<Question> m_questions;
    QList<Question> m_missed;
    qsizetype m_index = 0;
    bool m_answered = false;
    QString m_lastChoice;
    int m_score = 0;
    int m_tries = 0;
};

} // namespace calfatlas::learn
