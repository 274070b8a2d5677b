// SPDX-License-Identifier: Apache-2.0
#include "PasswordHasher.h"

#include <QByteArray>
#include <QSemaphore>
#include <QThread>
#include <sodium.h>

namespace {
// Argon2id takes a core and 64 MiB for its whole run. The worker pool is larger than the core count
// (its threads also wait on the database and on delivery), so without a gate 16 sign-ins hashed at
// once: 1 GiB of memory and every one of them slow. As many hashes as cores at a time; the rest wait
// their turn and finish in order of arrival, near enough.
class HashGate
{
public:
    HashGate()
        : m_available(semaphore())
    {
        m_available.acquire();
    }
    ~HashGate() { m_available.release(); }

private:
    static QSemaphore& semaphore()
    {
        static QSemaphore available(qMax(1, QThread::idealThreadCount()));
        return available;
    }
    QSemaphore& m_available;
};
} // namespace

QString PasswordHasher::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const HashGate gate;
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
    const HashGate gate;
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
