// SPDX-License-Identifier: Apache-2.0
#include "TwoStepSecret.h"

#include "VerificationSecret.h"

#include <sodium.h>

namespace {
// The derived keys' IDs and context: one key for the sealed secrets, one for the backup codes.
constexpr char kContext[] = "two-step";
constexpr quint64 kSealKeyId = 1;
constexpr quint64 kBackupKeyId = 2;
constexpr char kAlphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}
} // namespace

QByteArray TwoStepSecret::newSecret()
{
    QByteArray secret(kSecretBytes, '\0');
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

QByteArray TwoStepSecret::seal(const QByteArray& secret)
{
    const QByteArray key = VerificationSecret::subkey(kSealKeyId, kContext);
    if (key.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray sealed(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + secret.size(), '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, bytes(secret),
                          static_cast<unsigned long long>(secret.size()), nonce, bytes(key));
    return sealed;
}

QByteArray TwoStepSecret::open(const QByteArray& sealed)
{
    const QByteArray key = VerificationSecret::subkey(kSealKeyId, kContext);
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (key.size() != crypto_secretbox_KEYBYTES || sealed.size() <= overhead)
        return {};
    QByteArray secret(sealed.size() - overhead, '\0');
    const unsigned char* nonce = bytes(sealed);
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(secret.data()), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce, bytes(key))
        != 0)
        return {};
    return secret;
}

QString TwoStepSecret::newBackupCode()
{
    const quint32 letters = sizeof kAlphabet - 1;
    QString code;
    for (int i = 0; i < kBackupCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[randombytes_uniform(letters)]);
    }
    return code;
}

QString TwoStepSecret::normalizeBackupCode(const QString& typed)
{
    QString code = typed.toLower();
    code.remove(QLatin1Char('-'));
    code.remove(QLatin1Char(' '));
    return code;
}

QByteArray TwoStepSecret::backupCodeHash(qint64 accountId, const QString& normalizedCode)
{
    const QByteArray key = VerificationSecret::subkey(kBackupKeyId, kContext);
    if (key.isEmpty())
        return {};
    // The ID is digits only, so "id:code" cannot be read two ways.
    const QByteArray input = QByteArray::number(accountId) + ':' + normalizedCode.toUtf8();
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()), bytes(input),
                       static_cast<unsigned long long>(input.size()), bytes(key), size_t(key.size()));
    return out;
}
