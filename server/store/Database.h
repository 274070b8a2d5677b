// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The accounts database: a SQLite file (the default) or a PostgreSQL database given as
// postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?OPTION=VALUE&...] (OPTION: any libpq keyword,
// e.g. sslmode, or host=/run/postgresql for a unix socket). Several servers may share one
// PostgreSQL database: all state lives in it. QSqlDatabase connections must not cross threads,
// so each thread that asks gets its own connection, named after the thread and closed when the
// thread ends.
class Database
{
public:
    enum class Kind { Sqlite, Postgres };

    // Set once, before any connection() call. Creates the file (SQLite) and runs the migrations.
    static bool open(const QString& spec, QString* error);
    // This thread's connection: for SQLite WAL, busy_timeout and foreign keys already set.
    static QSqlDatabase connection();
    // PostgreSQL: at most every 2 s per thread, a "SELECT 1" on this thread's connection, and a new
    // connection when it fails. A restart, a fail-over or an idle timeout ends connections, and
    // one that is gone fails every request of its thread until the process restarts. Call it where
    // no transaction can be open (AccountServer, before each request). SQLite: nothing.
    static void checkConnection();
    static QString path(); // the spec given to open()
    // SQLite: connections made from now on never copy the log back themselves (a
    // WalCheckpointer does, on its own thread), and cut a log that starts over back to walLimit
    // bytes. Before open(), so the first connection obeys too.
    static void setBackgroundCheckpoints(bool on, qint64 walLimit = 64 * 1024 * 1024);
    static Kind kind();
    static bool isPostgresUrl(const QString& spec);
    // The spec without a password, for messages.
    static QString displayName(const QString& spec);

    // A statement of this thread's connection, prepared once and kept while the thread lives:
    // parsing the SQL again cost more than running it on the short requests (refresh, profile), and
    // on PostgreSQL every prepare is a round trip. nullptr when db is another connection or the
    // statement does not prepare. Use it through CachedQuery.
    static QSqlQuery* cached(const QSqlDatabase& db, const QString& sql);

    // Begins a transaction that runs alone among all that name the same lock, in every thread and
    // every server process, so a count-then-insert inside it is atomic: SQLite takes its write
    // lock at once (BEGIN IMMEDIATE), PostgreSQL an advisory lock on a hash of the name. End it
    // with db.commit() or db.rollback().
    static bool beginSerialized(QSqlDatabase& db, const QString& lockName);
};
