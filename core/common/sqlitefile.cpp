// SPDX-License-Identifier: MIT
#include "common/sqlitefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>

namespace calfatlas {

namespace {

// What reading an opened file's header and pages found. Every handle on the connection is gone when this
// returns, so that the connection can be closed or replaced afterwards.
struct Probe {
    enum { Sound, Busy, Unreadable } status = Sound;
    QString why;
    int version = 0;
};

Probe probeFile(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    const auto failed = [&query] {
        const int code = SqliteFile::code(query.lastError());
        const bool busy = code == SqliteFile::Busy || code == SqliteFile::Locked;
        return Probe{busy ? Probe::Busy : Probe::Unreadable, query.lastError().text(), 0};
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

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SqliteFile::SqliteFile(const QString &folder, const QString &fileName, int latestVersion, SqliteFileTexts texts,
                       Migrate migrate)
    : m_folder(folder), m_path(QDir(folder).filePath(fileName)), m_latest(latestVersion), m_texts(std::move(texts)),
      m_migrate(std::move(migrate))
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("calfatlas-%1-%2").arg(QFileInfo(fileName).completeBaseName()).arg(++counter);
    const bool folderExisted = QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder)) {
        m_notice = m_texts.folderCannotBeCreated.arg(native(folder));
        return;
    }
    if (!folderExisted)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (openExisting())
        openForWriting();
}

SqliteFile::~SqliteFile()
{
    closeConnection();
}

int SqliteFile::code(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool SqliteFile::openConnection(bool readOnly)
{
    if (!readOnly && !QFileInfo::exists(m_path)) {
        // Created here, not by SQLite, so that it is the person's alone from the first byte (its journal
        // files take the same mode).
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            m_notice = m_texts.cannotBeCreated.arg(native(m_path), file.errorString());
            m_state = State::Unavailable;
            return false;
        }
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        m_notice = m_texts.cannotBeOpened.arg(native(m_path), database.lastError().text());
        m_state = State::Unavailable;
        return false;
    }
    return true;
}

void SqliteFile::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteFile::openExisting()
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
        m_notice = m_texts.busy.arg(native(m_path));
        m_state = State::Unavailable;
        return false;
    }
    if (probe.status == Probe::Unreadable) {
        moveAsideAndStartAgain(probe.why);
        return false;
    }
    m_version = probe.version;
    if (m_version > m_latest) {
        m_state = State::ReadOnly;
        m_notice = m_texts.newerVersion.arg(native(m_path));
        return false;
    }
    closeConnection();
    return true;
}

// Write-ahead log, full syncs and foreign keys, then the store's schema; the problem, or nothing.
std::optional<QString> SqliteFile::prepareForWriting()
{
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    {
        QSqlQuery query(database);
        const bool configured = query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next() &&
                                query.value(0).toString() == QLatin1String("wal") &&
                                query.exec(QStringLiteral("PRAGMA synchronous = FULL")) &&
                                query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!configured)
            return query.lastError().text().isEmpty() ? QStringLiteral("the write-ahead log cannot be started")
                                                      : query.lastError().text();
    }
    return m_migrate(database, m_version);
}

bool SqliteFile::openForWriting()
{
    if (!openConnection(false))
        return false;
    const std::optional<QString> problem = prepareForWriting();
    if (!problem) {
        m_version = m_latest;
        m_state = State::Ready;
        return true;
    }
    // A file that may not be written: still show what it holds when its schema is the one this build knows.
    closeConnection();
    if (m_version == m_latest && openConnection(true)) {
        m_state = State::ReadOnly;
        m_notice = m_texts.cannotBeWritten.arg(native(m_path), *problem);
        return true;
    }
    m_state = State::Unavailable;
    m_notice = m_texts.cannotBePrepared.arg(native(m_path), *problem);
    return false;
}

// A path beside the file that does not exist yet: STEM.corrupt-YYYYMMDD-HHMMSS[-n].sqlite.
QString SqliteFile::asidePath() const
{
    const QString stem = QFileInfo(m_path).completeBaseName() + QStringLiteral(".corrupt-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QDir(m_folder).filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QDir(m_folder).filePath(stem + QStringLiteral("-%1.sqlite").arg(n));
    return candidate;
}

void SqliteFile::moveAsideAndStartAgain(const QString &why)
{
    closeConnection();
    const QString aside = asidePath();
    if (!QFile::rename(m_path, aside)) {
        m_state = State::Unavailable;
        m_notice = m_texts.cannotBeMovedAside.arg(native(m_path), why);
        return;
    }
    // The journal belongs with the file it journals.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_movedAside = aside;
    const QString moved = m_texts.movedAside.arg(why, native(aside));
    m_version = 0;
    m_notice = openForWriting() ? moved : moved + QLatin1Char(' ') + m_notice;
}

} // namespace calfatlas
