#include "DeliveryMessage.h"

QString DeliveryMessage::emailSubject() const
{
    return QStringLiteral("Account Manager: verification code / код подтверждения");
}

QString DeliveryMessage::emailBody() const
{
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
    // One short SMS: code first, so phones can offer to fill it in.
    return QStringLiteral("%1 - Account Manager code. Do not share it. / Код Account Manager, никому не "
                          "сообщайте.")
        .arg(code);
}
