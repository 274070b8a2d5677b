// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestClient.h"

class TestServer;

// Drives the /v1/registrations routes of a TestServer for tests: solves captchas from the outbox
// and reads the codes the server "delivered" there.
//
//     TestRegistration reg(&server, &client);
//     const TestReply started = reg.startEmail("zoe@example.com");
//     const QString id = started.json["registrationId"].toString();
//     reg.verify(id, reg.lastCode("zoe@example.com"));
//     const TestReply tokens = reg.complete(id, "Zoe2026secure");
class TestRegistration
{
public:
    TestRegistration(TestServer* server, TestClient* client);

    // {id, answer} of a fresh captcha, answered right.
    QJsonObject solvedCaptcha();
    // POST /v1/registrations with a solved captcha (unless `captcha` is given).
    TestReply start(const QString& method, const QString& value, const QString& region = QStringLiteral("RU"),
                    const QJsonObject& captcha = {});
    TestReply startEmail(const QString& email, const QString& region = QStringLiteral("RU"));
    TestReply startPhone(const QString& phone, const QString& region = QStringLiteral("RU"));
    TestReply status(const QString& id);
    TestReply resend(const QString& id);
    TestReply verify(const QString& id, const QString& code);
    TestReply complete(const QString& id, const QString& password,
                       const QString& deviceId = QStringLiteral("new-device"));

    // The newest outbox entry for this destination (normalized email or E.164), empty when none.
    QJsonObject lastMessage(const QString& destination) const;
    QString lastCode(const QString& destination) const;
    int messageCount(const QString& destination) const;
    // start, read the code, verify: the ID of a verified registration, empty on failure.
    QString verifiedRegistration(const QString& method, const QString& value, const QString& destination);

private:
    TestServer* m_server;
    TestClient* m_client;
};
