// SPDX-License-Identifier: Apache-2.0
#include "Database.h"

#include "Migrations.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>
#include <memory>
#include <unordered_map>

namespace {
QString g_spec;
Database::Kind g_kind = Database::Kind::Sqlite;
bool g_backgroundCheckpoints = false;
qint64 g_walLimit = 64 * 1024 * 1024;

void configure(QSqlDatabase& db)
{
    if (g_kind == Database::Kind::Sqlite) {
        db.setDatabaseName(g_spec);
        // busy_timeout as a connect option too, so even the first PRAGMA waits for a writer.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return;
    }
    const QUrl url(g_spec);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    // Empty: libpq looks in PGPASSWORD and ~/.pgpass, which keeps the password off the command line.
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    // Notices (e.g. "already exists, skipping") would go to stderr, which is the request log.
    QStringList options { QStringLiteral("application_name=account-server"),
                          QStringLiteral("options='-c client_min_messages=warning'") };
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items)
        options << item.first + QLatin1Char('=') + item.second;
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

// Owned by QThreadStorage, so the connection is removed when its thread finishes.
class ThreadConnection
{
public:
    ThreadConnection()
        : m_name(QStringLiteral("accounts-%1").arg(quintptr(QThread::currentThreadId())))
    {
        const bool sqlite = g_kind == Database::Kind::Sqlite;
        QSqlDatabase db
            = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
        configure(db);
        if (db.open() && sqlite) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            // Deleted rows (a deleted account, used tokens and codes) are overwritten, not left in
            // free pages of the file or its backups.
            query.exec(QStringLiteral("PRAGMA secure_delete=ON"));
            if (g_backgroundCheckpoints)
                query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
            // A log that started over is cut back to this size rather than kept at its largest.
            query.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(g_walLimit));
        }
    }
    ~ThreadConnection()
    {
        m_statements.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString name() const { return m_name; }

    QSqlQuery* statement(const QString& sql)
    {
        const auto found = m_statements.find(sql);
        if (found != m_statements.end())
            return found->second.get();
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
        // Only a statement that prepared is kept, so a failure is reported again next time.
        if (!query->prepare(sql))
            return nullptr;
        return (m_statements[sql] = std::move(query)).get();
    }

    void checkAlive()
    {
        if (m_lastCheck.isValid() && !m_lastCheck.hasExpired(2000))
            return;
        m_lastCheck.start();
        if (QSqlQuery* ping = statement(QStringLiteral("SELECT 1")); ping && ping->exec()) {
            ping->finish();
            return;
        }
        // The cached statements belong to the old connection.
        m_statements.clear();
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
        // If this fails too, this request fails, and the next check tries again.
        db.open();
    }

private:
    QString m_name;
    QElapsedTimer m_lastCheck;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

QThreadStorage<ThreadConnection*> g_connections;
} // namespace

bool Database::isPostgresUrl(const QString& spec)
{
    return spec.startsWith(QLatin1String("postgres://")) || spec.startsWith(QLatin1String("postgresql://"));
}

QString Database::displayName(const QString& spec)
{
    if (!isPostgresUrl(spec))
        return spec;
    return QUrl(spec).toString(QUrl::RemovePassword);
}

bool Database::open(const QString& spec, QString* error)
{
    g_spec = spec;
    g_kind = isPostgresUrl(spec) ? Kind::Postgres : Kind::Sqlite;
    if (g_kind == Kind::Postgres) {
        const QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid() || url.path().size() < 2 || url.path().indexOf(QLatin1Char('/'), 1) >= 0) {
            *error = QStringLiteral("--db wants postgres://USER@HOST:PORT/DBNAME, not %1")
                         .arg(displayName(spec));
            return false;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is "
                                    "not installed");
            return false;
        }
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(displayName(spec), db.lastError().text());
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

void Database::checkConnection()
{
    if (g_kind != Kind::Postgres)
        return;
    if (!g_connections.hasLocalData())
        g_connections.setLocalData(new ThreadConnection);
    g_connections.localData()->checkAlive();
}

QSqlQuery* Database::cached(const QSqlDatabase& db, const QString& sql)
{
    if (!g_connections.hasLocalData() || db.connectionName() != g_connections.localData()->name())
        return nullptr;
    return g_connections.localData()->statement(sql);
}

void Database::setBackgroundCheckpoints(bool on, qint64 walLimit)
{
    g_backgroundCheckpoints = on;
    g_walLimit = walLimit;
}

QString Database::path()
{
    return g_spec;
}

Database::Kind Database::kind()
{
    return g_kind;
}

bool Database::beginSerialized(QSqlDatabase& db, const QString& lockName)
{
    QSqlQuery query(db);
    if (g_kind == Kind::Sqlite)
        return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!db.transaction())
        return false;
    // A stable 64-bit number for the name (qHash is seeded per process, so it would not do).
    const QByteArray digest = QCryptographicHash::hash(lockName.toUtf8(), QCryptographicHash::Sha256);
    const qint64 key = qFromBigEndian<qint64>(digest.constData());
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    query.addBindValue(key);
    if (!query.exec()) {
        db.rollback();
        return false;
    }
    return true;
}
