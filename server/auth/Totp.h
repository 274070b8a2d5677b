// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 6 digits,
// 30-second steps from the Unix epoch, computed by liboath. A code of the step before or after the
// server's is taken too (a phone's clock a little off, a code typed as it changed), no further.
class Totp
{
public:
    static constexpr int kDigits = 6;
    static constexpr int kPeriod = 30; // seconds
    static constexpr int kDrift = 1; // steps either side of now

    // RFC 4648 base32, upper case, without the '=' padding (what a user types into the app).
    static QString base32(const QByteArray& secret);
    // otpauth://totp/Issuer:label?secret=…&issuer=…&digits=6&period=30, issuer and label
    // percent-encoded: what the QR code of the setup holds.
    static QString otpauthUri(const QString& base32Secret, const QString& issuer, const QString& label);
    // Six digits once spaces are gone: a TOTP code, not a backup code.
    static bool isTotpCode(const QString& typed);
    // The time step (seconds since the epoch / kPeriod) of the code within kDrift steps of
    // nowSeconds, compared in constant time; none when it matches none of them.
    static std::optional<qint64> matchingStep(const QByteArray& secret, const QString& typed,
                                              qint64 nowSeconds);
};
