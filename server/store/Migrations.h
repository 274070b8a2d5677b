// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

// Versioned schema changes. Each step runs once, in a transaction, and records its number in
// schema_version; a database from an older server is brought up to date on start. SQLite and
// PostgreSQL run the same steps (PostgreSQL with its own type names, see step()).
class Migrations
{
public:
    static bool run(QSqlDatabase& db, QString* error);
    static int currentVersion(QSqlDatabase& db);
    static int latestVersion();
    // The SQL of one step (1-based) as the given database runs it.
    static QString step(int version, bool postgres);

private:
    static constexpr int kMigrationLock = 746570001; // pg_advisory_lock key while migrating
    static bool migrate(QSqlDatabase& db, bool postgres, QString* error);
};
