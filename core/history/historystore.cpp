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

} // namespace

namespace {

SqliteFileTexts storeTexts()
{
    return {
        StoreText::tr("The history cannot be kept: the folder %1 cannot be created."),
        StoreText::tr("The history cannot be kept: %1 cannot be created (%2)."),
        StoreText::tr("The history file %1 cannot be opened: %2"),
        StoreText::tr("The history file %1 is busy in another program; try again in a moment."),
        StoreText::tr("The history file %1 was written by a newer version of CalfAtlas. It is shown read-only and "
                      "left unchanged; update CalfAtlas to add to it."),
        StoreText::tr("The history file %1 cannot be written (%2). It is shown read-only; new results cannot be "
                      "saved until it can be."),
        StoreText::tr("The history file %1 cannot be prepared: %2"),
        StoreText::tr("The history file %1 cannot be read (%2) and cannot be moved aside. Nothing was changed."),
        StoreText::tr(
            "The history file could not be read (%1). It was kept as %2 and a new, empty history was started."),
    };
}

// The schema steps from `version` up to the latest; the problem, or nothing.
std::optional<QString> migrate(QSqlDatabase &database, int version)
{
    QString error;
    qCDebug(lcHistory) << "schema" << version << "-> latest" << kLatestSchemaVersion;
    if (!migrateToLatest(database, &error)) {
        qCWarning(lcHistory) << "migration failed:" << error;
        return error;
    }
    return std::nullopt;
}

} // namespace

HistoryStore::HistoryStore(const QString &folder)
    : m_file(folder, fileName(), kLatestSchemaVersion, storeTexts(), migrate), m_path(m_file.path()),
      m_connection(m_file.connectionName())
{
    if (!m_file.movedAsidePath().isEmpty())
        qCWarning(lcHistory) << "moved" << m_path << "aside to" << m_file.movedAsidePath();
}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int HistoryStore::latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

Outcome HistoryStore::refuseWrite() const
{
    if (m_file.state() == State::ReadOnly)
        return {false, StoreText::tr("Not saved: the history is read-only. %1").arg(m_file.notice())};
    return {false, StoreText::tr("Not saved: %1").arg(m_file.notice())};
}

namespace {

QString describeWriteError(const QSqlError &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (SqliteFile::code(error)) {
    case SqliteFile::Full:
        return StoreText::tr("Not saved: the disk that holds %1 is full. Free some space and try again.").arg(file);
    case SqliteFile::ReadOnlyDb: return StoreText::tr("Not saved: %1 or its folder is read-only.").arg(file);
    case SqliteFile::IoError: return StoreText::tr("Not saved: the disk reported an error writing %1.").arg(file);
    case SqliteFile::Busy:
    case SqliteFile::Locked:
        return StoreText::tr("Not saved: %1 is busy in another program; try again in a moment.").arg(file);
    default: return StoreText::tr("Not saved to %1: %2").arg(file, error.text());
    }
}

} // namespace

Outcome HistoryStore::insert(const SavedSelfTest &test)
{
    if (m_file.state() != State::Ready)
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
    if (m_file.state() == State::Ready) {
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
    if (m_file.state() != State::Ready)
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
    if (m_file.state() != State::Ready)
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
    if (m_file.state() != State::Ready)
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
    if (m_file.state() == State::Unavailable)
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
    if (m_file.state() != State::Ready)
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
    if (m_file.state() == State::Unavailable)
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
    if (m_file.state() == State::Unavailable)
        return m_file.notice();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace calfatlas::history
