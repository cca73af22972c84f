// SPDX-License-Identifier: MIT
#pragma once

#include "common/sqlitefile.h"
#include "learn/studycards.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;

namespace calfatlas::learn {

// What a review's save did: on failure, a message for the person that says what went wrong.
struct StudyOutcome {
    bool ok = false;
    QString message;
};

// The memory of every card studied: one SQLite file, study.sqlite, in the folder of the person's own that the
// history uses (mode 0600). A card is kept under its id, so its memory survives a change of the deck: a card
// that leaves the deck is kept, and is asked again if it comes back. Each review is one transaction in a
// write-ahead log with full syncs, so a crash loses at most the review in flight. A file that cannot be read is
// moved aside (never deleted) and a fresh one started; a file from a newer CalfAtlas is only read.
class StudyStore {
public:
    using State = SqliteFile::State;

    // Opens (creating if needed) study.sqlite in `folder`, creating the folder too.
    explicit StudyStore(const QString &folder);
    ~StudyStore();
    StudyStore(const StudyStore &) = delete;
    StudyStore &operator=(const StudyStore &) = delete;

    // The folder the app and calfatlas-cli share: the platform's app data folder (honours XDG_DATA_HOME).
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("study.sqlite"); }
    static int latestSchemaVersion();

    State state() const { return m_file.state(); }
    QString filePath() const { return m_path; }
    // What the person should know about opening the file (moved aside, read-only, unavailable), or empty.
    QString notice() const { return m_file.notice(); }
    QString movedAsidePath() const { return m_file.movedAsidePath(); }

    // Every card's state by id. Rows that cannot be read are skipped and named in *problems.
    QHash<QString, CardState> states(QStringList *problems = nullptr) const;
    // Records a review of a card on `day` and schedules it (learn::reviewed), as one transaction.
    StudyOutcome review(const QString &cardId, fsrs::Rating rating, const QDate &day, CardState *after = nullptr);
    // How many cards had their first review on `day`.
    int newCardsBegunOn(const QDate &day) const;
    // How many reviews are logged.
    int reviewCount() const;
    // SQLite's integrity_check: "ok" for a sound file.
    QString integrityCheck() const;

private:
    QString describeWriteError(const QSqlError &error) const;

    SqliteFile m_file;
    QString m_path;       // m_file's
    QString m_connection; // m_file's
};

} // namespace calfatlas::learn
