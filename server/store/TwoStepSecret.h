// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// The secrets of two-step verification as the database holds them. A TOTP secret (20 random
// bytes, RFC 4226's recommended length) is needed in the clear to compute codes, so it is stored
// encrypted: crypto_secretbox (XSalsa20-Poly1305) with a random nonce, under a key derived from the
// server key (ServerKey), which lives beside the database, not in it. Backup codes are only ever
// compared, so only a keyed BLAKE2b of each is stored (crypto_generichash, another derived key),
// over the account ID and the code: a copy of the database alone gives neither secrets nor codes.
// A keyed hash and not Argon2id: the codes are 60 random bits, not a person's password, so a slow
// hash adds nothing against guessing, and a deterministic one lets a code be found and used up in
// one conditional UPDATE (single use even under racing requests) instead of ten Argon2id runs per
// attempt, which would hand anyone with a session a cheap way to load the server.
class TwoStepSecret
{
public:
    static constexpr int kSecretBytes = 20;
    static constexpr int kBackupCodeLength = 12; // characters, shown in three groups of four

    static QByteArray newSecret(); // kSecretBytes from libsodium's CSPRNG
    // nonce + ciphertext; empty without the server key.
    static QByteArray seal(const QByteArray& secret);
    // The secret, or empty when the box does not open (another key, damaged).
    static QByteArray open(const QByteArray& sealed);

    // "7kq2-xm4p-bd9w": 12 characters of a 31-letter alphabet without 0/o, 1/l/i (about 59 bits).
    static QString newBackupCode();
    // What the user typed, as it is hashed: lower case, spaces and dashes gone.
    static QString normalizeBackupCode(const QString& typed);
    static QByteArray backupCodeHash(qint64 accountId, const QString& normalizedCode);
};
