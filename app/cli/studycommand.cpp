// SPDX-License-Identifier: MIT
#include "studycommand.h"

#include "commandline.h"
#include "learn/fsrs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace calfatlas::cli {

using namespace calfatlas::learn;

namespace {

const QStringList kActions{QStringLiteral("schedule")};
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
    };
    QStringList paragraphs;
    for (const QString &paragraph : description)
        paragraphs.append(wrapped(paragraph));
    CommandLine line(QStringLiteral("study"), paragraphs.join(QStringLiteral("\n\n")));
    line.addPositional(QStringLiteral("ACTION"), QStringLiteral("schedule."));
    line.addValue(QStringLiteral("review"), QStringLiteral("RATING:DAYS"),
                  QStringLiteral("One review, in the order given (repeatable; at least one)."), validReview());
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print every review's result as one JSON object."));
    if (!line.parse(arguments, io))
        return kExitOk;
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        line.fail(QStringLiteral("an ACTION is required; valid: %1").arg(listed(kActions)));
    if (!kActions.contains(positional.first()))
        line.fail(QStringLiteral("unknown action '%1'; valid: %2").arg(positional.first(), listed(kActions)));
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

} // namespace calfatlas::cli
