#pragma once

#include "Command.h"

#include <QJsonArray>
#include <QList>
#include <functional>

// `diagnose`: the checks support staff walk a customer through, in order, each one line
// "OK|FAIL|SKIP name: detail": the server address, TCP, TLS (chain, protocol, cipher), /v1/health
// (version, round trip, clock), the keychain, and the accounts signed in for this server. The first
// failure gives the exit code and a "Cause:" line that says what to do.
class DiagnoseCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    bool needsServer() const override { return false; }
    void run(const QCommandLineParser& parser, const QStringList& arguments) override;

private:
    enum class Status { Ok, Fail, Skip };

    void next();
    void report(Status status, const QString& name, const QString& detail, const QStringList& more = {},
                const QJsonObject& extra = {});
    // Records the first failure: its exit code, error and the cause line.
    void failed(const ApiError& error, const QString& cause);
    void end();

    void checkUrl();
    void checkTcp();
    void checkTls();
    void checkHealth();
    void checkKeychain();
    void checkAccounts();
    void checkAccountEntries(QList<qint64> remaining, QStringList described);

    QList<std::function<void()>> m_steps;
    int m_step = 0;
    bool m_reachable = false; // URL, TCP and TLS passed: the server can be asked
    bool m_keychainWorks = false;
    QJsonArray m_checks;
    int m_exitCode = 0;
    ApiError m_error;
    QString m_cause;
};
