// SPDX-License-Identifier: Apache-2.0
#include "WebhookDelivery.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

WebhookDelivery::WebhookDelivery(DeliveryOptions options)
    : m_options(std::move(options))
{
}

bool WebhookDelivery::send(const DeliveryMessage& message, QString* reason)
{
    // A manager of this worker thread, with a local event loop: the call blocks this thread only.
    QNetworkAccessManager manager;
    QNetworkRequest request(m_options.smsWebhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_options.extraCaCertificates);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    const QJsonObject body { { QStringLiteral("to"), message.destination },
                             { QStringLiteral("text"), message.smsText() },
                             { QStringLiteral("purpose"), message.purpose } };
    QNetworkReply* reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_options.timeoutMs + 1000, &loop, &QEventLoop::quit); // a guard only
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    delete reply;
    if (status >= 200 && status < 300)
        return true;
    // The enum name, not errorString(): that may carry the URL, and with it a gateway's API key.
    *reason = status > 0
        ? QStringLiteral("SMS webhook answered HTTP %1").arg(status)
        : QStringLiteral("SMS webhook unreachable: %1")
              .arg(QLatin1String(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
    return false;
}
