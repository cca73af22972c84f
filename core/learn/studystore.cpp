// SPDX-License-Identifier: MIT
#include "learn/studystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace calfatlas::learn {

namespace {

// Its texts' translation context, as lupdate reads it.
class StudyText {
    Q_DECLARE_TR_FUNCTIONS(StudyStore)
};

constexpr int kLatestVersion = 1;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

const char *const kSchema[] = {
    "CREATE TABLE cards (id TEXT PRIMARY KEY, stability REAL NOT NULL, difficulty REAL NOT NULL, "
    "first_review TEXT NOT NULL, last_review TEXT NOT NULL, due TEXT NOT NULL, reviews INTEGER NOT NULL, "
    "lapses INTEGER NOT NULL)",
    "CREATE TABLE reviews (id INTEGER PRIMARY KEY, card_id TEXT NOT NULL, reviewed_on TEXT NOT NULL, "
    "rating TEXT NOT NULL, elapsed_days INTEGER NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL, "
    "due TEXT NOT NULL)",
    "CREATE INDEX reviews_by_card ON reviews (card_id)",
    "PRAGMA user_version = 1",
};

// The tables, when the file is new; the problem, or nothing.
std::optional<QString> createTables(QSqlDatabase &database, int version)
{
    if (version >= kLatestVersion)
        return std::nullopt;
    QSqlQuery query(database);
    if (!database.transaction())
        return database.lastError().text();
    for (const char *statement : kSchema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            const QString why = query.lastError().text();
            query.finish();
            database.rollback();
            return why;
        }
    }
    if (!database.commit())
        return database.lastError().text();
    return std::nullopt;
}

SqliteFileTexts storeTexts()
{
    return {
        StudyText::tr("Study progress cannot be kept: the folder %1 cannot be created."),
        StudyText::tr("Study progress cannot be kept: %1 cannot be created (%2)."),
        StudyText::tr("The study file %1 cannot be opened: %2"),
        StudyText::tr("The study file %1 is busy in another program; try again in a moment."),
        StudyText::tr("The study file %1 was written by a newer version of CalfAtlas. It is read and left "
                      "unchanged; update CalfAtlas to go on studying."),
        StudyText::tr("The study file %1 cannot be written (%2). Your cards are shown, but reviews "
                      "cannot be saved until it can be."),
        StudyText::tr("The study file %1 cannot be prepared: %2"),
        StudyText::tr("The study file %1 cannot be read (%2) and cannot be moved aside. Nothing was "
                      "changed."),
        StudyText::tr("The study file could not be read (%1). It was kept as %2 and your study starts afresh."),
    };
}

} // namespace

StudyStore::StudyStore(const QString &folder)
    : m_file(folder, fileName(), kLatestVersion, storeTexts(), createTables), m_path(m_file.path()),
      m_connection(m_file.connectionName())
{
}

StudyStore::~StudyStore() = default;

QString StudyStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int StudyStore::latestSchemaVersion()
{
    return kLatestVersion;
}

QHash<QString, CardState> StudyStore::states(QStringList *problems) const
{
    QHash<QString, CardState> all;
    if (m_file.state() == State::Unavailable)
        return all;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, stability, difficulty, first_review, last_review, due, reviews, "
                                   "lapses FROM cards"))) {
        if (problems)
            problems->append(m_path + QStringLiteral(": ") + query.lastError().text());
        return all;
    }
    while (query.next()) {
        CardState state;
        state.id = query.value(0).toString();
        state.memory = {query.value(1).toDouble(), query.value(2).toDouble()};
        state.firstReview = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        state.lastReview = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        state.due = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        state.reviews = query.value(6).toInt();
        state.lapses = query.value(7).toInt();
        const bool sound = !state.id.isEmpty() && state.memory.stability > 0 && state.memory.difficulty >= 1 &&
                           state.memory.difficulty <= 10 && state.firstReview.isValid() && state.lastReview.isValid() &&
                           state.due.isValid() && state.reviews > 0;
        if (sound)
            all.insert(state.id, state);
        else if (problems)
            problems->append(StudyText::tr("%1: the card '%2' cannot be read and is left out.").arg(m_path, state.id));
    }
    return all;
}

QString StudyStore::describeWriteError(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (SqliteFile::code(error)) {
    case SqliteFile::Full:
        return StudyText::tr("Not saved: the disk that holds %1 is full. Free some space and try again.").arg(file);
    case SqliteFile::ReadOnlyDb: return StudyText::tr("Not saved: %1 or its folder is read-only.").arg(file);
    case SqliteFile::IoError: return StudyText::tr("Not saved: the disk reported an error writing %1.").arg(file);
    case SqliteFile::Busy:
    case SqliteFile::Locked:
        return StudyText::tr("Not saved: %1 is busy in another program; try again in a moment.").arg(file);
    default: return StudyText::tr("Not saved to %1: %2").arg(file, error.text());
    }
}

StudyOutcome StudyStore::review(const QString &cardId, fsrs::Rating rating, const QDate &day, CardState *after)
{
    if (m_file.state() != State::Ready)
        return {false, StudyText::tr("Not saved: %1").arg(m_file.notice())};
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    const auto fail = [&](const QSqlError &error) {
        query.finish();
        database.rollback();
        return StudyOutcome{false, describeWriteError(error)};
    };
    if (!database.transaction())
        return fail(database.lastError());
    // Read inside the transaction, so that two programs reviewing at once cannot lose a review.
    const QHash<QString, CardState> known = states();
    const std::optional<CardState> before = known.contains(cardId) ? std::optional(known.value(cardId)) : std::nullopt;
    const CardState next = reviewed(cardId, before, rating, day);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO cards (id, stability, difficulty, first_review, "
                                 "last_review, due, reviews, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(next.id), QVariant(next.memory.stability), QVariant(next.memory.difficulty),
                                  QVariant(isoDate(next.firstReview)), QVariant(isoDate(next.lastReview)),
                                  QVariant(isoDate(next.due)), QVariant(next.reviews), QVariant(next.lapses)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError());
    query.prepare(QStringLiteral("INSERT INTO reviews (card_id, reviewed_on, rating, elapsed_days, stability, "
                                 "difficulty, due) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 elapsed = before ? std::max<qint64>(0, before->lastReview.daysTo(day)) : 0;
    for (const QVariant &value :
         {QVariant(cardId), QVariant(isoDate(day)), QVariant(idOf(rating)), QVariant(elapsed),
          QVariant(next.memory.stability), QVariant(next.memory.difficulty), QVariant(isoDate(next.due))})
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError());
    query.finish();
    if (!database.commit())
        return fail(database.lastError());
    if (after)
        *after = next;
    return {true, {}};
}

int StudyStore::newCardsBegunOn(const QDate &day) const
{
    if (m_file.state() == State::Unavailable)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cards WHERE first_review = ?"));
    query.addBindValue(isoDate(day));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int StudyStore::reviewCount() const
{
    if (m_file.state() == State::Unavailable)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM reviews")) && query.next() ? query.value(0).toInt() : 0;
}

QString StudyStore::integrityCheck() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace calfatlas::learn
