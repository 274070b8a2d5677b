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

void CliTestBase::addAccount(const QString& email, const QString& phone, const QString& password)
{
    if (QTest::currentTestFailed())
        return;
    m_accountId = m_server->addAccount(email, phone, QStringLiteral("RU"), password);
    QVERIFY2(m_accountId > 0, qPrintable(m_server->errorString()));
}

void CliTestBase::signIn(const QString& login, const QString& password)
{
    if (QTest::currentTestFailed())
        return;
    const auto result = m_ctl->login(login, password);
    QVERIFY2(result.exitCode == 0, result.err.constData());
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

QString CliTestBase::errorCode(const CtlProcess::Result& result)
{
    return result.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
}
