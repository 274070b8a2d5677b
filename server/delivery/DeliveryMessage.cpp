#include "DeliveryMessage.h"

QString DeliveryMessage::noticeEnglish() const
{
    if (purpose == QLatin1String("contact-taken"))
        return QStringLiteral("Someone signed in to another Account Manager account tried to add this "
                              "address to it. It stays with your account, and nothing was changed. If it "
                              "was you, this address already belongs to your own account.");
    if (purpose == QLatin1String("account-deleted"))
        return QStringLiteral("Your Account Manager account was deleted, with everything it held. If you "
                              "did not do it, contact support and quote this message.");
    const QString what = purpose == QLatin1String("email-changed") ? QStringLiteral("email address")
        : purpose == QLatin1String("phone-changed")                ? QStringLiteral("phone number")
                                                                   : QStringLiteral("password");
    return QStringLiteral("The %1 of your Account Manager account was changed. If you did not do it, "
                          "recover your account at once with \"Forgot password\" on the sign-in screen.")
        .arg(what);
}

QString DeliveryMessage::noticeRussian() const
{
    if (purpose == QLatin1String("contact-taken"))
        return QStringLiteral("Кто-то, войдя в другой аккаунт Account Manager, пытался привязать к нему этот "
                              "адрес. Адрес остаётся за вашим аккаунтом, ничего не изменено. Если это были "
                              "вы, этот адрес уже принадлежит вашему аккаунту.");
    if (purpose == QLatin1String("account-deleted"))
        return QStringLiteral("Ваш аккаунт Account Manager удалён вместе со всеми данными. Если это были "
                              "не вы, обратитесь в поддержку и приложите это письмо.");
    const QString what = purpose == QLatin1String("email-changed") ? QStringLiteral("Адрес электронной почты")
        : purpose == QLatin1String("phone-changed") ? QStringLiteral("Номер телефона")
                                                    : QStringLiteral("Пароль");
    return QStringLiteral("%1 вашего аккаунта Account Manager изменён. Если это были не вы, сразу "
                          "восстановите доступ: «Забыли пароль?» на экране входа.")
        .arg(what);
}

QString DeliveryMessage::emailSubject() const
{
    if (purpose == QLatin1String("contact-taken"))
        return QStringLiteral(
            "Account Manager: someone tried to use your address / попытка привязать ваш адрес");
    if (isNotice())
        return QStringLiteral("Account Manager: your account was changed / изменения в аккаунте");
    return QStringLiteral("Account Manager: verification code / код подтверждения");
}

QString DeliveryMessage::emailBody() const
{
    if (isNotice())
        return noticeEnglish() + QStringLiteral("\n\n") + noticeRussian() + QLatin1Char('\n');
    QString text
        = QStringLiteral("Your Account Manager verification code is %1. It is valid for %2 minutes.\n")
              .arg(code)
              .arg(codeTtlMinutes);
    if (!link.isEmpty())
        text += QStringLiteral("You can also confirm your email address with this link (valid for %1 "
                               "minutes):\n%2\n")
                    .arg(linkTtlMinutes)
                    .arg(link);
    text += QStringLiteral(
        "If you did not ask for it, ignore this message. Never tell the code to anyone.\n\n");
    text += QStringLiteral("Ваш код подтверждения Account Manager: %1. Он действителен %2 минут.\n")
                .arg(code)
                .arg(codeTtlMinutes);
    if (!link.isEmpty())
        text += QStringLiteral("Адрес электронной почты можно подтвердить и по ссылке (она действует %1 "
                               "минут):\n%2\n")
                    .arg(linkTtlMinutes)
                    .arg(link);
    text
        += QStringLiteral("Если вы не запрашивали код, просто проигнорируйте это письмо. Никому не сообщайте "
                          "код.\n");
    return text;
}

QString DeliveryMessage::smsText() const
{
    if (isNotice())
        return noticeEnglish();
    // One short SMS: code first, so phones can offer to fill it in.
    return QStringLiteral("%1 - Account Manager code. Do not share it. / Код Account Manager, никому не "
                          "сообщайте.")
        .arg(code);
}
