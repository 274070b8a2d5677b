// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"

#include <QStringList>
#include <memory>

// A started TestServer with a TestClient on it and the drivers of its flows: what most server tests
// set up before their first request, in one place instead of in each test.
//
//     TestStack stack;
//     QVERIFY2(stack.start({ "--resend-interval", "0" }), qPrintable(stack.server->errorString()));
//     const TestReply reply = stack.flows->signIn("anna@example.com", "Anna2026pass");
struct TestStack
{
    // A new server (the previous one stops first) started with extraArgs, and the client and drivers
    // on it; false when the server did not start (server->errorString() says why).
    bool start(const QStringList& extraArgs = {});
    // start() with new-device verification on (TestServer turns it off), for the tests of it.
    bool startVerifyingNewDevices(const QStringList& extraArgs = {});
    // start() on the database of `other`'s server (TestServer::shareDatabaseWith), as a second
    // server of one deployment; `other` must outlive this stack's server.
    bool startSharingDatabaseWith(const TestStack& other, const QStringList& extraArgs = {});
    // Stops the server and drops the client and the drivers, so that each test starts afresh.
    void reset();

    std::unique_ptr<TestServer> server;
    std::unique_ptr<TestClient> client;
    std::unique_ptr<TestAccountFlows> flows;
    std::unique_ptr<TestRegistration> registration;

private:
    bool launch(const QStringList& extraArgs, bool verifyNewDevices, const TestServer* shareWith = nullptr);
};
