// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// The server's secret key for hashing verification codes and link tokens (VerificationSecret):
// 32 random bytes in DATA_DIR/verification.key, made on first start with mode 0600. It lives
// beside the database, not in it, so a leaked database (a backup, a copied file) is not enough to
// brute-force codes. Losing it only kills the codes in flight.
class ServerKey
{
public:
    // The key, or empty with *error set when the file cannot be read, made or is malformed.
    static QByteArray loadOrCreate(const QString& path, QString* error);
};
