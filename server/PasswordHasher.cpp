#include "PasswordHasher.h"

#include <QByteArray>
#include <sodium.h>

QString PasswordHasher::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString& password)
{
    // Made once (thread-safe static) from a random password nobody knows.
    static const QString dummy = [] {
        unsigned char random[16];
        randombytes_buf(random, sizeof random);
        return hash(
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex()));
    }();
    verify(dummy, password);
}
