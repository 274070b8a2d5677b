// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"

#include <QTest>

void CliTestBase::startServer()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_config = std::make_unique<QTemporaryDir>();
    m_ctl = std::make_unique<CtlProcess>(m_config->path());
    m_ctl->setServer(m_server->url(), m_server->caCertificatePath());
}

void CliTestBase::addAccount(const TestAccount& account)
{
    if (QTest::currentTestFailed())
        return;
    m_accountId = m_server->addAccount(account);
    QVERIFY2(m_accountId > 0, qPrintable(m_server->errorString()));
}

void CliTestBase::signIn(const QString& login, const QString& password)
{
    if (QTest::currentTestFailed())
        return;
    const auto result = m_ctl->login(login, password);
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void CliTestBase::startWithAccount(const TestAccount& account)
{
    startServer();
    addAccount(account);
}

void CliTestBase::startSignedIn(const TestAccount& account)
{
    startWithAccount(account);
    signIn(account.login(), account.password);
}

std::unique_ptr<CtlProcess> CliTestBase::otherComputer()
{
    auto other = std::make_unique<CtlProcess>(m_config->path() + QStringLiteral("/other"));
    other->setServer(m_server->url(), m_server->caCertificatePath());
    return other;
}

QByteArray CliTestBase::logout()
{
    if (!m_ctl)
        return {};
    m_ctl->run({ QStringLiteral("logout") });
    return m_ctl->everything();
}

void CliTestBase::stopServer()
{
    m_ctl.reset();
    m_config.reset();
    m_server.reset();
}

void CliTestBase::logoutAndStop(const QStringList& secrets, const QStringList& addresses)
{
    verifyNoSecrets(logout(), secrets, addresses);
    stopServer();
}

void CliTestBase::verifyNoSecrets(const QByteArray& output, const QStringList& secrets,
                                  const QStringList& addresses)
{
    // The secret itself is not printed: the test's own output is a log too.
    for (const QString& secret : secrets)
        QVERIFY2(!output.contains(secret.toUtf8()),
                 "a password, code or token appeared in account-ctl's output");
    for (const QString& address : addresses)
        QVERIFY2(!output.contains(address.toUtf8()), qPrintable(address + " appeared unmasked"));
}

QString CliTestBase::errorCode(const CtlProcess::Result& result)
{
    return result.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
}
