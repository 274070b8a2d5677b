// SPDX-License-Identifier: Apache-2.0
#include "VerificationSecret.h"

#include <sodium.h>

namespace {
// Written once before the server listens, read-only afterwards from worker threads.
QByteArray g_key;
} // namespace

void VerificationSecret::setKey(const QByteArray& key)
{
    g_key = key;
}

bool VerificationSecret::hasKey()
{
    return g_key.size() == kKeyBytes;
}

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

QByteArray VerificationSecret::hash(const QString& challengeId, const QString& secret)
{
    if (!hasKey())
        return {};
    // The ID is fixed-length hex, so "id:secret" cannot be read two ways.
    const QByteArray input = challengeId.toLatin1() + ':' + secret.toUtf8();
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()),
                       reinterpret_cast<const unsigned char*>(g_key.constData()), size_t(g_key.size()));
    return out;
}

bool VerificationSecret::matches(const QByteArray& storedHash, const QString& challengeId,
                                 const QString& secret)
{
    const QByteArray candidate = hash(challengeId, secret);
    if (candidate.isEmpty() || storedHash.size() != candidate.size())
        return false;
    return sodium_memcmp(storedHash.constData(), candidate.constData(), size_t(candidate.size())) == 0;
}

QByteArray VerificationSecret::subkey(quint64 id, const char* context)
{
    static_assert(kKeyBytes == crypto_kdf_KEYBYTES, "the server key is a libsodium KDF master key");
    if (!hasKey() || qstrlen(context) != crypto_kdf_CONTEXTBYTES)
        return {};
    QByteArray key(kKeyBytes, '\0');
    if (crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()), id,
                                   context, reinterpret_cast<const unsigned char*>(g_key.constData()))
        != 0)
        return {};
    return key;
}
