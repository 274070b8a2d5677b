#include "VerificationSecret.h"

#include <sodium.h>

QString VerificationSecret::newCode()
{
    // randombytes_uniform avoids the modulo bias of random() % 10.
    QString code;
    for (int i = 0; i < kCodeLength; ++i)
        code += QLatin1Char(char('0' + randombytes_uniform(10)));
    return code;
}

QString VerificationSecret::newLinkToken()
{
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray VerificationSecret::hash(const QString& registrationId, const QString& secret)
{
    // The ID is fixed-length hex, so "id:secret" cannot be read two ways.
    const QByteArray input = registrationId.toLatin1() + ':' + secret.toUtf8();
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()));
    return out;
}

bool VerificationSecret::matches(const QByteArray& storedHash, const QString& registrationId,
                                 const QString& secret)
{
    const QByteArray candidate = hash(registrationId, secret);
    if (storedHash.size() != candidate.size())
        return false;
    return sodium_memcmp(storedHash.constData(), candidate.constData(), size_t(candidate.size())) == 0;
}
