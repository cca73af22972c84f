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

// SQLite's primary result codes that Qt reports as the native error code.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnlyDb = 8, IoError = 10, Full = 13 };

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

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

// The file's version, or why its header and pages cannot be read (busy: another program holds it).
struct Probe {
    enum { Sound, Busy, Unreadable } status = Sound;
    QString why;
    int version = 0;
};

Probe probeFile(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    const auto failed = [&query] {
        const int code = sqliteCode(query.lastError());
        return Probe{code == Busy || code == Locked ? Probe::Busy : Probe::Unreadable, query.lastError().text(), 0};
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return failed();
    if (const QString check = query.value(0).toString(); check != QLatin1String("ok"))
        return {Probe::Unreadable, check, version};
    return {Probe::Sound, {}, version};
}

// Write-ahead log, full syncs, and the tables when the file is new; the problem, or nothing.
std::optional<QString> prepareForWriting(const QString &connection, int version)
{
    QSqlDatabase database = QSqlDatabase::database(connection, false);
    QSqlQuery query(database);
    const bool configured = query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next() &&
                            query.value(0).toString() == QLatin1String("wal") &&
                            query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (!configured)
        return query.lastError().text().isEmpty() ? QStringLiteral("the write-ahead log cannot be started")
                                                  : query.lastError().text();
    if (version >= kLatestVersion)
        return std::nullopt;
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

// A path beside the file that does not exist yet: study.corrupt-YYYYMMDD-HHMMSS[-n].sqlite.
QString asidePath(const QString &folder)
{
    const QString stem =
        QStringLiteral("study.corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QDir(folder).filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QDir(folder).filePath(stem + QStringLiteral("-%1.sqlite").arg(n));
    return candidate;
}

} // namespace

StudyStore::StudyStore(const QString &folder) : m_folder(folder), m_path(QDir(folder).filePath(fileName()))
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("calfatlas-study-%1").arg(++counter);
    const bool folderExisted = QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder)) {
        m_notice = StudyText::tr("Study progress cannot be kept: the folder %1 cannot be created.")
                       .arg(QDir::toNativeSeparators(folder));
        return;
    }
    if (!folderExisted)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (openExisting())
        openForWriting();
}

StudyStore::~StudyStore()
{
    closeConnection();
}

QString StudyStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int StudyStore::latestSchemaVersion()
{
    return kLatestVersion;
}

bool StudyStore::openConnection(bool readOnly)
{
    if (!readOnly && !QFileInfo::exists(m_path)) {
        // Created here, not by SQLite, so that it is the person's alone from the first byte.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            m_notice = StudyText::tr("Study progress cannot be kept: %1 cannot be created (%2).")
                           .arg(QDir::toNativeSeparators(m_path), file.errorString());
            m_state = State::Unavailable;
            return false;
        }
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        m_notice = StudyText::tr("The study file %1 cannot be opened: %2")
                       .arg(QDir::toNativeSeparators(m_path), database.lastError().text());
        m_state = State::Unavailable;
        return false;
    }
    return true;
}

void StudyStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StudyStore::openExisting()
{
    if (!QFileInfo::exists(m_path))
        return true;
    // Looked at read-only first: a newer version's file is never written, not even by a checkpoint of its log.
    if (!openConnection(true)) {
        moveAsideAndStartAgain(m_notice);
        return false;
    }
    const Probe probe = probeFile(m_connection);
    if (probe.status == Probe::Busy) {
        m_notice = StudyText::tr("The study file %1 is busy in another program; try again in a moment.")
                       .arg(QDir::toNativeSeparators(m_path));
        m_state = State::Unavailable;
        return false;
    }
    if (probe.status == Probe::Unreadable) {
        moveAsideAndStartAgain(probe.why);
        return false;
    }
    m_version = probe.version;
    if (m_version > kLatestVersion) {
        m_state = State::ReadOnly;
        m_notice = StudyText::tr("The study file %1 was written by a newer version of CalfAtlas. It is read and left "
                                 "unchanged; update CalfAtlas to go on studying.")
                       .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    closeConnection();
    return true;
}

bool StudyStore::openForWriting()
{
    if (!openConnection(false))
        return false;
    const std::optional<QString> problem = prepareForWriting(m_connection, m_version);
    if (!problem) {
        m_version = kLatestVersion;
        m_state = State::Ready;
        return true;
    }
    closeConnection();
    if (m_version == kLatestVersion && openConnection(true)) {
        m_state = State::ReadOnly;
        m_notice = StudyText::tr("The study file %1 cannot be written (%2). Your cards are shown, but reviews "
                                 "cannot be saved until it can be.")
                       .arg(QDir::toNativeSeparators(m_path), *problem);
        return true;
    }
    m_state = State::Unavailable;
    m_notice =
        StudyText::tr("The study file %1 cannot be prepared: %2").arg(QDir::toNativeSeparators(m_path), *problem);
    return false;
}

void StudyStore::moveAsideAndStartAgain(const QString &why)
{
    closeConnection();
    const QString aside = asidePath(m_folder);
    if (!QFile::rename(m_path, aside)) {
        m_state = State::Unavailable;
        m_notice = StudyText::tr("The study file %1 cannot be read (%2) and cannot be moved aside. Nothing was "
                                 "changed.")
                       .arg(QDir::toNativeSeparators(m_path), why);
        return;
    }
    // The journal belongs with the file it journals.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_movedAside = aside;
    const QString moved =
        StudyText::tr("The study file could not be read (%1). It was kept as %2 and your study starts afresh.")
            .arg(why, QDir::toNativeSeparators(aside));
    m_version = 0;
    m_notice = openForWriting() ? moved : moved + QLatin1Char(' ') + m_notice;
}

QHash<QString, CardState> StudyStore::states(QStringList *problems) const
{
    QHash<QString, CardState> all;
    if (m_state == State::Unavailable)
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
    switch (sqliteCode(error)) {
    case Full:
        return StudyText::tr("Not saved: the disk that holds %1 is full. Free some space and try again.").arg(file);
    case ReadOnlyDb: return StudyText::tr("Not saved: %1 or its folder is read-only.").arg(file);
    case IoError: return StudyText::tr("Not saved: the disk reported an error writing %1.").arg(file);
    case Busy:
    case Locked: return StudyText::tr("Not saved: %1 is busy in another program; try again in a moment.").arg(file);
    default: return StudyText::tr("Not saved to %1: %2").arg(file, error.text());
    }
}

StudyOutcome StudyStore::review(const QString &cardId, fsrs::Rating rating, const QDate &day, CardState *after)
{
    if (m_state != State::Ready)
        return {false, StudyText::tr("Not saved: %1").arg(m_notice)};
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
    if (m_state == State::Unavailable)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cards WHERE first_review = ?"));
    query.addBindValue(isoDate(day));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int StudyStore::reviewCount() const
{
    if (m_state == State::Unavailable)
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
