// SPDX-License-Identifier: MIT
#pragma once

#include "learn/fsrs.h"

#include <QString>
#include <QStringList>

#include <array>

namespace calfatlas::learn {

// One sitting of study: the day's cards in order, each answered once and then rated once, which moves on.
class StudySession {
public:
    StudySession() = default;
    explicit StudySession(QStringList order) : m_order(std::move(order)) {}

    const QStringList &order() const { return m_order; }
    qsizetype count() const { return m_order.size(); }
    qsizetype index() const { return m_index; }
    bool isFinished() const { return m_index >= m_order.size(); }
    // The card being asked, or empty once the session is over.
    QString current() const { return m_order.value(m_index); }
    bool isAnswered() const { return m_answered; }
    bool lastAnswerRight() const { return m_lastRight; }

    // Records whether the current card was answered right; false when it was answered already (or none is left).
    bool answer(bool right);
    // Rates the answered card and moves on; false when the current card is not answered yet.
    bool rate(fsrs::Rating rating);

    int right() const { return m_right; }
    int rated() const { return int(m_index); }
    int ratedAs(fsrs::Rating rating) const { return m_ratings.at(std::size_t(rating) - 1); }

private:
    QStringList m_order;
    qsizetype m_index = 0;
    bool m_answered = false;
    bool m_lastRight = false;
    int m_right = 0;
    std::array<int, 4> m_ratings{};
};

} // namespace calfatlas::learn
