// SPDX-License-Identifier: MIT
#include "history/schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace calfatlas::history {

namespace {

// Each step's statements. Never change a step once released: add a new one.
QStringList stepStatements(int version)
{
    switch (version) {
    case 1:
        // A self-test and its legs. The JSON columns are authoritative; the others make the file readable and
        // queryable by any SQLite tool. leg_count lets a reader tell a complete record from a partial one.
        return {QStringLiteral("CREATE TABLE self_tests ("
                               " id INTEGER PRIMARY KEY,"
                               " taken_at TEXT NOT NULL,"
                               " app_version TEXT NOT NULL,"
                               " rule_version INTEGER NOT NULL,"
                               " note TEXT NOT NULL DEFAULT '',"
                               " leg_count INTEGER NOT NULL CHECK (leg_count > 0))"),
                QStringLiteral("CREATE TABLE legs ("
                               " self_test_id INTEGER NOT NULL REFERENCES self_tests(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL,"
                               " side TEXT,"
                               " bench TEXT,"
                               " wall TEXT,"
                               " knee_to_wall_cm REAL,"
                               " verdict TEXT NOT NULL,"
                               " confidence TEXT,"
                               " advice_ids TEXT NOT NULL,"
                               " answers_json TEXT NOT NULL,"
                               " result_json TEXT NOT NULL,"
                               " PRIMARY KEY (self_test_id, position))")};
    case 2:
        // The history is listed newest first; the trend reads it by time.
        return {QStringLiteral("CREATE INDEX self_tests_by_time ON self_tests (taken_at)")};
    case 3:
        // Where it hurts, asked from rule version 2 on. Legs saved before were never asked: NULL, unknown.
        return {QStringLiteral("ALTER TABLE legs ADD COLUMN where_area TEXT")};
    case 4:
        // Measurements of the Recovery area, one row per leg: both legs of one measurement share taken_at.
        return {QStringLiteral("CREATE TABLE measurements ("
                               " id INTEGER PRIMARY KEY,"
                               " taken_at TEXT NOT NULL,"
                               " test TEXT NOT NULL CHECK (test IN ('heel-raise', 'knee-to-wall')),"
                               " leg TEXT NOT NULL CHECK (leg IN ('left', 'right')),"
                               " value REAL NOT NULL,"
                               " sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male')),"
                               " app_version TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX measurements_by_time ON measurements (test, taken_at)")};
    case 5:
        // The plan back to running: a plan per leg from its start to its stop, and its events (sessions with
        // their pain, morning reports, pauses for a warning sign, resumes), each with the level it happened at.
        return {QStringLiteral("CREATE TABLE plans ("
                               " id INTEGER PRIMARY KEY,"
                               " leg TEXT NOT NULL CHECK (leg IN ('left', 'right')),"
                               " started_on TEXT NOT NULL,"
                               " stopped_on TEXT,"
                               " app_version TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE plan_events ("
                               " id INTEGER PRIMARY KEY,"
                               " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                               " kind TEXT NOT NULL CHECK (kind IN ('session', 'morning', 'pause', 'resume')),"
                               " on_date TEXT NOT NULL,"
                               " level INTEGER NOT NULL,"
                               " pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),"
                               " minutes INTEGER,"
                               " compared TEXT CHECK (compared IS NULL OR compared IN ('better', 'same', 'worse')),"
                               " red_flags TEXT,"
                               " urgency TEXT,"
                               " recorded_at TEXT NOT NULL,"
                               " app_version TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX plan_events_by_plan ON plan_events (plan_id, on_date, id)")};
    default: return {};
    }
}

} // namespace

int schemaVersion(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool applyMigration(QSqlDatabase &database, int version, QString *error)
{
    const QStringList statements = stepStatements(version);
    const auto fail = [&](const QString &why) {
        database.rollback();
        if (error)
            *error = why;
        return false;
    };
    if (statements.isEmpty())
        return fail(QStringLiteral("there is no schema step %1").arg(version));
    if (!database.transaction())
        return fail(database.lastError().text());
    if (schemaVersion(database) != version - 1)
        return fail(QStringLiteral("the file is not at schema version %1").arg(version - 1));
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(query.lastError().text());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return fail(query.lastError().text());
    if (!database.commit())
        return fail(database.lastError().text());
    return true;
}

bool migrateToLatest(QSqlDatabase &database, QString *error)
{
    const int current = schemaVersion(database);
    if (current < 0) {
        if (error)
            *error = database.lastError().text();
        return false;
    }
    for (int version = current + 1; version <= kLatestSchemaVersion; ++version) {
        if (!applyMigration(database, version, error))
            return false;
    }
    return true;
}

} // namespace calfatlas::history
