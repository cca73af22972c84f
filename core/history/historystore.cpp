// SPDX-License-Identifier: MIT
#include "history/historystore.h"

#include "assessment/engine.h"
#include "assessment/json.h"
#include "common/logging.h"
#include "history/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace calfatlas::history {

using namespace calfatlas::assessment;

namespace {

// Its texts' translation context, as lupdate reads it.
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// SQLite's primary result codes that Qt reports as the native error code.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnlyDb = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26
};

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

// SQLite's NOT NULL is kept by binding an empty note as '' rather than as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant orNull(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

// A path next to `path` that does not exist yet: history.corrupt-YYYYMMDD-HHMMSS[-n].sqlite.
QString asidePath(const QString &folder)
{
    const QString stem =
        QStringLiteral("history.corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QDir(folder).filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QDir(folder).filePath(stem + QStringLiteral("-%1.sqlite").arg(n));
    return candidate;
}

} // namespace

HistoryStore::HistoryStore(const QString &folder) : m_folder(folder), m_path(QDir(folder).filePath(fileName()))
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("calfatlas-history-%1").arg(++counter);

    const bool folderExisted = QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder)) {
        m_notice = StoreText::tr("The history cannot be kept: the folder %1 cannot be created.")
                       .arg(QDir::toNativeSeparators(folder));
        return;
    }
    if (!folderExisted)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (openExisting())
        openForWriting();
}

HistoryStore::~HistoryStore()
{
    closeConnection();
}

QString HistoryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int HistoryStore::latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

bool HistoryStore::openConnection(bool readOnly)
{
    if (!readOnly && !QFileInfo::exists(m_path)) {
        // Created here, not by SQLite, so that it is the person's alone from the first byte (its journal
        // files take the same mode).
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            m_notice = StoreText::tr("The history cannot be kept: %1 cannot be created (%2).")
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
        m_notice = StoreText::tr("The history file %1 cannot be opened: %2")
                       .arg(QDir::toNativeSeparators(m_path), database.lastError().text());
        m_state = State::Unavailable;
        return false;
    }
    return true;
}

void HistoryStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

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

// Write-ahead log, full syncs, then the schema steps; returns the problem, or nothing when all went well.
std::optional<QString> prepareForWriting(const QString &connection)
{
    QSqlDatabase database = QSqlDatabase::database(connection, false);
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
    QString error;
    qCDebug(lcHistory) << "schema" << schemaVersion(database) << "-> latest" << kLatestSchemaVersion;
    if (!migrateToLatest(database, &error)) {
        qCWarning(lcHistory) << "migration failed:" << error;
        return error;
    }
    return std::nullopt;
}

} // namespace

bool HistoryStore::openExisting()
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
        m_notice = StoreText::tr("The history file %1 is busy in another program; try again in a moment.")
                       .arg(QDir::toNativeSeparators(m_path));
        m_state = State::Unavailable;
        return false;
    }
    if (probe.status == Probe::Unreadable) {
        moveAsideAndStartAgain(probe.why);
        return false;
    }
    m_version = probe.version;
    if (m_version > kLatestSchemaVersion) {
        m_state = State::ReadOnly;
        m_notice =
            StoreText::tr("The history file %1 was written by a newer version of CalfAtlas. It is shown read-only and "
                          "left unchanged; update CalfAtlas to add to it.")
                .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    closeConnection();
    return true;
}

bool HistoryStore::openForWriting()
{
    if (!openConnection(false))
        return false;
    const std::optional<QString> problem = prepareForWriting(m_connection);
    if (!problem) {
        m_version = kLatestSchemaVersion;
        m_state = State::Ready;
        return true;
    }
    // A file we may not write: still show what it holds when its schema is the one we know.
    closeConnection();
    if (m_version == kLatestSchemaVersion && openConnection(true)) {
        m_state = State::ReadOnly;
        m_notice =
            StoreText::tr("The history file %1 cannot be written (%2). It is shown read-only; new results cannot be "
                          "saved until it can be.")
                .arg(QDir::toNativeSeparators(m_path), *problem);
        return true;
    }
    m_state = State::Unavailable;
    m_notice =
        StoreText::tr("The history file %1 cannot be prepared: %2").arg(QDir::toNativeSeparators(m_path), *problem);
    return false;
}

