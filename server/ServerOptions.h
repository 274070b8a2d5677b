// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeliveryOptions.h"
#include "HttpLimits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// What `account-server [serve]` was told on its command line. parse() fills it in or explains
// what is wrong; it never exits, so main() decides how to report.
class ServerOptions
{
public:
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString dataDir;
    QString tlsCert;
    QString tlsKey;
    QString dbPath; // a SQLite file, or a postgres:// URL (see Database)
    QString verificationKeyPath;
    QString outboxPath;
    int accessTokenTtl = 900; // seconds
    int captchaTtl = 300; // seconds; hidden option so tests can see a captcha expire
    bool testCaptchaAnswers = false;
    int codeTtl = 600; // seconds a verification code lives; hidden option for tests
    int resendInterval = 60; // seconds between two codes of a registration; hidden, 0 for tests
    // A code to the bound email or phone before a device the account never used gets tokens.
    bool newDeviceVerification = true;
    // Threads that accept connections and answer the quick requests (0: one per core). Hashing
    // and delivery run on the worker pool whatever this is.
    int threads = 0;
    int walLimitMib = 64; // SQLite: the log is started over past this size; hidden, small for tests
    QUrl publicUrl; // base of emailed links; empty: https://<listen address>:<port>
    DeliveryOptions delivery;
    HttpLimits limits; // what one client may cost: sizes, timeouts, connections

    // arguments without the program name and without the "serve" word.
    // Returns false with a message in *error, or with *exitNow set for --help / --version.
    bool parse(const QStringList& arguments, QString* error, bool* exitNow, QString* output);
};
