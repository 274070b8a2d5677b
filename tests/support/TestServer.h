// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestAccount.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

// A real account-server for one test: $ACCOUNT_SERVER_BIN (set by am_add_test) on 127.0.0.1 with a
// free port, a fresh data directory, the test PKI (TEST_PKI_DIR: ca.crt, server.crt, server.key)
// and --test-captcha-answers, so captcha answers can be read from the outbox.
//
//     TestServer server;
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     const qint64 id = server.addAccount("anna@example.com", "+79123456789", "RU", "correct horse");
//     QNetworkRequest request(server.url().resolved(QUrl("/v1/health")));
//     request.setSslConfiguration(TestTls::configuration()); // trusts exactly the test CA
//
// New-device verification is OFF by default here (--new-device-verification off), so tests of
// other flows sign in with a password alone; call setNewDeviceVerification(true) before start(),
// or pass {"--new-device-verification", "on"} in extraArgs, to test it.
//
// The server's stderr (one log line per request) goes to logPath(). stop() runs in the destructor.
//
// Database: SQLite in the data directory, unless AM_TEST_DB=postgres (set by CTest for the *_pg
// copies of the server tests): then each TestServer gets a fresh PostgreSQL database of its own
// (CREATE DATABASE on the test cluster whose admin URL is in $AM_TEST_PG_DIR/url, made by
// scripts/test-postgres), dropped again in the destructor. shareDatabaseWith() makes a second
// server over the same database, as two processes of one deployment.
class TestServer
{
public:
    TestServer();
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    // Starts the server, with extraArgs appended (e.g. {"--access-token-ttl", "1"}), and waits
    // up to 15 s for its "listening on" line. False with errorString() on failure.
    bool start(const QStringList& extraArgs = {});
    // Whether the next start() asks new devices for a code; false by default (see above).
    void setNewDeviceVerification(bool on) { m_newDeviceVerification = on; }
    // SIGTERM, then waits; returns true when the server exited cleanly with status 0.
    bool stop();
    // SIGKILL, for crash tests. The data directory stays, so start() again sees the same database.
    void kill();
    bool isRunning() const;
    qint64 processId() const { return m_process.processId(); }

    QUrl url() const; // https://127.0.0.1:PORT (no path)
    quint16 port() const { return m_port; }
    QString caCertificatePath() const; // TEST_PKI_DIR/ca.crt
    QString dataDir() const;
    QString outboxPath() const; // dataDir()/outbox.jsonl
    QString databasePath() const; // dataDir()/accounts.sqlite (SQLite only)
    // What the server is given as --db: databasePath() or a postgres:// URL.
    QString databaseSpec() const;
    bool usesPostgres() const { return !m_pgUrl.isEmpty(); }
    static bool postgresRequested(); // AM_TEST_DB=postgres
    // A connection of the test's own to the server's database, for looking inside; remove it with
    // QSqlDatabase::removeDatabase(connectionName) once every handle is gone.
    QSqlDatabase openDatabase(const QString& connectionName) const;
    // The first column of the first row sql (its ? bound to values) gives, read on a connection of
    // the test's own; an invalid QVariant when the query fails or finds no row.
    QVariant queryValue(const QString& sql, const QVariantList& values = {}) const;
    // queryValue() as a number (SELECT COUNT(*) …); -1 when the query fails or finds no row.
    int queryInt(const QString& sql, const QVariantList& values = {}) const;
    // The failed sign-ins counted against the account (its sign-in lock's counter, which a password
    // asked again also feeds); -1 when none is counted.
    int accountLoginFailures(qint64 accountId) const
    {
        return queryInt(QStringLiteral("SELECT failures FROM login_failures WHERE key = ?"),
                        { QStringLiteral("account:%1").arg(accountId) });
    }
    // Runs a statement that changes the database, for what a test cannot make through the API in
    // reasonable time; false, with the driver's message in *error, when it fails.
    bool execute(const QString& sql, const QVariantList& values = {}, QString* error = nullptr) const;
    // Everything the database holds, as bytes, for "no secret is stored" checks: the SQLite file
    // and its WAL, or every PostgreSQL table row as text.
    QByteArray databaseBytes() const;
    // Before start(): use other's database (PostgreSQL, or its SQLite file) and verification key
    // (both must be the same for two servers to accept each other's codes). other must outlive this one.
    void shareDatabaseWith(const TestServer& other);
    QString logPath() const; // the server's stderr
    // Everything the server wrote to logPath() so far; empty (with a warning) when it cannot be read.
    QByteArray log() const;
    QString errorString() const { return m_error; }

    // Adds an account through `account-server account add`; email or phone may be empty.
    // Returns its ID, or 0 when the command refused (errorString() has its stderr).
    qint64 addAccount(const QString& email, const QString& phone, const QString& region,
                      const QString& password);
    qint64 addAccount(const TestAccount& account)
    {
        return addAccount(account.email, account.phone, account.region, account.password);
    }
    // Binds a device of `kind` ("band", "scale"…) to the account through `account-server device add`,
    // as an operator does for devices without a screen. Returns its ID, or empty when the command
    // refused (errorString() has its stderr).
    QString addDevice(qint64 accountId, const QString& kind, const QString& name);
    // Runs `account-server ARGS` (an operator command) with stdinData; returns its exit code.
    // With PostgreSQL, "--db URL" is added when ARGS name --data-dir but no --db.
    int runCommand(const QStringList& args, const QByteArray& stdinData, QByteArray* out = nullptr,
                   QByteArray* err = nullptr) const;

    // Every JSON line of the outbox, oldest first.
    QList<QJsonObject> outboxEntries() const;
    // The newest outbox entry to destination (with this purpose, unless purpose is empty) that
    // carries a code; empty when none.
    QJsonObject latestMessage(const QString& destination, const QString& purpose = {}) const;
    QString latestCode(const QString& destination, const QString& purpose = {}) const;
    // How many outbox entries went to destination (with this purpose, unless purpose is empty).
    int messageCount(const QString& destination, const QString& purpose = {}) const;
    // The answer the server wrote for this captcha; empty when there is none.
    QString captchaAnswer(const QString& captchaId) const;
    // The answer to the newest captcha the server handed out; empty when there is none.
    QString latestCaptchaAnswer() const;

    static QString serverBinary(); // $ACCOUNT_SERVER_BIN

private:
    bool createPostgresDatabase();
    void dropPostgresDatabase();

    QTemporaryDir m_dir;
    QString m_pgUrl; // this server's database, empty for SQLite
    QString m_pgAdminUrl; // set when this instance created the database and must drop it
    QString m_keyPath; // --verification-key, empty for the default
    QString m_sharedSqlitePath; // another server's SQLite file (shareDatabaseWith), empty for our own
    bool m_pgFailed = false;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    bool m_newDeviceVerification = false;
};
