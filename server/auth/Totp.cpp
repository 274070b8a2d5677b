// SPDX-License-Identifier: Apache-2.0
#include "Totp.h"

#include <QRegularExpression>
#include <QUrl>
#include <cstdlib>
#include <cstring>
#include <liboath/oath.h>
#include <sodium.h>

namespace {
// liboath wants oath_init() once before anything else; a function-local static is initialized
// once even when the first sign-ins run on several threads.
bool initialized()
{
    static const bool ok = oath_init() == OATH_OK;
    return ok;
}

// liboath's comparison hook: 0 when the candidate is the code typed. libsodium's constant-time
// comparison instead of strcmp, so the time taken says nothing about how many digits were right.
int compareCode(void* handle, const char* candidate)
{
    const auto* typed = static_cast<const QByteArray*>(handle);
    if (std::strlen(candidate) != size_t(typed->size()))
        return 1;
    return sodium_memcmp(candidate, typed->constData(), size_t(typed->size())) == 0 ? 0 : 1;
}

QString stripSpaces(const QString& typed)
{
    QString code = typed;
    code.remove(QLatin1Char(' '));
    return code;
}
} // namespace

QString Totp::base32(const QByteArray& secret)
{
    char* encoded = nullptr;
    size_t length = 0;
    if (!initialized()
        || oath_base32_encode(secret.constData(), size_t(secret.size()), &encoded, &length) != OATH_OK)
        return {};
    QString text = QString::fromLatin1(encoded, qsizetype(length));
    sodium_memzero(encoded, length);
    std::free(encoded);
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    return text;
}

QString Totp::otpauthUri(const QString& base32Secret, const QString& issuer, const QString& label)
{
    // Put together by hand, not with arg(): a percent-encoded "%40" would read as a placeholder.
    const QString encodedIssuer = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    return QStringLiteral("otpauth://totp/") + encodedIssuer + QLatin1Char(':')
        + QString::fromLatin1(QUrl::toPercentEncoding(label)) + QStringLiteral("?secret=") + base32Secret
        + QStringLiteral("&issuer=") + encodedIssuer + QStringLiteral("&digits=") + QString::number(kDigits)
        + QStringLiteral("&period=") + QString::number(kPeriod);
}

bool Totp::isTotpCode(const QString& typed)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    return sixDigits.match(stripSpaces(typed)).hasMatch();
}

std::optional<qint64> Totp::matchingStep(const QByteArray& secret, const QString& typed, qint64 nowSeconds)
{
    if (!initialized() || secret.isEmpty() || !isTotpCode(typed))
        return std::nullopt;
    QByteArray code = stripSpaces(typed).toLatin1();
    int position = 0;
    uint64_t step = 0;
    const int rc = oath_totp_validate4_callback(
        secret.constData(), size_t(secret.size()), static_cast<time_t>(nowSeconds), kPeriod,
        OATH_TOTP_DEFAULT_START_TIME, kDigits, kDrift, &position, &step, 0, compareCode, &code);
    if (rc < 0)
        return std::nullopt;
    return qint64(step);
}
