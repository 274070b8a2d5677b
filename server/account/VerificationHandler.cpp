// SPDX-License-Identifier: Apache-2.0
#include "VerificationHandler.h"

#include "AccountMessages.h"
#include "CodeCheck.h"
#include "Database.h"
#include "RegistrationMessages.h"
#include "RegistrationStore.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "ServerText.h"
#include "VerificationSecret.h"

#include <QDateTime>
#include <QUrlQuery>

namespace {
const char kContext[] = "VerificationHandler";

// The page the emailed link opens, in the registration's language (the app's at registration):
// one paragraph, and the button that confirms on the GET page.
QByteArray page(const ServerText& text, const char* paragraph, bool withButton = false)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width\"><title>%2</title>"
                                  "</head><body><p>%3</p>")
                       .arg(text.htmlLanguage(),
                            text.get(kContext, QT_TRANSLATE_NOOP("VerificationHandler", "Account Manager"))
                                .toHtmlEscaped(),
                            text.get(kContext, paragraph).toHtmlEscaped());
    // The form posts back to this very address (token in the query), so no script is needed and
    // the page's Content-Security-Policy stays "default-src 'none'".
    if (withButton)
        html += QStringLiteral("<form method=\"post\"><button type=\"submit\">%1</button></form>")
                    .arg(text.get(kContext,
                                  //: The button on the web page the emailed link opens
                                  QT_TRANSLATE_NOOP("VerificationHandler", "Confirm"))
                             .toHtmlEscaped());
    return (html + QStringLiteral("</body></html>\n")).toUtf8();
}

const char* confirmedText()
{
    return QT_TRANSLATE_NOOP("VerificationHandler", "Email confirmed. Return to Account Manager to finish.");
}

const char* invalidText()
{
    return QT_TRANSLATE_NOOP("VerificationHandler",
                             "This link is not valid any more. Return to Account Manager "
                             "and ask for a new code.");
}

// With no registration to ask (the link is dead), the browser's first language the server writes.
QString browserLanguage(const QByteArray& acceptLanguage)
{
    for (const QByteArray& item : acceptLanguage.split(',')) {
        const QString language = accountLanguageFor(QString::fromLatin1(item.split(';').constFirst()));
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
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
    QSqlDatabase db = Database::connection();
    RegistrationStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<Registration> registration = store.findLive(request.pathId, now);
    if (!registration)
        return Replies::html(page(ServerText(browserLanguage(request.acceptLanguage)), invalidText()),
                             request, 404);
    const ServerText text(registration->language);
    // Mail scanners often open links before the person does; a second visit sees the same page.
    if (registration->isVerified())
        return Replies::html(page(text, confirmedText()), request);
    const QString token = QUrlQuery(request.query).queryItemValue(QStringLiteral("token"));
    if (registration->channel != QLatin1String("email") || registration->linkHash.isEmpty()
        || registration->linkExpiresAt <= now
        || !VerificationSecret::matches(registration->linkHash, registration->id, token))
        return Replies::html(page(text, invalidText()), request, 404);
    if (request.method == "GET")
        return Replies::html(
            page(text,
                 QT_TRANSLATE_NOOP("VerificationHandler",
                                   "Confirm that this email address is yours to finish signing up."),
                 true),
            request);
    if (!store.markVerified(registration->id, now))
        return Replies::html(page(text, invalidText()), request, 404);
    return Replies::html(page(text, confirmedText()), request);
}
