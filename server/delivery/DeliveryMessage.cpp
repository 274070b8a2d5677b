// SPDX-License-Identifier: Apache-2.0
#include "DeliveryMessage.h"

#include "ServerText.h"

// Each text is one whole sentence or paragraph, so that a translation can order it its own way.
// A notice's body says "your account": the email's subject names the service, an SMS gets it in
// front.
namespace {
const char kContext[] = "DeliveryMessage";

// The body of each notice: what happened, and what to do if it was not the owner.
struct Notice
{
    const char* purpose;
    const char* body;
};
const Notice kNotices[] = {
    { "contact-taken",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "Someone signed in to another account tried to add this "
                        "address to it. It stays with your account, and nothing was changed. If it "
                        "was you, this address already belongs to your own account.") },
    { "account-deleted",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "Your account was deleted, with everything it held. If this was not you, "
                        "contact support and quote this message.") },
    // Two-step verification switched on or off: whoever did it had the password (and, to switch
    // it off, a code), so the owner hears of it either way.
    { "two-step-on",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "Two-step verification was switched on for your account: "
                        "signing in now also needs a code from your authenticator app. If this was "
                        "not you, recover your account at once and contact support.") },
    { "two-step-off",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "Two-step verification was switched off for your account: "
                        "the password alone signs you in again. If this was not you, change your "
                        "password at once with \"Forgot password?\" on the sign-in screen.") },
    // A sign-in from a device the account had not seen, and a device unbound: the owner may not
    // have been the one at it, and then has to act at once.
    { "new-device-sign-in",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "Your account was just signed in to from a new device. If "
                        "this was not you, change your password at once (\"Forgot password?\" on "
                        "the sign-in screen) and unbind that device.") },
    { "device-unbound",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "A device was unbound from your account. If this was not "
                        "you, change your password at once with \"Forgot password?\" on the sign-in "
                        "screen.") },
    { "signed-out-everywhere",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "Your account was signed out on all devices but one. If "
                        "this was not you, change your password at once with \"Forgot password?\" "
                        "on the sign-in screen.") },
    { "email-changed",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "The email address of your account was changed, and this "
                        "address no longer belongs to it. If this was not you, change your "
                        "password at once with \"Forgot password?\" on the sign-in screen.") },
    { "phone-changed",
      QT_TRANSLATE_NOOP("DeliveryMessage",
                        "The phone number of your account was changed, and this "
                        "number no longer belongs to it. If this was not you, change your password "
                        "at once with \"Forgot password?\" on the sign-in screen.") },
};

// "password-changed", also after a recovery: what every other purpose falls back to.
const char* const kPasswordChanged
    = QT_TRANSLATE_NOOP("DeliveryMessage",
                        "The password of your account was changed. If this was not you, "
                        "change your password at once with \"Forgot password?\" on the sign-in screen.");

const char* noticeOf(const QString& purpose)
{
    for (const Notice& notice : kNotices) {
        if (purpose == QLatin1String(notice.purpose))
            return notice.body;
    }
    return kPasswordChanged;
}
} // namespace

QString DeliveryMessage::emailSubject() const
{
    const ServerText text(language);
    if (purpose == QLatin1String("contact-taken"))
        return text.get(
            kContext,
            QT_TRANSLATE_NOOP("DeliveryMessage", "Account Manager: someone tried to use your address"));
    if (purpose == QLatin1String("new-device-sign-in"))
        return text.get(kContext,
                        QT_TRANSLATE_NOOP("DeliveryMessage", "Account Manager: sign-in from a new device"));
    if (isNotice())
        return text.get(kContext,
                        QT_TRANSLATE_NOOP("DeliveryMessage", "Account Manager: your account was changed"));
    return text.get(kContext, QT_TRANSLATE_NOOP("DeliveryMessage", "Account Manager: verification code"));
}

QString DeliveryMessage::emailBody() const
{
    const ServerText text(language);
    if (isNotice())
        return text.get(kContext, noticeOf(purpose)) + QLatin1Char('\n');
    // %n is filled in first, by get(); then %1, the code.
    QString body = text.get(kContext,
                            //: %1 is the six-digit code
                            QT_TRANSLATE_N_NOOP("DeliveryMessage",
                                                "Your Account Manager verification code is %1. "
                                                "It is valid for %n minute(s)."),
                            codeTtlMinutes)
                       .arg(code)
        + QLatin1Char('\n');
    if (!link.isEmpty())
        body += text.get(kContext,
                         //: Followed by the link on a line of its own
                         QT_TRANSLATE_N_NOOP("DeliveryMessage",
                                             "You can also confirm your email address with "
                                             "this link (valid for %n minute(s)):"),
                         linkTtlMinutes)
            + QLatin1Char('\n') + link + QLatin1Char('\n');
    return body + QLatin1Char('\n')
        + text.get(kContext,
                   QT_TRANSLATE_NOOP("DeliveryMessage",
                                     "If you did not ask for this code, ignore this "
                                     "message. Never tell the code to anyone."))
        + QLatin1Char('\n');
}

QString DeliveryMessage::smsText() const
{
    const ServerText text(language);
    if (isNotice())
        //: An SMS notice: the service's name, then the notice (%1). Chinese SMS put it in 【】.
        return text.get(kContext, QT_TRANSLATE_NOOP("DeliveryMessage", "Account Manager: %1"))
            .arg(text.get(kContext, noticeOf(purpose)));
    // One short SMS: code first, so phones can offer to fill it in.
    //: An SMS: keep it short, with the code (%1) early, so that phones offer to fill it in
    //: (Chinese SMS open with the service's name in 【】, as every Chinese service's do)
    return text
        .get(kContext,
             QT_TRANSLATE_NOOP("DeliveryMessage",
                               "%1 is your Account Manager verification code. "
                               "Do not share it with anyone."))
        .arg(code);
}
