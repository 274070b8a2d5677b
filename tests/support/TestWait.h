// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTest>

// Waiting in a test for the callback of an asynchronous call (AccountApi, TokenStore, Session), so
// that no test writes its own event loop for it.
namespace TestWait {

// start(context, done) begins the call with `context` as the callback's receiver, and the callback
// calls done(). True once it did, false after timeoutMs. The context dies with the wait, so a
// callback that comes after the timeout is dropped instead of writing to a stack that is gone.
template<typename Start> bool forCallback(Start start, int timeoutMs = 30000)
{
    QObject context;
    bool done = false;
    start(&context, [&done] { done = true; });
    return done || QTest::qWaitFor([&done] { return done; }, timeoutMs);
}

} // namespace TestWait
