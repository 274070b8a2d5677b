// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <functional>

class QNetworkProxy;
class QSslSocket;

// A TLS handshake with the server, trusting what AccountApi trusts (the system CAs plus --ca-file,
// TLS 1.2 or later) and never ignoring an error: reports the chain the server presented, the
// protocol and cipher, or why the handshake failed.
class TlsProbe : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool untrusted = false; // failed on trust (unknown CA, name, dates), not on the protocol
        QString protocol; // "TLS 1.3"
        QString cipher;
        QList<QSslCertificate> chain; // as presented, leaf first
        QStringList errors; // the TLS errors, or the socket's error
    };
    using Callback = std::function<void(const Result& result)>;

    explicit TlsProbe(QObject* parent = nullptr);

    void start(const QString& host, quint16 port, const QList<QSslCertificate>& extraCas, int timeoutMs,
               Callback callback);

    void setProxy(const QNetworkProxy& proxy);

    // "subject CN=…; issuer CN=…; expires 2027-03-01"
    static QString describe(const QSslCertificate& certificate);

private:
    void done();

    QSslSocket* m_socket;
    Result m_result;
    Callback m_callback;
};
