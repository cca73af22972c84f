// SPDX-License-Identifier: MIT
#include "learn/studysession.h"

namespace calfatlas::learn {

bool StudySession::answer(bool right)
{
    if (isFinished() || m_answered)
        return false;
    m_answered = true;
    m_lastRight = right;
    m_right += right ? 1 : 0;
    return true;
}

bool StudySession::rate(fsrs::Rating rating)
{
    if (isFinished() || !m_answered)
        return false;
    ++m_ratings.at(std::size_t(rating) - 1);
    ++m_index;
    m_answered = false;
    return true;
}

} // namespace calfatlas::learn
