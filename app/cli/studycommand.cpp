// SPDX-License-Identifier: MIT
#include "studycommand.h"

#include "commandline.h"
#include "common/content.h"
#include "learn/fsrs.h"
#include "learn/studystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace calfatlas::cli {

using namespace calfatlas::learn;

namespace {

const QStringList kActions{QStringLiteral("schedule"), QStringLiteral("due")};
const QStringList kRatings{QStringLiteral("again"), QStringLiteral("hard"), QStringLiteral("good"),
                           QStringLiteral("easy")};
constexpr int kMaximumElapsedDays = 100000;

QString validReview()
{
    return QStringLiteral("RATING:DAYS, RATING one of %1, DAYS a whole number from 0 to %2")
        .arg(listed(kRatings))
        .arg(kMaximumElapsedDays);
}

fsrs::Review readReview(const CommandLine &line, const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    static const QRegularExpression wholeNumber(QStringLiteral("^[0-9]{1,6}$"));
    const bool wellFormed = parts.size() == 2 && kRatings.contains(parts.at(0)) &&
                            wholeNumber.match(parts.at(1)).hasMatch() && parts.at(1).toInt() <= kMaximumElapsedDays;
    if (!wellFormed)
        line.fail(QStringLiteral("invalid value '%1' for --review; valid: %2").arg(text, validReview()));
    return {fsrs::Rating(kRatings.indexOf(parts.at(0)) + 1), parts.at(1).toInt()};
}

QString ratingName(fsrs::Rating rating)
{
    return kRatings.at(int(rating) - 1);
}

QString rounded(double value)
{
    return QString::number(value, 'f', 2);
}

QString report(const QList<fsrs::Review> &reviews, const QList<fsrs::Scheduled> &scheduled)
{
    const fsrs::Parameters parameters;
    QString out = QStringLiteral("CalfAtlas: how FSRS-6 spaces the reviews of one new card\n"
                                 "(requested retention %1 %, longest interval %2 days)\n\n")
                      .arg(qRound(parameters.requestedRetention * 100))
                      .arg(parameters.maximumIntervalDays);
    out += QStringLiteral("Review  Rating  Days since  Stability (days)  Difficulty  Next review in\n");
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const fsrs::Scheduled &after = scheduled.at(i);
        out += QStringLiteral("%1  %2  %3  %4  %5  %6 %7\n")
                   .arg(i + 1, 6)
                   .arg(ratingName(reviews.at(i).rating), -6)
                   .arg(reviews.at(i).elapsedDays, 10)
                   .arg(rounded(after.state.stability), 16)
                   .arg(rounded(after.state.difficulty), 10)
                   .arg(after.intervalDays, 5)
                   .arg(after.intervalDays == 1 ? QStringLiteral("day") : QStringLiteral("days"));
    }
    return out;
}

QJsonObject toJson(const QList<fsrs::Review> &reviews, const QList<fsrs::Scheduled> &scheduled)
{
    QJsonArray list;
    for (qsizetype i = 0; i < reviews.size(); ++i)
        list.append(QJsonObject{
            {QStringLiteral("rating"), ratingName(reviews.at(i).rating)},
            {QStringLiteral("elapsed_days"), reviews.at(i).elapsedDays},
            {QStringLiteral("stability"), scheduled.at(i).state.stability},
            {QStringLiteral("difficulty"), scheduled.at(i).state.difficulty},
            {QStringLiteral("interval_days"), scheduled.at(i).intervalDays},
        });
    return {{QStringLiteral("reviews"), list}};
}

// The due cards of the saved study, most overdue first: those of today's deck whose review day has come.
struct DueCard {
    const StudyCard *card;
    CardState state;
};

QList<DueCard> dueCards(const QList<StudyCard> &cards, const QHash<QString, CardState> &states, const QDate &day)
{
    QList<DueCard> due;
    for (const StudyCard &card : cards) {
        const auto state = states.constFind(card.id);
        if (state != states.constEnd() && state->isDue(day))
            due.append({&card, *state});
    }
    std::stable_sort(due.begin(), due.end(), [](const DueCard &a, const DueCard &b) {
        return a.state.due != b.state.due ? a.state.due < b.state.due : a.card->id < b.card->id;
    });
    return due;
}

QJsonObject dueJson(const QList<DueCard> &due, const QDate &day, qsizetype studied)
{
    QJsonArray list;
    for (const DueCard &entry : due)
        list.append(QJsonObject{
            {QStringLiteral("id"), entry.card->id},
            {QStringLiteral("kind"), idOf(entry.card->question.kind)},
            {QStringLiteral("structure"), entry.card->question.structure},
            {QStringLiteral("prompt"), entry.card->question.prompt},
            {QStringLiteral("due"), entry.state.due.toString(Qt::ISODate)},
            {QStringLiteral("last_review"), entry.state.lastReview.toString(Qt::ISODate)},
            {QStringLiteral("recall"), recallProbability(entry.state, day)},
            {QStringLiteral("stability"), entry.state.memory.stability},
            {QStringLiteral("difficulty"), entry.state.memory.difficulty},
            {QStringLiteral("reviews"), entry.state.reviews},
            {QStringLiteral("lapses"), entry.state.lapses},
        });
    return {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("studied"), qint64(studied)},
            {QStringLiteral("due"), list}};
}

