// SPDX-License-Identifier: MIT
#pragma once

#include "common/sqlitefile.h"
#include "history/record.h"
#include "plan/planengine.h"

#include <QString>
#include <QStringList>

#include <vector>

class QSqlError;

namespace calfatlas::history {

// What a change to the history did: on failure, a message for the person that says what went wrong and
// that nothing they entered is lost.
struct Outcome {
    bool ok = false;
    QString message;
    qint64 id = 0; // the saved self-test's id, after a save
};

// The saved self-tests: one SQLite file, history.sqlite, in a folder of the person's own (mode 0600).
// Each save is one transaction in a write-ahead log with full syncs, so a crash loses at most the save in
// flight. A file that cannot be read is moved aside (never deleted) and a fresh one started; a file from
// a newer CalfAtlas is opened read-only and never rewritten. Every store object has its own connection.
class HistoryStore {
public:
    // Ready (reads and writes), ReadOnly (a newer file, or one we may not write), Unavailable (neither).
    using State = SqliteFile::State;

    // Opens (creating if needed) history.sqlite in `folder`, creating the folder too.
    explicit HistoryStore(const QString &folder);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // The folder the app and calfatlas-cli share: the platform's app data folder (honours XDG_DATA_HOME).
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("history.sqlite"); }
    // The schema this build writes; files are migrated up to it one step at a time.
    static int latestSchemaVersion();

    State state() const { return m_file.state(); }
    QString filePath() const { return m_path; }
    // What the person should know about opening the file (moved aside, read-only, unavailable), or empty.
    QString notice() const { return m_file.notice(); }
    // Where a corrupt file was moved, when it was.
    QString movedAsidePath() const { return m_file.movedAsidePath(); }
    int schemaVersion() const { return m_file.version(); }
    // This store's own QSqlDatabase connection name (unique per object).
    QString connectionName() const { return m_connection; }

    // Saves a whole self-test (every leg) as one transaction, taken at `when` (now when invalid).
    Outcome save(const std::vector<assessment::LegResult> &legs, const QString &note = {}, const QDateTime &when = {});
    // Puts a deleted self-test back (for undo): with its own id, or a new one if that was reused meanwhile.
    Outcome restore(const SavedSelfTest &test);
    Outcome remove(qint64 id);
    Outcome setNote(qint64 id, const QString &note);

    // Saves one measurement of the Recovery area: each leg given, as one transaction, taken at `when` (now
    // when invalid). Values must be valid for the test (measure::isValidValue).
    Outcome saveMeasurement(measure::Test test, const std::optional<double> &left, const std::optional<double> &right,
                            const std::optional<measure::Sex> &sex, const QDateTime &when = {});
    // Every saved measurement of a test (of every test when none is given), oldest first. Rows that cannot be
    // read are skipped and named in *problems.
    std::vector<SavedMeasurement> measurements(std::optional<measure::Test> test = std::nullopt,
                                               QStringList *problems = nullptr) const;
    // Deletes the rows of one measurement (both legs share its time and test), for undo of a save.
    Outcome removeMeasurement(measure::Test test, const QDateTime &takenAt);

    // The plan back to running (see plan/planbook.h, which checks what may be done first). A plan starts
    // for one leg on a day; its events are kept with the level they happened at.
    Outcome startPlan(assessment::Side leg, const QDate &date);
    Outcome stopPlan(qint64 planId, const QDate &date);
    Outcome addPlanEvent(qint64 planId, const plan::Event &event, int level);
    // The plan not stopped yet, with its events, or none.
    std::optional<plan::Plan> activePlan(QStringList *problems = nullptr) const;
    // Every plan, oldest first, with its events. Rows that cannot be read are skipped and named in *problems.
    std::vector<plan::Plan> plans(QStringList *problems = nullptr) const;

    // Every complete saved self-test, newest first. Rows that cannot be read are skipped and named in *problems.
    std::vector<SavedSelfTest> all(QStringList *problems = nullptr) const;
    std::optional<SavedSelfTest> find(qint64 id) const;
    // SQLite's integrity_check: "ok" for a sound file.
    QString integrityCheck() const;

private:
    Outcome insert(const SavedSelfTest &test);
    Outcome refuseWrite() const;
    Outcome writeFailed(const QSqlError &error) const;

    SqliteFile m_file;
    QString m_path;       // m_file's
    QString m_connection; // m_file's
};

} // namespace calfatlas::history
