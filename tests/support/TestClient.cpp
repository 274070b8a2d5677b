// SPDX-License-Identifier: Apache-2.0
#include "TestClient.h"

#include "TestTls.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

QString TestReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString TestReply::errorField() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

QString TestReply::errorRequestId() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("requestId")).toString();
}

QString TestReply::deviceChallengeId() const
{
    return json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("challenge"))
        .toObject()
        .value(QStringLiteral("challengeId"))
        .toString();
}

TestClient::TestClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
}

QNetworkReply* TestClient::start(const QByteArray& method, const QString& path, const QByteArray& body,
                                 const QString& bearerToken)
{
    QUrl url = m_baseUrl;
    // "…/confirm?token=…": what follows '?' is the query, sent as it is.
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setSslConfiguration(TestTls::configuration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toLatin1());
    if (body.isEmpty())
        return m_manager.sendCustomRequest(request, method);
    return m_manager.sendCustomRequest(request, method, body);
}

TestReply TestClient::finish(QNetworkReply* reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isFinished())
        reply->abort();
    return read(reply);
}

QMap<QString, int> TestClient::finishAll(const QList<QNetworkReply*>& replies, int timeoutMs)
{
    QMap<QString, int> outcomes;
    for (QNetworkReply* reply : replies) {
        const TestReply result = finish(reply, timeoutMs);
        if (!result.errorCode().isEmpty())
            ++outcomes[result.errorCode()];
        else if (result.status != 0)
            ++outcomes[QString::number(result.status)];
        else
            ++outcomes[QStringLiteral("network: ") + result.networkError];
    }
    return outcomes;
}

TestReply TestClient::read(QNetworkReply* reply)
{
    TestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.requestId = reply->rawHeader("X-Request-Id");
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

TestReply TestClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                           const QString& bearerToken, int timeoutMs)
{
    return finish(start(method, path, body, bearerToken), timeoutMs);
}

TestReply TestClient::get(const QString& path, const QString& bearerToken)
{
    return send("GET", path, {}, bearerToken);
}

TestReply TestClient::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestReply TestClient::postRaw(const QString& path, const QByteArray& body)
{
    return send("POST", path, body);
}

QJsonObject TestClient::signInBody(const QString& login, const QString& password, const QString& deviceId)
{
    return { { QStringLiteral("login"), login },
             { QStringLiteral("password"), password },
             { QStringLiteral("device"),
               QJsonObject { { QStringLiteral("id"), deviceId },
                             { QStringLiteral("name"), QStringLiteral("Test machine") },
                             { QStringLiteral("kind"), QStringLiteral("computer") },
                             { QStringLiteral("platform"), QStringLiteral("Linux") } } } };
}

QJsonObject TestClient::verifiedSignInBody(const QString& login, const QString& password,
                                           const QString& challengeId, const QString& code,
                                           const QString& deviceId)
{
    QJsonObject body = signInBody(login, password, deviceId);
    body.insert(
        QStringLiteral("deviceVerification"),
        QJsonObject { { QStringLiteral("challengeId"), challengeId }, { QStringLiteral("code"), code } });
    return body;
}
