// SPDX-License-Identifier: Apache-2.0
#include "ErrorCode.h"

#include <QCoreApplication>
#include <iterator>

namespace {
// clang-format off
const ErrorCodeInfo kCatalog[] = {
    {ErrorCode::None, "E-NONE", 200, "", ""},
    {ErrorCode::BadJson, "E-BAD-JSON", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request could not be read."),
     "The body was not a JSON object. A client bug or a proxy that rewrote the request."},
    {ErrorCode::MissingField, "E-FIELD-MISSING", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "A required field is empty."),
     "The request lacked the field named in 'field'."},
    {ErrorCode::InvalidField, "E-FIELD-INVALID", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "A field has a value that is not allowed."),
     "The field named in 'field' had the wrong type, length or format."},
    {ErrorCode::BodyTooLarge, "E-BODY-TOO-LARGE", 413,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request was too large."),
     "The body exceeded 64 KiB; the server read none of it."},
    {ErrorCode::HeadersTooLarge, "E-HEADERS-TOO-LARGE", 431,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The request was too large."),
     "The request line and headers exceeded 16 KiB or 64 fields; the server closed the connection. A proxy or client adding huge cookies or headers."},
    {ErrorCode::NotFound, "E-NOT-FOUND", 404,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server does not know this request."),
     "Unknown path. An old server, or a client talking to the wrong URL."},
    {ErrorCode::MethodNotAllowed, "E-METHOD-NOT-ALLOWED", 405,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server does not know this request."),
     "Known path, wrong HTTP method."},
    {ErrorCode::Unauthorized, "E-UNAUTHORIZED", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "You are not signed in, or your session has ended. Please sign in again."),
     "No bearer token, an unknown one, or one whose session was revoked (sign-out, password change, unbind)."},
    {ErrorCode::AccessTokenExpired, "E-TOKEN-EXPIRED", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your session has expired. Please sign in again."),
     "The access token is past its lifetime; clients refresh it with the refresh token and retry once."},
    {ErrorCode::InvalidCredentials, "E-LOGIN-FAILED", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Wrong login or password."),
     "Unknown login or wrong password; the server does not say which. Failures count towards captcha (3) and lock (10)."},
    {ErrorCode::CaptchaRequired, "E-CAPTCHA-REQUIRED", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please type the characters from the picture to continue."),
     "Three or more failed sign-ins for this login or address: the next attempt must carry a solved captcha."},
    {ErrorCode::CaptchaWrong, "E-CAPTCHA-WRONG", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The characters did not match the picture. Please try a new picture."),
     "Wrong, expired (5 minutes) or already used captcha. Every captcha is single use."},
    {ErrorCode::LoginLocked, "E-LOGIN-LOCKED", 423,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many failed attempts. Signing in to this account is blocked for a while."),
     "Ten failed sign-ins: the login is locked for 15 minutes; 'until' says when it opens again."},
    {ErrorCode::RefreshTokenInvalid, "E-REFRESH-INVALID", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your session has ended. Please sign in again."),
     "Unknown, expired or revoked refresh token."},
    {ErrorCode::RefreshTokenReused, "E-REFRESH-REUSED", 401,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Your session was ended for your safety. Please sign in again."),
     "A refresh token was used twice. The server revoked that device's session, as a stolen token would be replayed."},
    {ErrorCode::RateLimited, "E-RATE-LIMITED", 429,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests. Please wait a moment and try again."),
     "Per-address or per-login rate limit; 'until' says when to retry."},
    {ErrorCode::Internal, "E-INTERNAL", 500,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Something went wrong on the server. Please try again later."),
     "Unexpected server failure. Find the request ID in the server log."},
    {ErrorCode::NetworkError, "E-NETWORK", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The connection to the server failed."),
     "The network request failed; 'detail' has Qt's reason."},
    {ErrorCode::ServerUnreachable, "E-SERVER-UNREACHABLE", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server cannot be reached. Check your internet connection and the server address."),
     "Connection refused, host not found or no route: the server is down or the URL is wrong."},
    {ErrorCode::Timeout, "E-TIMEOUT", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server took too long to answer. Please try again."),
     "No answer within the transfer timeout."},
    {ErrorCode::TlsUntrusted, "E-TLS-UNTRUSTED", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server's certificate is not trusted, so the connection was not made. Your data was not sent."),
     "The certificate chain does not lead to a trusted CA (or names another host). Check --ca-file and the server's certificate."},
    {ErrorCode::TlsError, "E-TLS", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "A secure connection to the server could not be made."),
     "TLS handshake failed for a reason other than trust; 'detail' has it."},
    {ErrorCode::BadResponse, "E-BAD-RESPONSE", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server sent an answer this app does not understand."),
     "The response was not the JSON the protocol promises: a proxy page, or a server of another version."},
    {ErrorCode::Cancelled, "E-CANCELLED", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Cancelled."),
     "The user cancelled the request."},
    {ErrorCode::KeychainUnavailable, "E-KEYCHAIN-UNAVAILABLE", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "No system keychain is available, so you cannot stay signed in safely. "
                                       "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) and try again."),
     "QtKeychain found no back end (on Linux: no Secret Service on the D-Bus session bus). Tokens are never stored in plain text instead."},
    {ErrorCode::KeychainError, "E-KEYCHAIN", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The system keychain refused to store or read your sign-in."),
     "The keychain answered with an error (locked, access denied); 'detail' has its text."},
    {ErrorCode::NotSignedIn, "E-NOT-SIGNED-IN", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "You are not signed in."),
     "No stored session for this account on this computer."},
    {ErrorCode::AlreadyRegistered, "E-ALREADY-REGISTERED", 409,
     QT_TRANSLATE_NOOP("ErrorCatalog", "An account with this email or phone number already exists. Sign in to it, or recover its password."),
     "The email or phone in 'field' belongs to an existing account. The customer may have registered before."},
    {ErrorCode::EmailInvalid, "E-EMAIL-INVALID", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This is not a valid email address."),
     "The email failed validation (one @, a dotted domain, no spaces; at most 254 characters)."},
    {ErrorCode::PhoneInvalid, "E-PHONE-INVALID", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This is not a valid phone number for the selected country."),
     "libphonenumber rejected the number for the given region. Check the country code the customer picked."},
    {ErrorCode::PasswordWeak, "E-PASSWORD-WEAK", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This password does not meet the requirements."),
     "The password broke a rule of the password policy; 'reasons' lists which (too_short, too_long, no_letter, no_digit, equals_login, common, same_as_current)."},
    {ErrorCode::CodeWrong, "E-CODE-WRONG", 400,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The code is not correct."),
     "Wrong verification code; 'attemptsLeft' says how many tries remain before the code dies (5 in all)."},
    {ErrorCode::CodeExpired, "E-CODE-EXPIRED", 410,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The code has expired. Please request a new one."),
     "Codes live 10 minutes (links 30). The customer should press Resend."},
    {ErrorCode::CodeAttemptsExceeded, "E-CODE-ATTEMPTS-EXCEEDED", 410,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many wrong codes. Please request a new code."),
     "Five wrong tries killed the code; a resend issues a new one."},
    {ErrorCode::ResendTooEarly, "E-RESEND-TOO-EARLY", 429,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please wait before requesting another code."),
     "Resends are allowed 60 s apart; 'until' says when."},
    {ErrorCode::ResendLimit, "E-RESEND-LIMIT", 429,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many codes were sent to this address. Please try again later."),
     "At most 5 codes an hour per destination; 'until' says when the next is allowed."},
    {ErrorCode::RegistrationNotFound, "E-REGISTRATION-NOT-FOUND", 404,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This sign-up has expired. Please start again."),
     "Unknown, finished or expired registration ID (they live 30 minutes)."},
    {ErrorCode::NotVerified, "E-NOT-VERIFIED", 409,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Please enter the code we sent you first."),
     "The registration was completed before its code was verified."},
    {ErrorCode::DeliveryFailed, "E-DELIVERY-FAILED", 502,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The code could not be sent. Please check the address and try again later."),
     "The SMTP server or SMS gateway refused or did not answer; the server log has the request ID and the reason."},
    {ErrorCode::ChallengeNotFound, "E-CHALLENGE-NOT-FOUND", 404,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This confirmation has expired. Please ask for a new code."),
     "Unknown, used or expired challenge ID of a password, email or phone change (they live 30 minutes), or one of another account."},
    {ErrorCode::RecoveryNotFound, "E-RECOVERY-NOT-FOUND", 404,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This password reset has expired. Please start again."),
     "Unknown, finished or expired recovery ID (they live 30 minutes)."},
    {ErrorCode::PasswordWrong, "E-PASSWORD-WRONG", 403,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The password is not correct."),
     "The current password re-entered to change the email or phone was wrong. Counts towards the sign-in lock of the account."},
    {ErrorCode::DeviceNotFound, "E-DEVICE-NOT-FOUND", 404,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This device is no longer bound to your account."),
     "Unknown device ID for this account, or one already unbound. The list of devices may be out of date: reload it."},
    {ErrorCode::DevicesStillBound, "E-DEVICES-STILL-BOUND", 409,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Unbind your other devices first: phones, tablets, bands, scales and computers still use this account."),
     "Account deletion refused while devices other than the caller's are bound; 'devices' lists them. Unbind each (DELETE /v1/devices/{id}) and retry."},
    {ErrorCode::DeviceVerificationRequired, "E-DEVICE-VERIFICATION-REQUIRED", 403,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This is a new device for your account. Enter the code we sent you to confirm it is you."),
     "Sign-in from a device ID the account has never used: a code went to the bound email or phone ('challenge' says where); the client repeats the sign-in with deviceVerification."},
    {ErrorCode::TwoStepRequired, "E-TWO-STEP-REQUIRED", 403,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Two-step verification is on for this account. Enter the code from your authenticator app or a backup code."),
     "The password (and any new-device code) was right, but the account has two-step verification on: the client repeats the request with twoStep {code}, a TOTP or unused backup code. Also answered by a recovery's completion and by account deletion."},
    {ErrorCode::TwoStepAlreadyOn, "E-TWO-STEP-ALREADY-ON", 409,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Two-step verification is already on for this account."),
     "POST /v1/account/two-step on an account that has it on: to get a new secret, the owner switches it off first (password and a code)."},
    {ErrorCode::TwoStepOff, "E-TWO-STEP-OFF", 409,
     QT_TRANSLATE_NOOP("ErrorCatalog", "Two-step verification is not on for this account."),
     "DELETE /v1/account/two-step on an account without two-step verification: nothing to switch off."},
    {ErrorCode::ProxyFailed, "E-PROXY", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The connection through the proxy server failed: the proxy cannot be reached, refused the connection, or cannot reach the account server. Check the proxy in Settings → Network."),
     "Client: the manual proxy (Settings → Network) refused, closed or did not answer, or could not reach the server; the detail has Qt's reason. Try 'No proxy' or the system setting; Help → Diagnostics shows which proxy was used."},
    {ErrorCode::ProxyAuthFailed, "E-PROXY-AUTH", 0,
     QT_TRANSLATE_NOOP("ErrorCatalog", "The proxy server did not accept the user name and password. Check them in Settings → Network."),
     "Client: the proxy asked for a login and refused the one in Settings → Network (the password is in the keychain)."},
    {ErrorCode::CaptchaNotFound, "E-CAPTCHA-NOT-FOUND", 404,
     QT_TRANSLATE_NOOP("ErrorCatalog", "This captcha has expired. Please get a new one."),
     "GET /v1/captcha/{id}/audio for an unknown, expired (5 minutes) or already checked captcha. The client gets a new captcha."},
};
// clang-format on
} // namespace

namespace ErrorCatalog {

const ErrorCodeInfo& info(ErrorCode code)
{
    for (const auto& entry : kCatalog) {
        if (entry.code == code)
            return entry;
    }
    return kCatalog[static_cast<int>(ErrorCode::Internal)];
}

QString wireName(ErrorCode code)
{
    return QString::fromLatin1(info(code).wireName);
}

ErrorCode fromWireName(const QString& name)
{
    for (const auto& entry : kCatalog) {
        if (name == QLatin1String(entry.wireName))
            return entry.code;
    }
    return ErrorCode::Internal;
}

int httpStatus(ErrorCode code)
{
    return info(code).httpStatus;
}

QString userMessage(ErrorCode code)
{
    return QCoreApplication::translate("ErrorCatalog", info(code).userMessage);
}

QString supportNote(ErrorCode code)
{
    return QString::fromUtf8(info(code).supportNote);
}

const ErrorCodeInfo* begin()
{
    return std::begin(kCatalog);
}

const ErrorCodeInfo* end()
{
    return std::end(kCatalog);
}

} // namespace ErrorCatalog
