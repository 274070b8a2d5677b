// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticCheck.h"
#include "ErrorRecord.h"
#include "protocol/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// What Diagnostics found, for the Help -> Diagnostics dialog, account-ctl diagnose and support:
// typed facts for a UI, the checks in order, and a plain-text and a JSON rendering. Holds no
// secret and no address in full: emails and phones are masked, and both renderings go through the
// Redactor once more.
struct DiagnosticsReport
{
    struct Certificate
    {
        QString subject; // common name
        QString issuer; // common name
        QDateTime expiry; // UTC
        QString describe() const; // "subject CN=…; issuer CN=…; expires 2027-03-01T00:00:00Z"
    };
    struct Account
    {
        qint64 accountId = 0;
        bool current = false;
        QString maskedEmail; // empty when unknown (only the signed-in account's profile is known)
        QString maskedPhone;
        QString keychain; // "keychain entry present", "no keychain entry", "keychain not checked", …

        // What is known of it, for the report and the accounts check: "current", the masked
        // email and phone when known, the keychain's state.
        QStringList facts() const;
    };

    QDateTime createdAt; // UTC
    // This side.
    QString appVersion;
    QString qtVersion;
    QString os;
    QString logDirectory; // where this process's rotating log files are (Logging::logDirectory())
    // The server.
    QString serverUrl;
    QString proxy; // how requests go out: "none", "system (…)", "socks5://host:1080, user set"
    bool reachable = false; // a TCP connection could be made
    qint64 roundTripMs = -1; // GET /v1/health; -1 when it was not asked
    QString serverVersion;
    // TLS, as the handshake with the trusted CAs went.
    bool tlsTrusted = false;
    QString tlsProtocol; // "TLS 1.3"
    QString tlsCipher;
    QList<Certificate> certificates; // as presented, leaf first (also when not trusted)
    QStringList tlsErrors; // why verification failed
    // Clock: server minus this computer, from the health reply's time.
    bool clockKnown = false;
    qint64 clockDifferenceMs = 0;
    // Keychain.
    bool keychainWorks = false;
    QString keychainBackend; // "Secret Service (D-Bus)", "macOS Keychain", "Windows Credential Manager"
    QString keychainProblem; // why not, empty when it works
    // Accounts signed in for this server, and the last errors of this installation.
    QList<Account> accounts;
    QList<ErrorRecord> recentErrors;

    QList<DiagnosticCheck> checks; // in order: server URL, TCP, TLS, health, keychain, accounts
    // The first failure: its error (code, detail) and a sentence with the likely cause and remedy.
    ApiError error;
    QString cause;

    bool ok() const { return !error.isError(); }
    QString toText() const;
    QJsonObject toJson() const;
};
