#include "Database.h"

#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

namespace {
QString g_path;

// Owned by QThreadStorage, so the connection is removed when its thread finishes.
class ThreadConnection
{
public:
    ThreadConnection()
        : m_name(QStringLiteral("accounts-%1").arg(quintptr(QThread::currentThreadId())))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(g_path);
        // busy_timeout as a connect option too, so even the first PRAGMA waits for a writer.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
    }
    ~ThreadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString name() const { return m_name; }

private:
    QString m_name;
};

QThreadStorage<ThreadConnection*> g_connections;
} // namespace

bool Database::open(const QString& path, QString* error)
{
    g_path = path;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    return Migrations::run(db, error);
}

QSqlDatabase Database::connection()
{
    if (!g_connections.hasLocalData())
        g_connections.setLocalData(new ThreadConnection);
    return QSqlDatabase::database(g_connections.localData()->name());
}

QString Database::path()
{
    return g_path;
}
