// SPDX-License-Identifier: Apache-2.0
#include "VerificationHandler.h"

#include "CodeCheck.h"
#include "Database.h"
#include "RegistrationMessages.h"
#include "RegistrationStore.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "VerificationSecret.h"

#include <QDateTime>
#include <QUrlQuery>

namespace {
QByteArray page(const char* text)
{
    // Plain and without translations: it is read once, in whatever browser the mail client opens.
    return QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>Account Manager</title></head><body><p>")
        + text + QByteArrayLiteral("</p></body></html>\n");
}
} // namespace

HttpReply VerificationHandler::verify(const RequestInfo& request, const VerifyCodeRequest& verify) const
{
    QSqlDatabase db = Database::connection();
    RegistrationStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<Registration> registration = store.findLive(request.pathId, now);
    if (!registration)
        return Replies::error(ErrorCode::RegistrationNotFound, request);
    const QJsonObject verified { { QStringLiteral("verified"), true } };
    // A retry after a lost answer (or after the link was opened) finds the work done.
    if (registration->isVerified())
        return Replies::json(verified, request);
    VerificationStore codes = store.codes();
    const ApiError codeError = CodeCheck::check(codes, *registration, verify.code, now);
    if (codeError)
        return Replies::error(codeError, request);
    if (!store.markVerified(registration->id, now))
        return Replies::error(ErrorCode::RegistrationNotFound, request);
    return Replies::json(verified, request);
}

HttpReply VerificationHandler::confirm(const RequestInfo& request) const
{
    static const QByteArray confirmed = page("Email confirmed. Return to Account Manager to finish.");
    static const QByteArray invalid = page("This link is not valid any more. Return to Account Manager and "
                                           "ask for a new code.");
    QSqlDatabase db = Database::connection();
    RegistrationStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<Registration> registration = store.findLive(request.pathId, now);
    if (!registration)
        return Replies::html(invalid, request, 404);
    // Mail scanners often open links before the person does; a second visit sees the same page.
    if (registration->isVerified())
        return Replies::html(confirmed, request);
    const QString token = QUrlQuery(request.query).queryItemValue(QStringLiteral("token"));
    if (registration->channel != QLatin1String("email") || registration->linkHash.isEmpty()
        || registration->linkExpiresAt <= now
        || !VerificationSecret::matches(registration->linkHash, registration->id, token))
        return Replies::html(invalid, request, 404);
    if (request.method == "GET") {
        // The form posts back to this very address (token in the query), so no script is needed
        // and the page's Content-Security-Policy stays "default-src 'none'".
        static const QByteArray button = QByteArrayLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Account Manager</title></head><body>"
            "<p>Confirm that this email address is yours, to finish creating your Account Manager "
            "account.</p>"
            "<form method=\"post\"><button type=\"submit\">Confirm</button></form></body></html>\n");
        return Replies::html(button, request);
    }
    if (!store.markVerified(registration->id, now))
        return Replies::html(invalid, request, 404);
    return Replies::html(confirmed, request);
}
