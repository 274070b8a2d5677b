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
