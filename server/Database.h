#pragma once

#include <QSqlDatabase>
#include <QString>

// The SQLite database. QSqlDatabase connections must not cross threads, so each thread that asks
// gets its own connection, named after the thread and closed when the thread ends.
class Database
{
public:
    // Set once, before any connection() call. Creates the file and runs the migrations.
    static bool open(const QString& path, QString* error);
    // This thread's connection: WAL, busy_timeout and foreign keys already set.
    static QSqlDatabase connection();
    static QString path();
};
