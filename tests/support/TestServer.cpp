#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
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
    QFile log(logPath());
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("the server did not report listening: %1 %2")
                  .arg(QString::fromUtf8(output), QString::fromUtf8(log.readAll()));
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
    return QDir(dataDir()).filePath(QStringLiteral("accounts.sqlite"));
}

QString TestServer::logPath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("server.log"));
}

int TestServer::runCommand(const QStringList& args, const QByteArray& stdinData, QByteArray* out,
                           QByteArray* err) const
{
    QProcess process;
    process.start(serverBinary(), args);
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
