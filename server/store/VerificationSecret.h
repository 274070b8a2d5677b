// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// Verification codes and link tokens: made from libsodium's CSPRNG, kept in the database only as a
// keyed BLAKE2b (crypto_generichash) over the challenge ID and the secret, and compared in constant
// time. The key (ServerKey, in the data directory) is not in the database, so a stolen copy of the
// database alone does not let anyone try the million 6-digit codes offline; the ID in the input
// makes a code worth nothing for another challenge.
class VerificationSecret
{
public:
    static constexpr int kCodeLength = 6;
    static constexpr int kKeyBytes = 32;

    // Set once at start-up, before any request; hash() refuses to work without it.
    static void setKey(const QByteArray& key);
    static bool hasKey();

    static QString newCode(); // "042917": six uniformly random digits
    static QString newLinkToken(); // 32 random bytes, base64url without padding
    static QByteArray hash(const QString& challengeId, const QString& secret); // empty without a key
    static bool matches(const QByteArray& storedHash, const QString& challengeId, const QString& secret);
    // A key of its own for another use of the server key (crypto_kdf_derive_from_key; context: 8
    // characters naming the use), so that no two uses ever share key material. Empty without a key.
    static QByteArray subkey(quint64 id, const char* context);
};
