// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Samples.h"

#include <QMap>
#include <QString>

class AccountApi;
class TestServer;

// Each step of registration and sign-in as the wizards send it, through core's AccountApi over
// TLS on loopback, timed from the call to its callback. Every round makes a new account, so no
// rate limit of one destination is met.
class ApiRoundTrips
{
public:
    ApiRoundTrips(AccountApi* api, TestServer* server);

    // False with error() when a step fails.
    bool run(int rounds);
    const QMap<QString, Samples>& steps() const { return m_steps; }
    QString error() const { return m_error; }

private:
    bool round(int index);
    QString latestCode(const QString& destination) const;

    AccountApi* m_api;
    TestServer* m_server;
    QMap<QString, Samples> m_steps;
    QString m_error;
};
