// SPDX-License-Identifier: Apache-2.0
#include "DeliveryOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>

namespace {
QCommandLineOption option(const char* name, const char* description, const char* valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(valueName));
}

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}
} // namespace

void DeliveryOptions::addOptions(QCommandLineParser* parser)
{
    parser->addOption(option("smtp-host", "Send email through this SMTP server.", "HOST"));
    parser->addOption(option("smtp-port", "SMTP port (default 25, 465 with --smtp-implicit-tls).", "PORT"));
    parser->addOption(option("smtp-starttls", "Require STARTTLS on the SMTP connection."));
    parser->addOption(option("smtp-implicit-tls", "Speak TLS from the first byte (smtps, RFC 8314)."));
    parser->addOption(option("smtp-user", "SMTP AUTH user.", "USER"));
    parser->addOption(option("smtp-password-file", "File whose first line is the SMTP password.", "FILE"));
    parser->addOption(option("smtp-from", "From: of verification emails.", "ADDRESS"));
    parser->addOption(
        option("sms-webhook", "POST SMS as JSON {to, text, purpose} to this HTTPS URL.", "URL"));
    parser->addOption(
        option("delivery-ca-file", "Extra CA (PEM) to trust for SMTP and the webhook.", "FILE"));
}

bool DeliveryOptions::read(const QCommandLineParser& parser, QString* error)
{
    smtpHost = parser.value(QStringLiteral("smtp-host"));
    if (parser.isSet(QStringLiteral("smtp-port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("smtp-port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = QStringLiteral("--smtp-port wants a port number");
            return false;
        }
        smtpPort = quint16(port);
    }
    smtpStartTls = parser.isSet(QStringLiteral("smtp-starttls"));
    smtpImplicitTls = parser.isSet(QStringLiteral("smtp-implicit-tls"));
    if (smtpStartTls && smtpImplicitTls) {
        *error = QStringLiteral("--smtp-starttls and --smtp-implicit-tls exclude each other");
        return false;
    }
    if (smtpImplicitTls && !parser.isSet(QStringLiteral("smtp-port")))
        smtpPort = 465;
    smtpUser = parser.value(QStringLiteral("smtp-user"));
    if (parser.isSet(QStringLiteral("smtp-from")))
        smtpFrom = parser.value(QStringLiteral("smtp-from"));
    if (smtpFrom.contains(QLatin1Char('\r')) || smtpFrom.contains(QLatin1Char('\n'))
        || !smtpFromAddress().contains(QLatin1Char('@'))) {
        *error = QStringLiteral("--smtp-from wants an address such as \"Accounts <no-reply@example.com>\"");
        return false;
    }
    if (parser.isSet(QStringLiteral("smtp-password-file"))) {
        QFile file(parser.value(QStringLiteral("smtp-password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --smtp-password-file %1").arg(file.fileName());
            return false;
        }
        smtpPassword = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    if (!smtpHost.isEmpty() && !smtpStartTls && !smtpImplicitTls && !isLoopbackHost(smtpHost)) {
        // Codes, and with AUTH the password, would cross the network in the clear.
        *error = QStringLiteral("--smtp-host %1 needs --smtp-starttls or --smtp-implicit-tls: only a "
                                "loopback SMTP server may be "
                                "spoken to without TLS")
                     .arg(smtpHost);
        return false;
    }
    if (parser.isSet(QStringLiteral("sms-webhook"))) {
        smsWebhook = QUrl(parser.value(QStringLiteral("sms-webhook")), QUrl::StrictMode);
        const bool https = smsWebhook.scheme() == QLatin1String("https");
        const bool loopbackHttp
            = smsWebhook.scheme() == QLatin1String("http") && isLoopbackHost(smsWebhook.host());
        if (!smsWebhook.isValid() || smsWebhook.host().isEmpty() || !(https || loopbackHttp)) {
            *error
                = QStringLiteral("--sms-webhook wants an https:// URL (http:// only to a loopback address)");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("delivery-ca-file"))) {
        extraCaCertificates = QSslCertificate::fromPath(parser.value(QStringLiteral("delivery-ca-file")));
        if (extraCaCertificates.isEmpty()) {
            *error = QStringLiteral("--delivery-ca-file holds no PEM certificate");
            return false;
        }
    }
    return true;
}

QString DeliveryOptions::smtpFromAddress() const
{
    const int open = smtpFrom.lastIndexOf(QLatin1Char('<'));
    const int close = smtpFrom.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return smtpFrom.mid(open + 1, close - open - 1).trimmed();
    return smtpFrom.trimmed();
}
