// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QCommandLineParser;

// How the server sends codes: --smtp-* for email, --sms-webhook for SMS; without them both go to
// the outbox file. --delivery-ca-file adds a CA to trust for both (TLS errors are never ignored).
struct DeliveryOptions
{
    QString smtpHost; // empty: email goes to the outbox
    quint16 smtpPort = 25;
    bool smtpStartTls = false;
    bool smtpImplicitTls = false; // smtps: TLS from the first byte (port 465)
    QString smtpUser; // empty: no AUTH
    QString smtpPassword; // read from --smtp-password-file
    QString smtpFrom = QStringLiteral("Account Manager <no-reply@localhost>");
    QUrl smsWebhook; // empty: SMS go to the outbox
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 15000;

    static void addOptions(QCommandLineParser* parser);
    bool read(const QCommandLineParser& parser, QString* error);
    // "Name <a@b.example>" -> "a@b.example"
    QString smtpFromAddress() const;
};
