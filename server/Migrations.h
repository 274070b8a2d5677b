#pragma once

#include <QSqlDatabase>
#include <QString>

// Versioned schema changes. Each step runs once, in a transaction, and records its number in
// schema_version; a database from an older server is brought up to date on start.
class Migrations
{
public:
    static bool run(QSqlDatabase& db, QString* error);
    static int currentVersion(QSqlDatabase& db);
    static int latestVersion();
};
