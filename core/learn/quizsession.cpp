// SPDX-License-Identifier: MIT
#include "learn/quizsession.h"

namespace calfatlas::learn {

QuizSession::QuizSession(QList<Question> questions) : m_questions(std::move(questions)) {}

const Question *QuizSession::current() const
{
    return isFinished() ? nullptr : &m_questions.at(m_index);
}

bool QuizSession::answer(const QString &choice)
{
    if (isFinished() || m_answered)
        return false;
    m_answered = true;
    m_lastChoice = choice;
    ++m_tries;
    const Question &question = m_questions.at(m_index);
    const bool right = question.isCorrect(choice);
    if (right)
        ++m_score;
    else
        m_missed.append(question);
    return right;
}

void QuizSession::next()
{
    if (isFinished() || !m_answered)
        return;
    ++m_index;
    m_answered = false;
    m_lastChoice.clear();
}

QStringList QuizSession::missedStructures() const
{
    QStringList ids;
    for (const Question &question : m_missed) {
        if (!ids.contains(question.structure))
            ids.append(question.structure);
    }
    return ids;
}

} // namespace calfatlas::learn
