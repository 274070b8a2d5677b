// SPDX-License-Identifier: Apache-2.0
#include "TestTotp.h"

#include <QByteArray>
#include <liboath/oath.h>

namespace TestTotp {

QString code(const QString& base32Secret, const QDateTime& at, int digits, int period)
{
    static const int initialized = oath_init();
    Q_UNUSED(initialized)
    // Authenticator apps take the secret without padding and in either case; liboath wants it
    // upper case and padded to a multiple of eight characters.
    QByteArray secret = base32Secret.toUpper().remove(QLatin1Char(' ')).toLatin1();
    while (secret.size() % 8 != 0)
        secret.append('=');
    char* key = nullptr;
    size_t keyLength = 0;
    if (oath_base32_decode(secret.constData(), secret.size(), &key, &keyLength) != OATH_OK)
        return {};
    char output[16] = {};
    const int rc = oath_totp_generate(key, keyLength, static_cast<time_t>(at.toSecsSinceEpoch()),
                                      static_cast<unsigned>(period), OATH_TOTP_DEFAULT_START_TIME,
                                      static_cast<unsigned>(digits), output);
    free(key);
    return rc == OATH_OK ? QString::fromLatin1(output) : QString();
}

int secondsLeft(int period)
{
    return period - static_cast<int>(QDateTime::currentSecsSinceEpoch() % period);
}

} // namespace TestTotp
