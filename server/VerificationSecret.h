#pragma once

#include <QByteArray>
#include <QString>

// Verification codes and link tokens: made from libsodium's CSPRNG, kept in the database only as
// SHA-256 over the registration ID and the secret (so a code is worth nothing for another
// registration), and compared in constant time.
class VerificationSecret
{
public:
    static constexpr int kCodeLength = 6;

    static QString newCode(); // "042917": six uniformly random digits
    static QString newLinkToken(); // 32 random bytes, base64url without padding
    static QByteArray hash(const QString& registrationId, const QString& secret);
    static bool matches(const QByteArray& storedHash, const QString& registrationId, const QString& secret);
};