void HistoryStore::moveAsideAndStartAgain(const QString &why)
{
    closeConnection();
    const QString aside = asidePath(m_folder);
    qCWarning(lcHistory) << "moving" << m_path << "aside to" << aside << "because:" << why;
    if (!QFile::rename(m_path, aside)) {
        m_state = State::Unavailable;
        m_notice =
            StoreText::tr("The history file %1 cannot be read (%2) and cannot be moved aside. Nothing was changed.")
                .arg(QDir::toNativeSeparators(m_path), why);
        return;
    }
    // The journal belongs with the file it journals.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_movedAside = aside;
    const QString movedNotice =
        StoreText::tr(
            "The history file could not be read (%1). It was kept as %2 and a new, empty history was started.")
            .arg(why, QDir::toNativeSeparators(aside));
    m_version = 0;
    if (openForWriting())
        m_notice = movedNotice;
    else
        m_notice = movedNotice + QLatin1Char(' ') + m_notice;
}

Outcome HistoryStore::refuseWrite() const
{
    if (m_state == State::ReadOnly)
        return {false, StoreText::tr("Not saved: the history is read-only. %1").arg(m_notice)};
    return {false, StoreText::tr("Not saved: %1").arg(m_notice)};
}

namespace {

QString describeWriteError(const QSqlError &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (sqliteCode(error)) {
    case Full:
        return StoreText::tr("Not saved: the disk that holds %1 is full. Free some space and try again.").arg(file);
    case ReadOnlyDb: return StoreText::tr("Not saved: %1 or its folder is read-only.").arg(file);
    case IoError: return StoreText::tr("Not saved: the disk reported an error writing %1.").arg(file);
    case Busy:
    case Locked: return StoreText::tr("Not saved: %1 is busy in another program; try again in a moment.").arg(file);
    default: return StoreText::tr("Not saved to %1: %2").arg(file, error.text());
    }
}

} // namespace

