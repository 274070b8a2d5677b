// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeliveryOptions.h"

#include <QByteArray>
#include <QString>

// One message through an SMTP server, by libcurl: implicit TLS (smtps, --smtp-implicit-tls) or
// STARTTLS (--smtp-starttls) with the server certificate verified against the system CAs plus
// --delivery-ca-file (errors are never ignored), AUTH when a user is set, IDNA for a recipient's
// domain and SMTPUTF8 when an address needs it and the server offers it (RFC 6531). curl also
// dot-stuffs the message. It blocks (with timeouts), so it belongs on a worker thread.
class SmtpClient
{
public:
    explicit SmtpClient(const DeliveryOptions& options);
    // False with a reason fit for the log: the failed step and the server's reply code, or the
    // connection or TLS problem; never an address or the message.
    bool send(const QString& to, const QByteArray& message, QString* reason);

private:
    QString url() const;
    QByteArray trustedCertificates() const;

    const DeliveryOptions& m_options;
};
