// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Argon2id through libsodium with the INTERACTIVE limits (about 50 ms and 64 MiB per call), so
// call it from a worker thread, never from the event loop.
class PasswordHasher
{
public:
    static QString hash(const QString& password); // empty when out of memory
    static bool verify(const QString& storedHash, const QString& password);
    // For logins with no account: spends the same time as a real check, then says no, so
    // response timing does not tell which logins exist.
    static void verifyDummy(const QString& password);
};
