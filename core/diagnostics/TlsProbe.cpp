// SPDX-License-Identifier: Apache-2.0
#include "TlsProbe.h"

#include "api/TlsTrust.h"

#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {
QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

} // namespace

TlsProbe::TlsProbe(QObject* parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
}

void TlsProbe::setProxy(const QNetworkProxy& proxy)
{
    m_socket->setProxy(proxy);
}

QString TlsProbe::describe(const QSslCertificate& certificate)
{
    const auto name = [](const QStringList& parts) {
        return parts.isEmpty() ? QStringLiteral("?") : parts.join(QStringLiteral(", "));
    };
    return QStringLiteral("subject CN=%1; issuer CN=%2; expires %3")
        .arg(name(certificate.subjectInfo(QSslCertificate::CommonName)),
             name(certificate.issuerInfo(QSslCertificate::CommonName)),
             certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

void TlsProbe::start(const QString& host, quint16 port, const QList<QSslCertificate>& extraCas, int timeoutMs,
                     Callback callback)
{
    m_callback = std::move(callback);
    // The same trust as AccountApi::send: the defaults, TLS 1.2 or later, plus the extra CAs.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!extraCas.isEmpty())
        tls.addCaCertificates(extraCas);
    m_socket->setSslConfiguration(tls);

    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_result.ok = true;
        m_result.protocol = protocolName(m_socket->sessionProtocol());
        m_result.cipher = m_socket->sessionCipher().name();
        m_result.chain = m_socket->peerCertificateChain();
        done();
    });
    // Recorded, never ignored: the handshake fails right after.
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        m_result.chain = m_socket->peerCertificateChain();
        for (const QSslError& error : errors) {
            m_result.errors.append(error.errorString());
            m_result.untrusted = m_result.untrusted || TlsTrust::isTrustProblem(error.error());
        }
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_result.errors.isEmpty())
            m_result.errors.append(m_socket->errorString());
        done();
    });
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
        m_result.errors.append(QStringLiteral("no TLS handshake within %1 s").arg(timeoutMs / 1000));
        done();
    });
    m_socket->connectToHostEncrypted(host, port);
}

void TlsProbe::done()
{
    if (!m_callback)
        return;
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    m_socket->abort();
    callback(m_result);
}