Outcome HistoryStore::insert(const SavedSelfTest &test)
{
    if (m_state != State::Ready)
        return refuseWrite();
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    const auto fail = [&](const QSqlError &error) {
        query.finish();
        database.rollback();
        return Outcome{false, describeWriteError(error, m_path)};
    };
    if (!database.transaction())
        return fail(database.lastError());
    query.prepare(QStringLiteral("INSERT INTO self_tests (id, taken_at, app_version, rule_version, note, leg_count) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(test.id > 0 ? QVariant(test.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(isoTime(test.takenAt));
    query.addBindValue(test.appVersion);
    query.addBindValue(test.ruleVersion);
    query.addBindValue(notNull(test.note));
    query.addBindValue(qint64(test.legs.size()));
    if (!query.exec())
        return fail(query.lastError());
    const qint64 id = query.lastInsertId().toLongLong();
    int position = 0;
    for (const LegResult &leg : test.legs) {
        const Answers &answers = leg.answers;
        const Assessment &result = leg.assessment;
        query.prepare(QStringLiteral("INSERT INTO legs (self_test_id, position, side, bench, wall, knee_to_wall_cm, "
                                     "verdict, confidence, advice_ids, answers_json, result_json, where_area) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(position++);
        query.addBindValue(orNull(answers.side ? std::optional(idOf(*answers.side)) : std::nullopt));
        query.addBindValue(orNull(answers.bench ? std::optional(idOf(*answers.bench)) : std::nullopt));
        query.addBindValue(orNull(answers.wall ? std::optional(idOf(*answers.wall)) : std::nullopt));
        query.addBindValue(answers.kneeToWallCm ? QVariant(*answers.kneeToWallCm)
                                                : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(idOf(result.verdict));
        query.addBindValue(orNull(result.confidence ? std::optional(idOf(*result.confidence)) : std::nullopt));
        QStringList adviceIds;
        for (const Advice &advice : result.advice)
            adviceIds.append(advice.id);
        query.addBindValue(adviceIds.join(QLatin1Char(' ')));
        query.addBindValue(compactJson(assessment::toJson(answers)));
        query.addBindValue(compactJson(storedJson(result)));
        query.addBindValue(orNull(answers.where ? std::optional(idOf(*answers.where)) : std::nullopt));
        if (!query.exec())
            return fail(query.lastError());
    }
    query.finish();
    if (!database.commit())
        return fail(database.lastError());
    return {true, StoreText::tr("Saved to your history."), id};
}

Outcome HistoryStore::save(const std::vector<LegResult> &legs, const QString &note, const QDateTime &when)
{
    if (legs.empty())
        return {false, StoreText::tr("Not saved: there is no result to save yet.")};
    SavedSelfTest test;
    test.takenAt = when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc();
    test.appVersion = QStringLiteral(CALFATLAS_VERSION);
    test.ruleVersion = kRuleVersion;
    test.note = note;
    test.legs = legs;
    return insert(test);
}

Outcome HistoryStore::restore(const SavedSelfTest &test)
{
    // SQLite may have given the id to a newer self-test since: then the old one comes back under a new id.
    SavedSelfTest restored = test;
    if (m_state == State::Ready) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("SELECT 1 FROM self_tests WHERE id = ?"));
        query.addBindValue(test.id);
        if (query.exec() && query.next())
            restored.id = 0;
    }
    Outcome outcome = insert(restored);
    if (outcome.ok)
        outcome.message = StoreText::tr("The self-test is back in your history.");
    return outcome;
}

Outcome HistoryStore::remove(qint64 id)
{
    if (m_state != State::Ready)
        return refuseWrite();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM self_tests WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return {false, describeWriteError(query.lastError(), m_path)
                           .replace(StoreText::tr("Not saved"), StoreText::tr("Not deleted"))};
    if (query.numRowsAffected() != 1)
        return {false, StoreText::tr("That self-test is no longer in the history.")};
    return {true, StoreText::tr("Deleted."), id};
}

Outcome HistoryStore::setNote(qint64 id, const QString &note)
{
    if (m_state != State::Ready)
        return refuseWrite();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE self_tests SET note = ? WHERE id = ?"));
    query.addBindValue(notNull(note));
    query.addBindValue(id);
    if (!query.exec())
        return {false, describeWriteError(query.lastError(), m_path)};
    if (query.numRowsAffected() != 1)
        return {false, StoreText::tr("That self-test is no longer in the history.")};
    return {true, StoreText::tr("Note saved."), id};
}

Outcome HistoryStore::writeFailed(const QSqlError &error) const
{
    return {false, describeWriteError(error, m_path)};
}

Outcome HistoryStore::saveMeasurement(measure::Test test, const std::optional<double> &left,
                                      const std::optional<double> &right, const std::optional<measure::Sex> &sex,
                                      const QDateTime &when)
{
    if (!left && !right)
        return {false, StoreText::tr("Not saved: there is no measurement to save yet.")};
    for (const std::optional<double> &value : {left, right}) {
        if (value && !measure::isValidValue(test, *value))
            return {false, StoreText::tr("Not saved: %1 is not a valid result of this test.").arg(*value)};
    }
    if (m_state != State::Ready)
        return refuseWrite();
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    const auto fail = [&](const QSqlError &error) {
        query.finish();
        database.rollback();
        return Outcome{false, describeWriteError(error, m_path)};
    };
    if (!database.transaction())
        return fail(database.lastError());
    const QString takenAt = isoTime(when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc());
    qint64 id = 0;
    for (const auto &[side, value] : {std::pair{Side::Left, left}, std::pair{Side::Right, right}}) {
        if (!value)
            continue;
        query.prepare(QStringLiteral("INSERT INTO measurements (taken_at, test, leg, value, sex, app_version) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(takenAt);
        query.addBindValue(measure::idOf(test));
        query.addBindValue(idOf(side));
        query.addBindValue(*value);
        query.addBindValue(sex ? QVariant(measure::idOf(*sex)) : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(QStringLiteral(CALFATLAS_VERSION));
        if (!query.exec())
            return fail(query.lastError());
        id = query.lastInsertId().toLongLong();
    }
    query.finish();
    if (!database.commit())
        return fail(database.lastError());
    return {true, StoreText::tr("Saved to your history."), id};
}

std::vector<SavedMeasurement> HistoryStore::measurements(std::optional<measure::Test> test, QStringList *problems) const
{
    std::vector<SavedMeasurement> list;
    if (m_state == State::Unavailable)
        return list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, taken_at, test, leg, value, sex, app_version FROM measurements "
                                   "ORDER BY taken_at, id"))) {
        if (problems)
            problems->append(query.lastError().text());
        return list;
    }
    while (query.next()) {
        const QJsonObject row{{QStringLiteral("id"), query.value(0).toLongLong()},
                              {QStringLiteral("taken_at"), query.value(1).toString()},
                              {QStringLiteral("test"), query.value(2).toString()},
                              {QStringLiteral("leg"), query.value(3).toString()},
                              {QStringLiteral("value"), query.value(4).toDouble()},
                              {QStringLiteral("sex"), query.value(5).isNull() ? QJsonValue(QJsonValue::Null)
                                                                              : QJsonValue(query.value(5).toString())},
                              {QStringLiteral("app_version"), query.value(6).toString()}};
        QString why;
        if (const auto measurement = savedMeasurementFromJson(row, &why)) {
            if (!test || measurement->test == *test)
                list.push_back(*measurement);
        } else if (problems) {
            problems->append(
                QStringLiteral("measurement %1 cannot be read: %2").arg(query.value(0).toLongLong()).arg(why));
        }
    }
    return list;
}

Outcome HistoryStore::removeMeasurement(measure::Test test, const QDateTime &takenAt)
{
    if (m_state != State::Ready)
        return refuseWrite();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM measurements WHERE test = ? AND taken_at = ?"));
    query.addBindValue(measure::idOf(test));
    query.addBindValue(isoTime(takenAt));
    if (!query.exec())
        return {false, describeWriteError(query.lastError(), m_path)
                           .replace(StoreText::tr("Not saved"), StoreText::tr("Not deleted"))};
    if (query.numRowsAffected() < 1)
        return {false, StoreText::tr("That measurement is no longer in the history.")};
    return {true, StoreText::tr("Deleted.")};
}

std::vector<SavedSelfTest> HistoryStore::all(QStringList *problems) const
{
    std::vector<SavedSelfTest> tests;
    if (m_state == State::Unavailable)
        return tests;
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    // One read transaction: the tests and their legs come from the same snapshot.
    database.transaction();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QHash<qint64, std::vector<LegResult>> legs;
    QHash<qint64, QString> broken;
    if (query.exec(QStringLiteral("SELECT self_test_id, answers_json, result_json FROM legs "
                                  "ORDER BY self_test_id, position"))) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            bool answersOk = false;
            bool resultOk = false;
            const QJsonObject answersJson = parseObject(query.value(1).toString(), &answersOk);
            const QJsonObject resultJson = parseObject(query.value(2).toString(), &resultOk);
            QString why;
            const auto answers = answersOk ? answersFromJson(answersJson, &why) : std::nullopt;
            const auto result = resultOk ? assessmentFromJson(resultJson, &why) : std::nullopt;
            if (answers && result)
                legs[id].push_back(LegResult{*answers, *result});
            else
                broken.insert(id, why.isEmpty() ? QStringLiteral("a leg is not valid JSON") : why);
        }
    } else if (problems) {
        problems->append(query.lastError().text());
    }
    if (query.exec(QStringLiteral("SELECT id, taken_at, app_version, rule_version, note, leg_count FROM self_tests "
                                  "ORDER BY taken_at DESC, id DESC"))) {
        while (query.next()) {
            SavedSelfTest test;
            test.id = query.value(0).toLongLong();
            test.takenAt = timeFromIso(query.value(1).toString());
            test.appVersion = query.value(2).toString();
            test.ruleVersion = query.value(3).toInt();
            test.note = query.value(4).toString();
            test.legs = legs.take(test.id);
            QString why = broken.value(test.id);
            if (why.isEmpty() && qint64(test.legs.size()) != query.value(5).toLongLong())
                why = QStringLiteral("it has %1 of its %2 legs").arg(test.legs.size()).arg(query.value(5).toLongLong());
            if (why.isEmpty() && !test.takenAt.isValid())
                why = QStringLiteral("its time is not valid");
            if (why.isEmpty())
                tests.push_back(std::move(test));
            else if (problems)
                problems->append(QStringLiteral("self-test %1 cannot be read: %2").arg(test.id).arg(why));
        }
    } else if (problems) {
        problems->append(query.lastError().text());
    }
    query.finish();
    database.commit();
    return tests;
}

std::optional<SavedSelfTest> HistoryStore::find(qint64 id) const
{
    for (SavedSelfTest &test : all()) {
        if (test.id == id)
            return std::move(test);
    }
    return std::nullopt;
}

QString HistoryStore::integrityCheck() const
{
    if (m_state == State::Unavailable)
        return m_notice;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace calfatlas::history
