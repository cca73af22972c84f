// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlError;

namespace calfatlas {

// What a store says about its file, already translated in the store's own words. In each, %1 is the file's path
// (the folder's, for folderCannotBeCreated) and %2 the reason, where there is one.
struct SqliteFileTexts {
    QString folderCannotBeCreated; // %1
    QString cannotBeCreated;       // %1 %2
    QString cannotBeOpened;        // %1 %2
    QString busy;                  // %1
    QString newerVersion;          // %1
    QString cannotBeWritten;       // %1 %2: the file is still read
    QString cannotBePrepared;      // %1 %2
    QString cannotBeMovedAside;    // %1 %2
    QString movedAside;            // %1 the reason, %2 where the file was kept
};

// A SQLite file of the person's own, opened the one careful way: created with mode 0600 (in a folder made
// 0700), looked at read-only first so that a newer version's file is never written, checked page by page,
// moved aside (never deleted) with its journal when it cannot be read, and written through a write-ahead
// log with full syncs. The store that owns it brings its words and its schema.
class SqliteFile {
public:
    enum class State {
        Ready,      // reads and writes
        ReadOnly,   // reads only: a newer file, or one that may not be written
        Unavailable // neither: the folder or the file cannot be opened
    };
    // Brings the file from `version` (0 when new) to the store's latest schema on the open connection; the
    // problem, or nothing.
    using Migrate = std::function<std::optional<QString>(QSqlDatabase &database, int version)>;

    // Opens (creating if needed) `fileName` in `folder`. Copies of unreadable files are kept beside it as
    // STEM.corrupt-YYYYMMDD-HHMMSS[-n].sqlite, where STEM is the file name without ".sqlite".
    SqliteFile(const QString &folder, const QString &fileName, int latestVersion, SqliteFileTexts texts,
               Migrate migrate);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    State state() const { return m_state; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    QString notice() const { return m_notice; }
    QString movedAsidePath() const { return m_movedAside; }
    int version() const { return m_version; }

    // SQLite's primary result codes, as Qt reports them for a failed statement.
    enum Code {
        Busy = 5,
        Locked = 6,
        ReadOnlyDb = 8,
        IoError = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADb = 26
    };
    static int code(const QSqlError &error);

private:
    bool openConnection(bool readOnly);
    void closeConnection();
    bool openExisting();
    bool openForWriting();
    void moveAsideAndStartAgain(const QString &why);
    std::optional<QString> prepareForWriting();
    QString asidePath() const;

    QString m_folder;
    QString m_path;
    QString m_connection;
    int m_latest = 0;
    SqliteFileTexts m_texts;
    Migrate m_migrate;
    State m_state = State::Unavailable;
    QString m_notice;
    QString m_movedAside;
    int m_version = 0;
};

} // namespace calfatlas
