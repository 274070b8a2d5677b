// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeliveryOptions.h"

#include <QByteArray>
#include <QSslSocket>
#include <QString>

// A small blocking SMTP client for one message: EHLO, STARTTLS when configured (the server
// certificate is verified against the system CAs plus --delivery-ca-file; errors are never
// ignored), AUTH PLAIN or LOGIN when a user is set, MAIL FROM, RCPT TO, DATA, QUIT. It waits on
// the socket with timeouts, so it belongs on a worker thread.
class SmtpClient
{
public:
    explicit SmtpClient(const DeliveryOptions& options);
    // False with a reason fit for the log: the failed step and the server's reply code only.
    bool send(const QString& to, const QByteArray& message, QString* reason);

private:
    bool readReply(int* code, QByteArray* text);
    bool step(const QByteArray& command, int expected, const char* what, QByteArray* text = nullptr);
    bool hello(QByteArray* capabilities);
    bool startTls();
    bool authenticate(const QByteArray& capabilities);

    const DeliveryOptions& m_options;
    QSslSocket m_socket;
    QString m_reason;
};
