// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace {
// A QPSQL connection named `name` to a postgres:// URL.
QSqlDatabase openPostgres(const QString& url, const QString& name)
{
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setDatabaseName(parsed.path().mid(1));
    db.open();
    return db;
}

QString adminUrl()
{
    QFile file(qEnvironmentVariable("AM_TEST_PG_DIR") + QStringLiteral("/url"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QString();
}
} // namespace

TestServer::TestServer()
{
    if (postgresRequested() && !createPostgresDatabase())
        m_pgFailed = true;
}

TestServer::~TestServer()
{
    stop();
    dropPostgresDatabase();
}

bool TestServer::postgresRequested()
{
    return qEnvironmentVariable("AM_TEST_DB") == QLatin1String("postgres");
}

bool TestServer::createPostgresDatabase()
{
    const QString admin = adminUrl();
    if (admin.isEmpty()) {
        m_error = QStringLiteral("AM_TEST_DB=postgres but no URL in $AM_TEST_PG_DIR/url (run through ctest)");
        return false;
    }
    const QString name
        = QStringLiteral("am_%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    const QString connection = QStringLiteral("testserver-admin-%1").arg(name);
    bool ok = false;
    {
        QSqlDatabase db = openPostgres(admin, connection);
        QSqlQuery query(db);
        ok = db.isOpen() && query.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!ok)
            m_error = QStringLiteral("cannot create a PostgreSQL database: %1 %2")
                          .arg(db.lastError().text(), query.lastError().text());
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return false;
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    m_pgUrl = url.toString();
    m_pgAdminUrl = admin;
    return true;
}

void TestServer::dropPostgresDatabase()
{
    if (m_pgAdminUrl.isEmpty())
        return;
    const QString name = QUrl(m_pgUrl).path().mid(1);
    const QString connection = QStringLiteral("testserver-drop-%1").arg(name);
    {
        QSqlDatabase db = openPostgres(m_pgAdminUrl, connection);
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QSqlDatabase::removeDatabase(connection);
    m_pgAdminUrl.clear();
}

void TestServer::shareDatabaseWith(const TestServer& other)
{
    dropPostgresDatabase();
    m_pgFailed = other.m_pgFailed;
    m_pgUrl = other.m_pgUrl;
    if (!other.usesPostgres())
        m_sharedSqlitePath = other.databasePath();
    m_keyPath = QDir(other.dataDir()).filePath(QStringLiteral("verification.key"));
}

QString TestServer::databaseSpec() const
{
    return usesPostgres() ? m_pgUrl : databasePath();
}

QSqlDatabase TestServer::openDatabase(const QString& connectionName) const
{
    if (usesPostgres())
        return openPostgres(m_pgUrl, connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databasePath());
    db.open();
    return db;
}

namespace {
// A prepared query on a connection of its own, removed again once the query is done with.
template<typename Use>
void withQuery(const TestServer& server, const QString& sql, const QVariantList& values, Use use)
{
    const QString connection = QStringLiteral("testserver-query-%1").arg(quintptr(&server));
    {
        QSqlDatabase db = server.openDatabase(connection);
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        use(query);
    }
    QSqlDatabase::removeDatabase(connection);
}
} // namespace

QVariant TestServer::queryValue(const QString& sql, const QVariantList& values) const
{
    QVariant result;
    withQuery(*this, sql, values, [&result](QSqlQuery& query) {
        if (query.exec() && query.next())
            result = query.value(0);
    });
    return result;
}

int TestServer::queryInt(const QString& sql, const QVariantList& values) const
{
    const QVariant value = queryValue(sql, values);
    return value.isValid() ? value.toInt() : -1;
}

bool TestServer::execute(const QString& sql, const QVariantList& values, QString* error) const
{
    bool ok = false;
    withQuery(*this, sql, values, [&ok, error](QSqlQuery& query) {
        ok = query.exec();
        if (!ok && error)
            *error = query.lastError().text();
    });
    return ok;
}

QByteArray TestServer::databaseBytes() const
{
    if (!usesPostgres()) {
        QFile file(databasePath());
        QFile wal(databasePath() + QStringLiteral("-wal"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        wal.open(QIODevice::ReadOnly);
        return file.readAll() + wal.readAll();
    }
    QByteArray bytes;
    const QString connection = QStringLiteral("testserver-dump-%1").arg(quintptr(this));
    {
        QSqlDatabase db = openDatabase(connection);
        QSqlQuery tables(db);
        tables.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT CAST(t AS TEXT) FROM %1 t").arg(table));
            while (rows.next())
                bytes += rows.value(0).toString().toUtf8() + '\n';
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return bytes;
}

QString TestServer::serverBinary()
{
    return qEnvironmentVariable("ACCOUNT_SERVER_BIN");
}

bool TestServer::start(const QStringList& extraArgs)
{
    if (isRunning()) {
        m_error = QStringLiteral("already running");
        return false;
    }
    if (m_pgFailed) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no PostgreSQL database for this server");
        return false;
    }
    if (serverBinary().isEmpty() || !m_dir.isValid()) {
        m_error
            = QStringLiteral("ACCOUNT_SERVER_BIN is not set (run through ctest) or no temporary directory");
        return false;
    }
    const QString pki = QStringLiteral(TEST_PKI_DIR);
    QStringList args { QStringLiteral("serve"),
                       QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--data-dir"),
                       dataDir(),
                       QStringLiteral("--tls-cert"),
                       pki + QStringLiteral("/server.crt"),
                       QStringLiteral("--tls-key"),
                       pki + QStringLiteral("/server.key"),
                       QStringLiteral("--test-captcha-answers"),
                       QStringLiteral("--new-device-verification"),
                       m_newDeviceVerification ? QStringLiteral("on") : QStringLiteral("off") };
    if (usesPostgres())
        args << QStringLiteral("--db") << m_pgUrl;
    else if (!m_sharedSqlitePath.isEmpty())
        args << QStringLiteral("--db") << m_sharedSqlitePath;
    if (!m_keyPath.isEmpty())
        args << QStringLiteral("--verification-key") << m_keyPath;
    // Last, so that an extraArgs "--new-device-verification" wins (the parser keeps the last value).
    args += extraArgs;
    m_process.setStandardErrorFile(logPath(), QIODevice::Append);
    m_process.setProgram(serverBinary());
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()
            || m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            output += m_process.readLine();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        } else if (m_process.state() == QProcess::NotRunning) {
            break;
        }
    }
    m_error = QStringLiteral("the server did not report listening: %1 %2")
                  .arg(QString::fromUtf8(output), QString::fromUtf8(log()));
    kill();
    return false;
}

bool TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        kill();
        return false;
    }
    m_port = 0;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void TestServer::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_port = 0;
}

bool TestServer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl TestServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString TestServer::caCertificatePath() const
{
    return QStringLiteral(TEST_PKI_DIR "/ca.crt");
}

QString TestServer::dataDir() const
{
    return m_dir.path();
}

QString TestServer::outboxPath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("outbox.jsonl"));
}

