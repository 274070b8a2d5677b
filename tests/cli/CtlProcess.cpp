// SPDX-License-Identifier: Apache-2.0
#include "CtlProcess.h"

#include "TestAccountFlows.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

CtlProcess::CtlProcess(const QString& configHome)
    : m_configHome(configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    m_process.setProcessEnvironment(env);
    m_process.setProgram(QStringLiteral(ACCOUNT_CTL_BIN));
}

QJsonObject CtlProcess::Result::json() const
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.size() != 1)
        return {};
    return QJsonDocument::fromJson(lines.first()).object();
}

void CtlProcess::setEnvironment(const QString& name, const QString& value)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

void CtlProcess::setServer(const QUrl& server, const QString& caFile)
{
    m_global = { QStringLiteral("--server"), server.toString() };
    if (!caFile.isEmpty())
        m_global << QStringLiteral("--ca-file") << caFile;
}

QStringList CtlProcess::fullArguments(const QStringList& args) const
{
    return m_global + args;
}

CtlProcess::Result CtlProcess::run(const QStringList& args, const QByteArray& stdinData)
{
    start(args);
    write(stdinData);
    return finish();
}

void CtlProcess::start(const QStringList& args)
{
    m_out.clear();
    m_err.clear();
    m_transcript.clear();
    m_searchFrom = 0;
    m_process.setArguments(fullArguments(args));
    m_process.start();
    if (!m_process.waitForStarted(10000))
        qWarning("account-ctl did not start: %s", qPrintable(m_process.errorString()));
}

void CtlProcess::collect()
{
    const QByteArray out = m_process.readAllStandardOutput();
    const QByteArray err = m_process.readAllStandardError();
    m_out += out;
    m_err += err;
    m_everything += out + err;
    m_transcript += out + err;
}

bool CtlProcess::waitForText(const QByteArray& text, int timeoutMs)
{
    qsizetype found = -1;
    const bool ended = QTest::qWaitFor(
        [&] {
            collect();
            found = m_transcript.indexOf(text, m_searchFrom);
            return found >= 0 || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!ended || found < 0) {
        qWarning("account-ctl did not print \"%s\"; it printed: %s", text.constData(),
                 m_transcript.constData());
        return false;
    }
    m_searchFrom = found + text.size();
    return true;
}

void CtlProcess::write(const QByteArray& data)
{
    if (!data.isEmpty())
        m_process.write(data);
}

CtlProcess::Result CtlProcess::finish(bool closeStdin)
{
    if (closeStdin)
        m_process.closeWriteChannel();
    if (!m_process.waitForFinished(60000)) {
        qWarning("account-ctl did not finish; killing it");
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    collect();
    Result result;
    result.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    result.out = m_out;
    result.err = m_err;
    return result;
}

QString CtlProcess::settingsFile() const
{
    return m_configHome + QStringLiteral("/AccountManager/account-manager.conf");
}

CtlProcess::Result CtlProcess::login(const QString& login, const QString& password, Output output)
{
    QStringList args { QStringLiteral("login"), login, QStringLiteral("--password-stdin") };
    if (output == Output::Json)
        args.prepend(QStringLiteral("--json"));
    return run(args, password.toUtf8() + '\n');
}

QString CtlProcess::answerCaptcha(const TestServer& server)
{
    if (!waitForText("Type the characters from the picture"))
        return {};
    const QString answer = server.latestCaptchaAnswer();
    write(answer.toUtf8() + '\n');
    return answer;
}

bool CtlProcess::typeWrongCodeThen(const QString& code)
{
    write(TestAccountFlows::wrongCode(code).toUtf8() + '\n');
    if (!waitForText("E-CODE-WRONG") || !waitForText("Code ("))
        return false;
    write(code.toUtf8() + '\n');
    return true;
}

bool CtlProcess::typeNewPassword(const QString& password)
{
    if (!waitForText("New password"))
        return false;
    write(password.toUtf8() + '\n');
    if (!waitForText("Repeat the password"))
        return false;
    write(password.toUtf8() + '\n');
    return true;
}
