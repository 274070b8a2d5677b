// SPDX-License-Identifier: Apache-2.0
#include "TestStack.h"

bool TestStack::start(const QStringList& extraArgs)
{
    return launch(extraArgs, false);
}

bool TestStack::startVerifyingNewDevices(const QStringList& extraArgs)
{
    return launch(extraArgs, true);
}

bool TestStack::startSharingDatabaseWith(const TestStack& other, const QStringList& extraArgs)
{
    return launch(extraArgs, false, other.server.get());
}

bool TestStack::launch(const QStringList& extraArgs, bool verifyNewDevices, const TestServer* shareWith)
{
    reset();
    server = std::make_unique<TestServer>();
    if (shareWith)
        server->shareDatabaseWith(*shareWith);
    server->setNewDeviceVerification(verifyNewDevices);
    if (!server->start(extraArgs))
        return false;
    client = std::make_unique<TestClient>(server->url());
    flows = std::make_unique<TestAccountFlows>(server.get(), client.get());
    registration = std::make_unique<TestRegistration>(server.get(), client.get());
    return true;
}

void TestStack::reset()
{
    // The drivers point at the client and the server: they go first.
    registration.reset();
    flows.reset();
    client.reset();
    server.reset();
}
