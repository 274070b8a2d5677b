// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CtlProcess.h"
#include "TestAccount.h"
#include "TestServer.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// What the account-ctl tests start from: a server of the test's own (failed sign-ins count per
// address, and every test signs in from 127.0.0.1), settings in a temporary folder, and account-ctl
// pointed at both. The helpers QVERIFY; a failure in init() skips the test.
class CliTestBase : public QObject
{
    Q_OBJECT

protected:
    // A fresh server, settings folder and account-ctl (m_server, m_config, m_ctl).
    void startServer();
    // The account the test works on, added by the operator command (m_accountId).
    void addAccount(const TestAccount& account);
    // m_ctl signs in to it.
    void signIn(const QString& login, const QString& password);
    // What init() of most tests does: startServer() and addAccount(), and with startSignedIn() also
    // signIn() with its login.
    void startWithAccount(const TestAccount& account);
    void startSignedIn(const TestAccount& account);
    // account-ctl on another computer: its own settings below m_config, the same server.
    std::unique_ptr<CtlProcess> otherComputer();
    // `logout` when account-ctl is there, so that no keychain entry outlives the test; everything
    // account-ctl printed since it was made, for the "no secret in any output" checks.
    QByteArray logout();
    // Ends what startServer() began, the newest first.
    void stopServer();
    // What cleanup() of most tests does: logout(), the output checked with verifyNoSecrets(), and
    // stopServer() even when a check failed.
    void logoutAndStop(const QStringList& secrets, const QStringList& addresses);

    // None of secrets (passwords, codes, tokens) is in output, nor any of addresses in full: account-ctl
    // only ever shows them masked.
    static void verifyNoSecrets(const QByteArray& output, const QStringList& secrets,
                                const QStringList& addresses);

    // The code of a --json error: {"error": {"code": "E-…"}}.
    static QString errorCode(const CtlProcess::Result& result);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<CtlProcess> m_ctl;
    qint64 m_accountId = 0;
};
