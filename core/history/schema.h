// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace calfatlas::history {

// The history file's schema, version by version. Version N is reached by applying step N to a file at N-1;
// the version lives in SQLite's user_version.
inline constexpr int kLatestSchemaVersion = 5;

int schemaVersion(const QSqlDatabase &database);
// Applies one step (from version-1 to version) in its own transaction; on failure leaves the file as it was.
bool applyMigration(QSqlDatabase &database, int version, QString *error = nullptr);
// Brings a file from its version up to kLatestSchemaVersion, one step at a time.
bool migrateToLatest(QSqlDatabase &database, QString *error = nullptr);

} // namespace calfatlas::history
