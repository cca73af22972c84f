// SPDX-License-Identifier: MIT
#pragma once

#include "learn/studycards.h"
#include "learn/studystore.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace calfatlas::app {

// The study deck and the memory of its cards, shared by the Study section and the home page: the store is
// opened on first use, "new cards per day" is remembered with the app's settings.
class StudyService : public QObject {
    Q_OBJECT

public:
    StudyService(const anatomy::KnowledgeBase *base, const learn::LearnContent *content, QString folder,
                 QObject *parent = nullptr);
    ~StudyService() override;

    static int defaultNewPerDay() { return 10; }
    static int mostNewPerDay() { return 100; }

    const QList<learn::StudyCard> &cards() const;
    const learn::StudyCard *card(const QString &id) const;
    learn::StudyStore &store() const;

    int newPerDay() const;
    void setNewPerDay(int count);
    // The day studied: today, unless set (for a test or a screenshot).
    QDate day() const { return m_day.isValid() ? m_day : QDate::currentDate(); }
    void setDay(const QDate &day) { m_day = day; }

    // What is left to study today.
    learn::StudyDay plan() const;
    std::optional<learn::CardState> state(const QString &cardId) const;
    // Rates a card studied today, saves it and tells everyone.
    learn::StudyOutcome review(const QString &cardId, learn::fsrs::Rating rating);
    // The earliest day after today on which a studied card is due, and how many are due then.
    std::pair<QDate, int> nextDue() const;

signals:
    void changed();

private:
    const anatomy::KnowledgeBase *m_base;
    const learn::LearnContent *m_content;
    QString m_folder;
    QDate m_day;
    mutable std::unique_ptr<learn::StudyStore> m_store;
    mutable std::optional<QList<learn::StudyCard>> m_cards;
    mutable QHash<QString, qsizetype> m_index;
};

} // namespace calfatlas::app