QString TestServer::databasePath() const
{
    if (!m_sharedSqlitePath.isEmpty())
        return m_sharedSqlitePath;
    return QDir(dataDir()).filePath(QStringLiteral("accounts.sqlite"));
}

QString TestServer::logPath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("server.log"));
}

QByteArray TestServer::log() const
{
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read the server's log %s: %s", qPrintable(logPath()),
                 qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

int TestServer::runCommand(const QStringList& args, const QByteArray& stdinData, QByteArray* out,
                           QByteArray* err) const
{
    QStringList arguments = args;
    if (usesPostgres() && arguments.contains(QLatin1String("--data-dir"))
        && !arguments.contains(QLatin1String("--db")))
        arguments << QStringLiteral("--db") << m_pgUrl;
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

qint64 TestServer::addAccount(const QString& email, const QString& phone, const QString& region,
                              const QString& password)
{
    QStringList args { QStringLiteral("account"),         QStringLiteral("add"),
                       QStringLiteral("--data-dir"),      dataDir(),
                       QStringLiteral("--region"),        region,
                       QStringLiteral("--password-stdin") };
    if (!email.isEmpty())
        args << QStringLiteral("--email") << email;
    if (!phone.isEmpty())
        args << QStringLiteral("--phone") << phone;
    QByteArray out;
    QByteArray err;
    if (runCommand(args, password.toUtf8() + '\n', &out, &err) != 0) {
        m_error = QString::fromUtf8(err);
        return 0;
    }
    return out.trimmed().toLongLong();
}

QString TestServer::addDevice(qint64 accountId, const QString& kind, const QString& name)
{
    QByteArray out;
    QByteArray err;
    if (runCommand({ QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--data-dir"), dataDir(),
                     QStringLiteral("--account"), QString::number(accountId), QStringLiteral("--kind"), kind,
                     QStringLiteral("--name"), name },
                   {}, &out, &err)
        != 0) {
        m_error = QString::fromUtf8(err);
        return {};
    }
    return QString::fromUtf8(out.trimmed());
}

QList<QJsonObject> TestServer::outboxEntries() const
{
    QList<QJsonObject> entries;
    QFile file(outboxPath());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            entries << QJsonDocument::fromJson(line).object();
    }
    return entries;
}

namespace {
bool isFor(const QJsonObject& entry, const QString& destination, const QString& purpose)
{
    return entry.value(QStringLiteral("destination")).toString() == destination
        && (purpose.isEmpty() || entry.value(QStringLiteral("purpose")).toString() == purpose);
}
} // namespace

QJsonObject TestServer::latestMessage(const QString& destination, const QString& purpose) const
{
    const QList<QJsonObject> entries = outboxEntries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (isFor(*it, destination, purpose) && it->contains(QStringLiteral("code")))
            return *it;
    }
    return {};
}

QString TestServer::latestCode(const QString& destination, const QString& purpose) const
{
    return latestMessage(destination, purpose).value(QStringLiteral("code")).toString();
}

int TestServer::messageCount(const QString& destination, const QString& purpose) const
{
    const QList<QJsonObject> entries = outboxEntries();
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [&](const QJsonObject& entry) { return isFor(entry, destination, purpose); }));
}

QString TestServer::latestCaptchaAnswer() const
{
    QString answer;
    const QList<QJsonObject> entries = outboxEntries();
    for (const QJsonObject& entry : entries) {
        if (entry.value(QStringLiteral("channel")).toString() == QLatin1String("captcha"))
            answer = captchaAnswer(entry.value(QStringLiteral("captchaId")).toString());
    }
    return answer;
}

QString TestServer::captchaAnswer(const QString& captchaId) const
{
    const QList<QJsonObject> entries = outboxEntries();
    for (const QJsonObject& entry : entries) {
        if (entry.value(QStringLiteral("channel")).toString() == QLatin1String("captcha")
            && entry.value(QStringLiteral("captchaId")).toString() == captchaId)
            return entry.value(QStringLiteral("answer")).toString();
    }
    return {};
}