QString dueReport(const QList<DueCard> &due, const QDate &day, qsizetype studied)
{
    QString out = QStringLiteral("CalfAtlas: %1 of %2 studied cards due on %3\n")
                      .arg(due.size())
                      .arg(studied)
                      .arg(day.toString(Qt::ISODate));
    if (due.isEmpty())
        return out;
    out += QStringLiteral("\nDue         Recall  Card\n");
    for (const DueCard &entry : due)
        out += QStringLiteral("%1  %2 %  %3  %4\n")
                   .arg(entry.state.due.toString(Qt::ISODate))
                   .arg(qRound(recallProbability(entry.state, day) * 100), 4)
                   .arg(entry.card->id, entry.card->question.prompt);
    return out;
}

int runDue(const CommandLine &line, Io &io)
{
    const QDate day = line.date(QStringLiteral("date")).value_or(QDate::currentDate());
    const Content &data = Content::builtIn();
    const QList<StudyCard> cards = studyCards(data.requireAnatomy(), data.requireLearn(), studyPlateIds());
    const StudyStore store(StudyStore::defaultFolder());
    if (!store.notice().isEmpty())
        io.err << "calfatlas-cli: " << store.notice() << "\n";
    if (store.state() == StudyStore::State::Unavailable)
        return kExitFailure;
    QStringList problems;
    const QHash<QString, CardState> states = store.states(&problems);
    for (const QString &problem : problems)
        io.err << "calfatlas-cli: " << problem << "\n";
    qsizetype studied = 0;
    for (const StudyCard &card : cards)
        studied += states.contains(card.id) ? 1 : 0;
    const QList<DueCard> due = dueCards(cards, states, day);
    if (line.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(dueJson(due, day, studied)).toJson(QJsonDocument::Indented);
    else
        io.out << dueReport(due, day, studied);
    return kExitOk;
}

int runSchedule(const CommandLine &line, Io &io)
{
    line.require(QStringLiteral("review"), validReview());
    QList<fsrs::Review> reviews;
    for (const QString &text : line.values(QStringLiteral("review")))
        reviews.append(readReview(line, text));
    if (reviews.first().elapsedDays != 0)
        line.fail(QStringLiteral("the first review is of a new card, so its DAYS must be 0, not %1; valid: %2:0")
                      .arg(reviews.first().elapsedDays)
                      .arg(ratingName(reviews.first().rating)));
    const QList<fsrs::Scheduled> scheduled = fsrs::scheduleSequence(reviews);
    if (line.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(toJson(reviews, scheduled)).toJson(QJsonDocument::Indented);
    else
        io.out << report(reviews, scheduled);
    return kExitOk;
}

} // namespace

int runStudy(const QStringList &arguments, Io &io)
{
    const QStringList description{
        QStringLiteral("Spaced repetition with the FSRS-6 scheduler: requested retention 90 %, no fuzz, no same-day "
                       "learning steps."),
        QStringLiteral("schedule: how the scheduler spaces a sequence of reviews of one new card. After each review "
                       "it prints the card's stability (the days until recall falls to 90 %), its difficulty (1 to "
                       "10) and the days until the next review."),
        QStringLiteral("Each --review is RATING:DAYS. RATING is again, hard, good or easy; DAYS is the whole days "
                       "since the previous review. The first review is of a new card, so its DAYS must be 0."),
        QStringLiteral("due: the cards studied in CalfAtlas that are due for review today (or on --date), most "
                       "overdue first, with the probability of recalling each."),
    };
    QStringList paragraphs;
    for (const QString &paragraph : description)
        paragraphs.append(wrapped(paragraph));
    CommandLine line(QStringLiteral("study"), paragraphs.join(QStringLiteral("\n\n")));
    line.addPositional(QStringLiteral("ACTION"), QStringLiteral("schedule or due."));
    line.addValue(QStringLiteral("review"), QStringLiteral("RATING:DAYS"),
                  QStringLiteral("schedule: one review, in the order given (repeatable; at least one)."),
                  validReview());
    line.addValue(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                  QStringLiteral("due: the day to list the due cards of (default: today)."),
                  QStringLiteral("a date as YYYY-MM-DD"));
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as one JSON object."));
    if (!line.parse(arguments, io))
        return kExitOk;
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        line.fail(QStringLiteral("an ACTION is required; valid: %1").arg(listed(kActions)));
    if (!kActions.contains(positional.first()))
        line.fail(QStringLiteral("unknown action '%1'; valid: %2").arg(positional.first(), listed(kActions)));
    const bool due = positional.first() == QLatin1String("due");
    if (due && line.isSet(QStringLiteral("review")))
        line.fail(QStringLiteral("--review is for schedule only; valid: study due [--date YYYY-MM-DD] [--json]"));
    if (!due && line.isSet(QStringLiteral("date")))
        line.fail(QStringLiteral("--date is for due only; valid: study schedule --review RATING:DAYS..."));
    return due ? runDue(line, io) : runSchedule(line, io);
}

} // namespace calfatlas::cli
