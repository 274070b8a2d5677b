// SPDX-License-Identifier: Apache-2.0
#include "TestAccountFlows.h"

#include <QJsonDocument>

TestAccountFlows::TestAccountFlows(TestServer* server, TestClient* client)
    : m_client(client)
    , m_reg(server, client)
{
}

QString TestAccountFlows::wrongCode(const QString& right)
{
    return right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

TestReply TestAccountFlows::sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                                     const QString& accessToken)
{
    return m_client->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), accessToken);
}

TestReply TestAccountFlows::signIn(const QString& login, const QString& password, const QString& deviceId,
                                   bool withCaptcha)
{
    QJsonObject body = TestClient::signInBody(login, password, deviceId);
    if (withCaptcha)
        body.insert(QStringLiteral("captcha"), solvedCaptcha());
    return sendJson("POST", QStringLiteral("/v1/sessions"), body);
}

TestReply TestAccountFlows::signInVerified(const QString& login, const QString& password,
                                           const QString& challengeId, const QString& code,
                                           const QString& deviceId)
{
    return sendJson("POST", QStringLiteral("/v1/sessions"),
                    TestClient::verifiedSignInBody(login, password, challengeId, code, deviceId));
}

TestReply TestAccountFlows::refresh(const QString& refreshToken)
{
    return sendJson("POST", QStringLiteral("/v1/sessions/refresh"),
                    { { QStringLiteral("refreshToken"), refreshToken } });
}

TestReply TestAccountFlows::profile(const QString& accessToken)
{
    return m_client->get(QStringLiteral("/v1/account"), accessToken);
}

TestReply TestAccountFlows::startPasswordChange(const QString& accessToken, const QString& via)
{
    QJsonObject body;
    if (!via.isEmpty())
        body.insert(QStringLiteral("via"), via);
    return sendJson("POST", QStringLiteral("/v1/account/password/challenges"), body, accessToken);
}

TestReply TestAccountFlows::changePassword(const QString& accessToken, const QString& challengeId,
                                           const QString& code, const QString& newPassword)
{
    return sendJson("POST", QStringLiteral("/v1/account/password"),
                    { { QStringLiteral("challengeId"), challengeId },
                      { QStringLiteral("code"), code },
                      { QStringLiteral("newPassword"), newPassword } },
                    accessToken);
}

TestReply TestAccountFlows::resendChallenge(const QString& accessToken, const QString& challengeId)
{
    return sendJson("POST", QStringLiteral("/v1/account/challenges/%1/resend").arg(challengeId), {},
                    accessToken);
}

TestReply TestAccountFlows::putContact(const QString& accessToken, const QString& what,
                                       const QJsonObject& body)
{
    return sendJson("PUT", QStringLiteral("/v1/account/") + what, body, accessToken);
}

TestReply TestAccountFlows::startRecovery(const QString& login, const QString& via)
{
    QJsonObject body { { QStringLiteral("login"), login }, { QStringLiteral("captcha"), solvedCaptcha() } };
    if (!via.isEmpty())
        body.insert(QStringLiteral("via"), via);
    return sendJson("POST", QStringLiteral("/v1/recoveries"), body);
}

TestReply TestAccountFlows::recoverySend(const QString& id, const QString& via)
{
    return sendJson("POST", QStringLiteral("/v1/recoveries/%1/send").arg(id),
                    { { QStringLiteral("via"), via } });
}

TestReply TestAccountFlows::recoveryResend(const QString& id)
{
    return sendJson("POST", QStringLiteral("/v1/recoveries/%1/resend").arg(id), {});
}

TestReply TestAccountFlows::recoveryVerify(const QString& id, const QString& code)
{
    return sendJson("POST", QStringLiteral("/v1/recoveries/%1/verify").arg(id),
                    { { QStringLiteral("code"), code } });
}

TestReply TestAccountFlows::recoveryComplete(const QString& id, const QString& code,
                                             const QString& newPassword)
{
    return sendJson("POST", QStringLiteral("/v1/recoveries/%1/complete").arg(id),
                    { { QStringLiteral("code"), code }, { QStringLiteral("newPassword"), newPassword } });
}
