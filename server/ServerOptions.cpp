// SPDX-License-Identifier: Apache-2.0
#include "ServerOptions.h"

#include "Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {
bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

bool parsePositive(const QString& text, int* value, int minimum = 1)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum)
        return false;
    *value = number;
    return true;
}
} // namespace

bool ServerOptions::parse(const QStringList& arguments, QString* error, bool* exitNow, QString* output)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Account Manager reference server (HTTPS only)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (port 0: any free)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Directory for the database, outbox and tls/."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        QStringLiteral("PEM certificate (default DIR/tls/server.crt)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       QStringLiteral("PEM private key (default DIR/tls/server.key)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database: a SQLite file (default DIR/accounts.sqlite) or "
                       "postgres://USER@HOST:PORT/DBNAME (password from PGPASSWORD or ~/.pgpass; "
                       "see docs/deployment.md)."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption verificationKeyOption(
        QStringLiteral("verification-key"),
        QStringLiteral("Key for hashing codes (default DIR/verification.key); servers sharing one "
                       "PostgreSQL database must share it."),
        QStringLiteral("FILE"));
    const QCommandLineOption outboxOption(
        QStringLiteral("outbox"),
        QStringLiteral("JSON-lines file of messages sent (default DIR/outbox.jsonl)."),
        QStringLiteral("PATH"));
    const QCommandLineOption ttlOption(QStringLiteral("access-token-ttl"),
                                       QStringLiteral("Access token lifetime in seconds."),
                                       QStringLiteral("SECONDS"), QStringLiteral("900"));
    QCommandLineOption captchaTtlOption(QStringLiteral("captcha-ttl"),
                                        QStringLiteral("Captcha lifetime in seconds."),
                                        QStringLiteral("SECONDS"), QStringLiteral("300"));
    captchaTtlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption codeTtlOption(QStringLiteral("code-ttl"), QStringLiteral("Code lifetime in seconds."),
                                     QStringLiteral("SECONDS"), QStringLiteral("600"));
    codeTtlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption resendOption(QStringLiteral("resend-interval"),
                                    QStringLiteral("Seconds between two codes of a registration."),
                                    QStringLiteral("SECONDS"), QStringLiteral("60"));
    resendOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption publicUrlOption(
        QStringLiteral("public-url"),
        QStringLiteral("Base URL of emailed links (default https://LISTEN-ADDRESS:PORT)."),
        QStringLiteral("URL"));
    const QCommandLineOption testCaptcha(
        QStringLiteral("test-captcha-answers"),
        QStringLiteral("Write captcha answers to the outbox (tests only; loopback --listen only)."));
    const QCommandLineOption newDeviceOption(
        QStringLiteral("new-device-verification"),
        QStringLiteral("on: a sign-in from a device the account never used needs a code sent to its email "
                       "or phone (default); off: the password is enough."),
        QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral("Threads that accept connections and answer requests (default: one per core)."),
        QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption walLimitOption(
        QStringLiteral("wal-limit"), QStringLiteral("SQLite: start the write-ahead log over past this size."),
        QStringLiteral("MIB"), QStringLiteral("64"));
    walLimitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    for (const auto& option :
         { listen, dataDirOption, certOption, keyOption, dbOption, verificationKeyOption, outboxOption,
           ttlOption, captchaTtlOption, testCaptcha, codeTtlOption, resendOption, publicUrlOption,
           newDeviceOption, threadsOption, walLimitOption })
        parser.addOption(option);
    DeliveryOptions::addOptions(&parser);
    HttpLimits::addOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("serve"), QStringLiteral("Run the server (the default)."));

    if (!parser.parse(QStringList { QStringLiteral("account-server") } + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *exitNow = true;
        *output = parser.isSet(help)
            ? parser.helpText()
            : QStringLiteral("account-server %1\n").arg(QStringLiteral(ACCOUNT_MANAGER_VERSION));
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }
    if (!parseListen(parser.value(listen), &listenAddress, &port)) {
        *error = QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8443");
        return false;
    }
    if (!parsePositive(parser.value(ttlOption), &accessTokenTtl)) {
        *error = QStringLiteral("--access-token-ttl wants a positive number of seconds");
        return false;
    }
    if (!parsePositive(parser.value(captchaTtlOption), &captchaTtl)) {
        *error = QStringLiteral("--captcha-ttl wants a positive number of seconds");
        return false;
    }
    if (!parsePositive(parser.value(codeTtlOption), &codeTtl)) {
        *error = QStringLiteral("--code-ttl wants a positive number of seconds");
        return false;
    }
    if (!parsePositive(parser.value(resendOption), &resendInterval, 0)) {
        *error = QStringLiteral("--resend-interval wants a number of seconds");
        return false;
    }
    if (!parsePositive(parser.value(threadsOption), &threads, 0) || threads > 256) {
        *error = QStringLiteral("--threads wants a number from 1 to 256 (0: one per core)");
        return false;
    }
    if (!parsePositive(parser.value(walLimitOption), &walLimitMib) || walLimitMib > 65536) {
        *error = QStringLiteral("--wal-limit wants a number of MiB from 1 to 65536");
        return false;
    }
    const QString newDevice = parser.value(newDeviceOption);
    if (newDevice != QLatin1String("on") && newDevice != QLatin1String("off")) {
        *error = QStringLiteral("--new-device-verification wants on or off");
        return false;
    }
    newDeviceVerification = newDevice == QLatin1String("on");
    if (parser.isSet(publicUrlOption)) {
        publicUrl = QUrl(parser.value(publicUrlOption), QUrl::StrictMode);
        if (!publicUrl.isValid() || publicUrl.scheme() != QLatin1String("https")
            || publicUrl.host().isEmpty()) {
            *error = QStringLiteral("--public-url wants an https:// URL");
            return false;
        }
    }
    if (!delivery.read(parser, error) || !limits.read(parser, error))
        return false;
    dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty()) {
        *error = QStringLiteral("--data-dir is required");
        return false;
    }
    dataDir = QFileInfo(dataDir).absoluteFilePath();
    const QDir dir(dataDir);
    tlsCert = parser.isSet(certOption) ? parser.value(certOption)
                                       : dir.filePath(QStringLiteral("tls/server.crt"));
    tlsKey
        = parser.isSet(keyOption) ? parser.value(keyOption) : dir.filePath(QStringLiteral("tls/server.key"));
    dbPath
        = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("accounts.sqlite"));
    if (dbPath.contains(QLatin1String("://")) && !Database::isPostgresUrl(dbPath)) {
        *error = QStringLiteral("--db wants a file path or postgres://USER@HOST:PORT/DBNAME");
        return false;
    }
    verificationKeyPath = parser.isSet(verificationKeyOption)
        ? parser.value(verificationKeyOption)
        : dir.filePath(QStringLiteral("verification.key"));
    outboxPath = parser.isSet(outboxOption) ? parser.value(outboxOption)
                                            : dir.filePath(QStringLiteral("outbox.jsonl"));
    testCaptchaAnswers = parser.isSet(testCaptcha);
    // Captcha answers in a file would defeat the captcha on a reachable server.
    if (testCaptchaAnswers && !listenAddress.isLoopback()) {
        *error = QStringLiteral("--test-captcha-answers is only allowed with a loopback --listen address");
        return false;
    }
    return true;
}
