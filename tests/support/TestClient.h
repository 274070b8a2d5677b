// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QUrl>

class QNetworkReply;

// A blocking HTTPS client for server tests: sends raw bytes (so malformed input can be sent) and
// waits for the answer in a local event loop. Trusts only the test CA (TestTls).
struct TestReply
{
    int status = 0; // HTTP status, 0 when there was no HTTP answer
    QByteArray body;
    QJsonObject json; // body parsed as an object, empty otherwise
    QByteArray requestId; // X-Request-Id header
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when the request got an HTTP answer (any status)

    // json["error"]["code"], json["error"]["field"], json["error"]["requestId"]
    QString errorCode() const;
    QString errorField() const;
    QString errorRequestId() const;
    // json["accessToken"] and json["refreshToken"]: the tokens of a sign-in, registration or refresh.
    QString accessToken() const { return json.value(QLatin1String("accessToken")).toString(); }
    QString refreshToken() const { return json.value(QLatin1String("refreshToken")).toString(); }
    // json["error"]["challenge"]["challengeId"]: the challenge of an E-DEVICE-VERIFICATION-REQUIRED.
    QString deviceChallengeId() const;
};

class TestClient
{
public:
    explicit TestClient(QUrl baseUrl);

    // path may carry a query: "/v1/registrations/ID/confirm?token=…".
    TestReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QString& bearerToken = {}, int timeoutMs = 30000);
    TestReply get(const QString& path, const QString& bearerToken = {});
    TestReply post(const QString& path, const QJsonObject& body);
    TestReply postRaw(const QString& path, const QByteArray& body);

    // Starts a request without waiting; collect it with TestClient::finish().
    QNetworkReply* start(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const QString& bearerToken = {});
    static TestReply finish(QNetworkReply* reply, int timeoutMs = 30000);
    static TestReply read(QNetworkReply* reply); // reply must have finished
    // finish() for every reply of a race, counted by outcome: the error code of a refusal
    // ("E-RATE-LIMITED"), else the HTTP status ("201"), else "network: " and what went wrong.
    static QMap<QString, int> finishAll(const QList<QNetworkReply*>& replies, int timeoutMs = 30000);

    // {login, password, device:{id, name, kind:"computer", platform:"Linux"}} for POST /v1/sessions.
    static QJsonObject signInBody(const QString& login, const QString& password,
                                  const QString& deviceId = QStringLiteral("test-device"));
    // signInBody() with the answer to the device's verification: deviceVerification {challengeId, code}.
    static QJsonObject verifiedSignInBody(const QString& login, const QString& password,
                                          const QString& challengeId, const QString& code,
                                          const QString& deviceId = QStringLiteral("test-device"));

    QNetworkAccessManager* manager() { return &m_manager; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_manager;
};
