// SPDX-License-Identifier: Apache-2.0
#include "TestStack.h"

bool TestStack::start(const QStringList& extraArgs)
{
    reset();
    server = std::make_unique<TestServer>();
    if (!server->start(extraArgs))
        return false;
    client = std::make_unique<TestClient>(server->url());
    flows = std::make_unique<TestAccountFlows>(server.get(), client.get());
    registration = std::make_unique<TestRegistration>(server.get(), client.get());
    return true;
}

bool TestStack::startVerifyingNewDevices(const QStringList& extraArgs)
{
    return start(QStringList { QStringLiteral("--new-device-verification"), QStringLiteral("on") }
                 + extraArgs);
}

void TestStack::reset()
{
    // The drivers point at the client and the server: they go first.
    registration.reset();
    flows.reset();
    client.reset();
    server.reset();
}
