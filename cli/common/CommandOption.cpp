// SPDX-License-Identifier: Apache-2.0
#include "CommandOption.h"

#include <QStringList>

QString CommandOption::synopsis() const
{
    QString text = QStringLiteral("--") + name;
    if (!valueName.isEmpty())
        text += QLatin1Char(' ') + (synopsisValue.isEmpty() ? valueName : synopsisValue);
    switch (shown) {
    case Shown::Optional:
        return QLatin1Char('[') + text + QLatin1Char(']');
    case Shown::Required:
        return text;
    case Shown::OrNext:
        return text + QStringLiteral(" |");
    }
    return text;
}

QCommandLineOption CommandOption::parserOption() const
{
    return valueName.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, valueName);
}

CommandOption CommandOption::withHelp(const QString& otherHelp) const
{
    CommandOption option = *this;
    option.help = otherHelp;
    return option;
}

CommandOption CommandOption::passwordStdin()
{
    return { QStringLiteral("password-stdin"),
             {},
             QStringLiteral("Read the password from the first line of stdin, without a prompt.") };
}

CommandOption CommandOption::via()
{
    return { QStringLiteral("via"), QStringLiteral("CHANNEL"),
             QStringLiteral("Where the code goes when both are bound: email or phone."), Shown::Optional,
             QStringLiteral("email|phone") };
}

CommandOption CommandOption::region()
{
    return { QStringLiteral("region"), QStringLiteral("REGION"),
             QStringLiteral("Read LOGIN as a national phone number of this region (RU)."), Shown::Optional,
             QStringLiteral("RU") };
}

CommandOption CommandOption::captchaFile()
{
    return { QStringLiteral("captcha-file"), QStringLiteral("PATH"),
             QStringLiteral("Save the captcha picture here instead of the temp folder.") };
}

CommandOption CommandOption::twoStepCode()
{
    return { QStringLiteral("two-step-code"), QStringLiteral("CODE"),
             QStringLiteral("The two-step code (authenticator app or backup code), for scripts; otherwise "
                            "it is asked for when the account needs it.") };
}

QString CommandOption::synopsis(const QList<CommandOption>& options)
{
    QStringList parts;
    for (const CommandOption& option : options)
        parts.append(option.synopsis());
    return parts.join(QLatin1Char(' '));
}
