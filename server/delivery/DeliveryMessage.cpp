// SPDX-License-Identifier: Apache-2.0
#include "DeliveryMessage.h"

namespace {
// A notice in both languages: the email carries both, an SMS only the English one.
struct Notice
{
    QString english;
    QString russian;
};

// "The password of your account was changed", and what to do if it was not the owner.
Notice changeNotice(const QString& whatEnglish, const QString& whatRussian)
{
    return { QStringLiteral("The %1 of your Account Manager account was changed. If you did not do it, "
                            "recover your account at once with \"Forgot password\" on the sign-in screen.")
                 .arg(whatEnglish),
             QStringLiteral("%1 вашего аккаунта Account Manager изменён. Если это были не вы, сразу "
                            "восстановите доступ: «Забыли пароль?» на экране входа.")
                 .arg(whatRussian) };
}

Notice noticeOf(const QString& purpose)
{
    if (purpose == QLatin1String("contact-taken"))
        return { QStringLiteral("Someone signed in to another Account Manager account tried to add this "
                                "address to it. It stays with your account, and nothing was changed. If it "
                                "was you, this address already belongs to your own account."),
                 QStringLiteral(
                     "Кто-то, войдя в другой аккаунт Account Manager, пытался привязать к нему этот "
                     "адрес. Адрес остаётся за вашим аккаунтом, ничего не изменено. Если это были "
                     "вы, этот адрес уже принадлежит вашему аккаунту.") };
    if (purpose == QLatin1String("account-deleted"))
        return { QStringLiteral("Your Account Manager account was deleted, with everything it held. If you "
                                "did not do it, contact support and quote this message."),
                 QStringLiteral("Ваш аккаунт Account Manager удалён вместе со всеми данными. Если это были "
                                "не вы, обратитесь в поддержку и приложите это письмо.") };
    // Two-step verification switched on or off: whoever did it had the password (and, to switch
    // it off, a code), so the owner hears of it either way.
    if (purpose == QLatin1String("two-step-on"))
        return { QStringLiteral("Two-step verification was switched on for your Account Manager account: "
                                "signing in now also needs a code from your authenticator app. If you did "
                                "not do it, recover your account at once and contact support."),
                 QStringLiteral("Для вашего аккаунта Account Manager включена двухэтапная проверка: для "
                                "входа теперь нужен и код из приложения-аутентификатора. Если это были не "
                                "вы, сразу восстановите доступ и обратитесь в поддержку.") };
    if (purpose == QLatin1String("two-step-off"))
        return { QStringLiteral("Two-step verification was switched off for your Account Manager account: "
                                "the password alone signs in again. If you did not do it, recover your "
                                "account at once with \"Forgot password\" on the sign-in screen."),
                 QStringLiteral("Для вашего аккаунта Account Manager выключена двухэтапная проверка: для "
                                "входа снова достаточно пароля. Если это были не вы, сразу восстановите "
                                "доступ: «Забыли пароль?» на экране входа.") };
    // A sign-in from a device the account had not seen, and a device unbound: the owner may not
    // have been the one at it, and then has to act at once.
    if (purpose == QLatin1String("new-device-sign-in"))
        return { QStringLiteral("Your Account Manager account was just signed in to from a new device. "
                                "If this was not you, change your password at once (\"Forgot password\" "
                                "on the sign-in screen) and unbind that device."),
                 QStringLiteral("В ваш аккаунт Account Manager только что вошли с нового устройства. "
                                "Если это были не вы, сразу смените пароль («Забыли пароль?» на экране "
                                "входа) и отвяжите это устройство.") };
    if (purpose == QLatin1String("device-unbound"))
        return { QStringLiteral("A device was unbound from your Account Manager account. If this was not "
                                "you, change your password at once with \"Forgot password\" on the "
                                "sign-in screen."),
                 QStringLiteral("От вашего аккаунта Account Manager отвязано устройство. Если это были не "
                                "вы, сразу смените пароль: «Забыли пароль?» на экране входа.") };
    if (purpose == QLatin1String("signed-out-everywhere"))
        return { QStringLiteral("Your Account Manager account was signed out on all devices but one. If this "
                                "was not you, change your password at once with \"Forgot password\" on the "
                                "sign-in screen."),
                 QStringLiteral("Из вашего аккаунта Account Manager выполнен выход на всех устройствах, "
                                "кроме одного. Если это были не вы, сразу смените пароль: «Забыли пароль?» "
                                "на экране входа.") };
    if (purpose == QLatin1String("email-changed"))
        return changeNotice(QStringLiteral("email address"), QStringLiteral("Адрес электронной почты"));
    if (purpose == QLatin1String("phone-changed"))
        return changeNotice(QStringLiteral("phone number"), QStringLiteral("Номер телефона"));
    return changeNotice(QStringLiteral("password"), QStringLiteral("Пароль"));
}
} // namespace

QString DeliveryMessage::emailSubject() const
{
    if (purpose == QLatin1String("contact-taken"))
        return QStringLiteral(
            "Account Manager: someone tried to use your address / попытка привязать ваш адрес");
    if (purpose == QLatin1String("new-device-sign-in"))
        return QStringLiteral("Account Manager: sign-in from a new device / вход с нового устройства");
    if (isNotice())
        return QStringLiteral("Account Manager: your account was changed / изменения в аккаунте");
    return QStringLiteral("Account Manager: verification code / код подтверждения");
}

QString DeliveryMessage::emailBody() const
{
    if (isNotice()) {
        const Notice notice = noticeOf(purpose);
        return notice.english + QStringLiteral("\n\n") + notice.russian + QLatin1Char('\n');
    }
    // Each language says it all: the code, the link when there is one, and the warning.
    const auto part
        = [this](const QString& codeLine, const QString& linkLine, const QString& warning) -> QString {
        QString text = codeLine.arg(code).arg(codeTtlMinutes);
        if (!link.isEmpty())
            text += linkLine.arg(linkTtlMinutes).arg(link);
        return text + warning;
    };
    return part(QStringLiteral("Your Account Manager verification code is %1. It is valid for %2 minutes.\n"),
                QStringLiteral("You can also confirm your email address with this link (valid for %1 "
                               "minutes):\n%2\n"),
                QStringLiteral(
                    "If you did not ask for it, ignore this message. Never tell the code to anyone.\n"))
        + QLatin1Char('\n')
        + part(QStringLiteral("Ваш код подтверждения Account Manager: %1. Он действителен %2 минут.\n"),
               QStringLiteral("Адрес электронной почты можно подтвердить и по ссылке (она действует %1 "
                              "минут):\n%2\n"),
               QStringLiteral(
                   "Если вы не запрашивали код, просто проигнорируйте это письмо. Никому не сообщайте "
                   "код.\n"));
}

QString DeliveryMessage::smsText() const
{
    if (isNotice())
        return noticeOf(purpose).english;
    // One short SMS: code first, so phones can offer to fill it in.
    return QStringLiteral("%1 - Account Manager code. Do not share it. / Код Account Manager, никому не "
                          "сообщайте.")
        .arg(code);
}
