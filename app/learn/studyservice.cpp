// SPDX-License-Identifier: MIT
#include "studyservice.h"

#include "ui/featuresettings.h"

namespace calfatlas::app {

namespace {

const QString kNewPerDayKey = QStringLiteral("study/newCardsPerDay");

} // namespace

StudyService::StudyService(const anatomy::KnowledgeBase *base, const learn::LearnContent *content, QString folder,
                           QObject *parent)
    : QObject(parent), m_base(base), m_content(content), m_folder(std::move(folder))
{
}

StudyService::~StudyService() = default;

const QList<learn::StudyCard> &StudyService::cards() const
{
    if (!m_cards) {
        m_cards = learn::studyCards(*m_base, *m_content, learn::studyPlateIds());
        for (qsizetype i = 0; i < m_cards->size(); ++i)
            m_index.insert(m_cards->at(i).id, i);
    }
    return *m_cards;
}

const learn::StudyCard *StudyService::card(const QString &id) const
{
    const QList<learn::StudyCard> &all = cards();
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &all.at(*found);
}

learn::StudyStore &StudyService::store() const
{
    if (!m_store)
        m_store = std::make_unique<learn::StudyStore>(m_folder);
    return *m_store;
}

int StudyService::newPerDay() const
{
    const int count = FeatureSettings().value(kNewPerDayKey, defaultNewPerDay()).toInt();
    return std::clamp(count, 0, mostNewPerDay());
}

void StudyService::setNewPerDay(int count)
{
    if (count == newPerDay())
        return;
    FeatureSettings().setValue(kNewPerDayKey, std::clamp(count, 0, mostNewPerDay()));
    emit changed();
}

learn::StudyDay StudyService::plan() const
{
    return learn::planDay(cards(), store().states(), day(), newPerDay(), store().newCardsBegunOn(day()));
}

std::optional<learn::CardState> StudyService::state(const QString &cardId) const
{
    const QHash<QString, learn::CardState> states = store().states();
    const auto found = states.constFind(cardId);
    return found == states.constEnd() ? std::nullopt : std::optional(*found);
}

learn::StudyOutcome StudyService::review(const QString &cardId, learn::fsrs::Rating rating)
{
    learn::StudyOutcome outcome = store().review(cardId, rating, day());
    if (outcome.ok)
        emit changed();
    return outcome;
}

std::pair<QDate, int> StudyService::nextDue() const
{
    QDate next;
    int count = 0;
    const QHash<QString, learn::CardState> states = store().states();
    for (const learn::StudyCard &card : cards()) {
        const auto state = states.constFind(card.id);
        if (state == states.constEnd() || state->due <= day())
            continue;
        if (!next.isValid() || state->due < next) {
            next = state->due;
            count = 0;
        }
        count += state->due == next ? 1 : 0;
    }
    return {next, count};
}

} // namespace calfatlas::app
