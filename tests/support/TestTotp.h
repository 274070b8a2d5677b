// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

// The code an authenticator app would show for a base32 secret (RFC 6238: SHA-1, 30-second steps),
// computed by liboath as the server computes it: what a test types where a user reads the phone.
namespace TestTotp {
// The code at a time (now by default); empty when the secret is not valid base32.
QString code(const QString& base32Secret, const QDateTime& at = QDateTime::currentDateTimeUtc(),
             int digits = 6, int period = 30);
// Seconds until the code shown now changes: a test that needs two codes of distinct windows waits.
int secondsLeft(int period = 30);
} // namespace TestTotp
