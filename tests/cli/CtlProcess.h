// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class TestServer;

// account-ctl (ACCOUNT_CTL_BIN) as a test runs it: with XDG_CONFIG_HOME pointing at configHome,
// so its settings are the test's own, and the test's D-Bus session, so it uses the keychain the
// test sees. Collects everything it ever printed, for the "no secret in any output" checks.
class CtlProcess
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const; // stdout as one JSON object; empty when it is not exactly that
    };

    explicit CtlProcess(const QString& configHome);

    // An environment variable of the child, e.g. DBUS_SESSION_BUS_ADDRESS for a missing keychain.
    void setEnvironment(const QString& name, const QString& value);

    // Global options put before every command: --server URL [--ca-file PEM].
    void setServer(const QUrl& server, const QString& caFile);

    // Runs to the end with stdinData piped in (and stdin closed).
    Result run(const QStringList& args, const QByteArray& stdinData = {});
    enum class Output { Text, Json }; // Json: with --json
    // `login LOGIN --password-stdin`, the password piped in.
    Result login(const QString& login, const QString& password, Output output = Output::Text);

    // Interactive use: start, wait for a prompt, answer, finish.
    void start(const QStringList& args);
    // Waits until text appears in stdout or stderr after the previous match (or the start).
    bool waitForText(const QByteArray& text, int timeoutMs = 30000);
    void write(const QByteArray& data);
    // At the captcha prompt: types the answer to the newest captcha server handed out. Returns
    // it; empty when the prompt did not come or there was no captcha.
    QString answerCaptcha(const TestServer& server);
    // At a code prompt: types a wrong code, and code once account-ctl has refused it and asks again.
    // False when it did not refuse the wrong one or did not ask again.
    bool typeWrongCodeThen(const QString& code);
    // At the new-password prompt: types password and, asked to, its repeat. False when a prompt
    // did not come.
    bool typeNewPassword(const QString& password);
    Result finish(bool closeStdin = true);

    QString settingsFile() const; // configHome/AccountManager/account-manager.conf, the app's file
    QByteArray everything() const { return m_everything; }

private:
    QStringList fullArguments(const QStringList& args) const;
    void collect();

    QString m_configHome;
    QStringList m_global;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QByteArray m_everything;
    QByteArray m_transcript; // stdout and stderr of this run, in the order read
    qsizetype m_searchFrom = 0;
};
