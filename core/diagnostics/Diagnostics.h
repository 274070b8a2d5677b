// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticsReport.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class AccountApi;
class AccountSettings;
class ErrorHistory;
class Session;
class TokenStore;

// Runs the support checks one after another without ever blocking the caller's thread: the
// server address, a TCP connection, a TLS handshake trusting exactly what AccountApi trusts (the
// chain is kept even when it is not trusted), GET /v1/health (version, round trip, clock), a
// keychain probe under a service of its own, and the accounts signed in for the server (masked).
// Each check is reported by checkFinished() as it ends; finished() brings the whole report.
// The GUI's Help -> Diagnostics and account-ctl diagnose both use it.
class Diagnostics : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QUrl server; // may be invalid: the first check then fails with serverProblem
        QString serverProblem; // why server is invalid, shown as the cause
        QList<QSslCertificate> extraCas; // trusted besides the system CAs
        AccountApi* api = nullptr; // for GET /v1/health; its server URL must be server
        TokenStore* tokens = nullptr; // the app's keychain service: whether account entries exist
        AccountSettings* settings = nullptr; // the accounts signed in per server
        Session* session = nullptr; // optional: the signed-in account's (masked) profile
        ErrorHistory* history = nullptr; // nullptr: ErrorHistory::global()
        int timeoutMs = 10000; // per network step
        qint64 clockToleranceMs = 5 * 60 * 1000; // beyond this the clock check fails
    };

    explicit Diagnostics(QObject* parent = nullptr);
    ~Diagnostics() override;

    // Setup from an app's parts: the server and CAs of session->api().
    static Setup setupFor(Session* session, TokenStore* tokens, AccountSettings* settings);

    // Starts the checks; calling it while running is ignored.
    void start(const Setup& setup);
    bool isRunning() const { return m_running; }
    const DiagnosticsReport& report() const { return m_report; }

signals:
    void checkFinished(const DiagnosticCheck& check);
    void finished(const DiagnosticsReport& report);

private:
    void next();
    void add(DiagnosticCheck::Status status, const QString& name, const QString& detail,
             const QStringList& lines = {}, const QJsonObject& data = {});
    void failed(const ApiError& error, const QString& cause);

    void checkUrl();
    void checkTcp();
    void checkTls();
    void checkHealth();
    void checkKeychain();
    void checkAccounts();
    void checkAccountEntries(QList<qint64> remaining);

    Setup m_setup;
    DiagnosticsReport m_report;
    QList<std::function<void()>> m_steps;
    int m_step = 0;
    bool m_running = false;
    bool m_trusted = false;
};
