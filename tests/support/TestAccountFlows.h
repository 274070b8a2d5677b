// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestAccount.h"
#include "TestClient.h"
#include "TestRegistration.h"

class TestServer;

// Drives the account-change routes of a TestServer for tests: sign-in, password change, email and
// phone change, and recovery, with captchas solved and codes read from the outbox.
//
//     TestAccountFlows flows(&server, &client);
//     const QString token = flows.signIn("anna@example.com", "Anna2026pass").json["accessToken"]…;
//     const TestReply challenge = flows.startPasswordChange(token, "email");
//     flows.changePassword(token, challenge.json["challengeId"]…, flows.lastCode("anna@example.com"), …);
class TestAccountFlows
{
public:
    TestAccountFlows(TestServer* server, TestClient* client);

    TestReply signIn(const QString& login, const QString& password,
                     const QString& deviceId = QStringLiteral("test-device"), bool withCaptcha = false);
    TestReply signIn(const TestAccount& account, const QString& deviceId = QStringLiteral("test-device"),
                     bool withCaptcha = false)
    {
        return signIn(account.login(), account.password, deviceId, withCaptcha);
    }
    // signIn() from a device answering its verification (TestClient::verifiedSignInBody).
    TestReply signInVerified(const QString& login, const QString& password, const QString& challengeId,
                             const QString& code, const QString& deviceId = QStringLiteral("test-device"));
    TestReply refresh(const QString& refreshToken);
    TestReply profile(const QString& accessToken);

    TestReply startPasswordChange(const QString& accessToken, const QString& via = {});
    TestReply changePassword(const QString& accessToken, const QString& challengeId, const QString& code,
                             const QString& newPassword);
    TestReply resendChallenge(const QString& accessToken, const QString& challengeId);
    // PUT /v1/account/email or /phone with any body.
    TestReply putContact(const QString& accessToken, const QString& what, const QJsonObject& body);

    TestReply startRecovery(const QString& login, const QString& via = {});
    TestReply recoverySend(const QString& id, const QString& via);
    TestReply recoveryResend(const QString& id);
    TestReply recoveryVerify(const QString& id, const QString& code);
    TestReply recoveryComplete(const QString& id, const QString& code, const QString& newPassword);

    // Outbox helpers of TestRegistration: the newest message and code for a destination.
    QJsonObject lastMessage(const QString& destination) const { return m_reg.lastMessage(destination); }
    QString lastCode(const QString& destination) const { return m_reg.lastCode(destination); }
    int messageCount(const QString& destination) const { return m_reg.messageCount(destination); }
    QJsonObject solvedCaptcha() { return m_reg.solvedCaptcha(); }
    // A 6-digit code that differs from `right`.
    static QString wrongCode(const QString& right);

private:
    TestReply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                       const QString& accessToken = {});

    TestClient* m_client;
    TestRegistration m_reg;
};
