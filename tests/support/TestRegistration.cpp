// SPDX-License-Identifier: Apache-2.0
#include "TestRegistration.h"

#include "TestServer.h"

TestRegistration::TestRegistration(TestServer* server, TestClient* client)
    : m_server(server)
    , m_client(client)
{
}

QJsonObject TestRegistration::solvedCaptcha()
{
    const TestReply reply = m_client->send("POST", QStringLiteral("/v1/captcha"));
    const QString id = reply.json.value(QStringLiteral("captchaId")).toString();
    return { { QStringLiteral("id"), id }, { QStringLiteral("answer"), m_server->captchaAnswer(id) } };
}

TestReply TestRegistration::start(const QString& method, const QString& value, const QString& region,
                                  const QJsonObject& captcha)
{
    return m_client->post(QStringLiteral("/v1/registrations"),
                          { { QStringLiteral("method"), method },
                            { method, value },
                            { QStringLiteral("region"), region },
                            { QStringLiteral("marketingOptIn"), true },
                            { QStringLiteral("captcha"), captcha.isEmpty() ? solvedCaptcha() : captcha } });
}

TestReply TestRegistration::startEmail(const QString& email, const QString& region)
{
    return start(QStringLiteral("email"), email, region);
}

TestReply TestRegistration::startPhone(const QString& phone, const QString& region)
{
    return start(QStringLiteral("phone"), phone, region);
}

TestReply TestRegistration::status(const QString& id)
{
    return m_client->get(QStringLiteral("/v1/registrations/%1").arg(id));
}

TestReply TestRegistration::resend(const QString& id)
{
    return m_client->send("POST", QStringLiteral("/v1/registrations/%1/resend").arg(id));
}

TestReply TestRegistration::verify(const QString& id, const QString& code)
{
    return m_client->post(QStringLiteral("/v1/registrations/%1/verify").arg(id),
                          { { QStringLiteral("code"), code } });
}

TestReply TestRegistration::complete(const QString& id, const QString& password, const QString& deviceId)
{
    const QJsonObject signIn = TestClient::signInBody(QString(), password, deviceId);
    return m_client->post(QStringLiteral("/v1/registrations/%1/complete").arg(id),
                          { { QStringLiteral("password"), password },
                            { QStringLiteral("device"), signIn.value(QStringLiteral("device")) } });
}

QJsonObject TestRegistration::lastMessage(const QString& destination) const
{
    QJsonObject last;
    const QList<QJsonObject> entries = m_server->outboxEntries();
    for (const QJsonObject& entry : entries) {
        if (entry.value(QStringLiteral("destination")).toString() == destination)
            last = entry;
    }
    return last;
}

QString TestRegistration::lastCode(const QString& destination) const
{
    return lastMessage(destination).value(QStringLiteral("code")).toString();
}

int TestRegistration::messageCount(const QString& destination) const
{
    int count = 0;
    const QList<QJsonObject> entries = m_server->outboxEntries();
    for (const QJsonObject& entry : entries)
        count += entry.value(QStringLiteral("destination")).toString() == destination ? 1 : 0;
    return count;
}

QString TestRegistration::verifiedRegistration(const QString& method, const QString& value,
                                               const QString& destination)
{
    const TestReply started = start(method, value);
    const QString id = started.json.value(QStringLiteral("registrationId")).toString();
    if (started.status != 201 || verify(id, lastCode(destination)).status != 200)
        return {};
    return id;
}
