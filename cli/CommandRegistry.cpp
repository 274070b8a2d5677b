// SPDX-License-Identifier: Apache-2.0
#include "CommandRegistry.h"

#include "ActivityCommand.h"
#include "ContactChangeCommand.h"
#include "DeleteCommand.h"
#include "DevicesListCommand.h"
#include "DevicesUnbindCommand.h"
#include "DiagnoseCommand.h"
#include "ErrorsCommand.h"
#include "ExplainCommand.h"
#include "ExportCommand.h"
#include "LanguageCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "PasswordChangeCommand.h"
#include "RecoverCommand.h"
#include "RegisterCommand.h"
#include "SignoutCommand.h"
#include "TwoStepDisableCommand.h"
#include "TwoStepEnableCommand.h"
#include "TwoStepStatusCommand.h"
#include "WhoamiCommand.h"
#include "protocol/ActivityMessages.h"

namespace {
enum Flag { Hidden = 1, Offline = 2 };

template<typename T>
CommandRegistry::Entry entry(const char* name, const char* arguments, const char* summary,
                             QList<CommandOption> options = {}, int flags = 0)
{
    return { QString::fromLatin1(name),
             QString::fromLatin1(arguments),
             QString::fromLatin1(summary),
             std::move(options),
             (flags & Hidden) != 0,
             (flags & Offline) == 0,
             [](CommandContext* context) -> Command* { return new T(context); } };
}

// A command's own option: a switch without valueName.
CommandOption option(const char* name, const char* valueName, const char* help,
                     CommandOption::Shown shown = CommandOption::Shown::Optional,
                     const char* synopsisValue = "")
{
    return { QString::fromLatin1(name), QString::fromLatin1(valueName), QString::fromLatin1(help), shown,
             QString::fromLatin1(synopsisValue) };
}
} // namespace

const QList<CommandRegistry::Entry>& CommandRegistry::entries()
{
    using Shown = CommandOption::Shown;
    static const QList<Entry> all {
        entry<LoginCommand>("login", "LOGIN",
                            "Sign in (email, phone or account ID); the password is asked for, and the "
                            "two-step code when the account has it on.",
                            { CommandOption::passwordStdin(), CommandOption::region(),
                              CommandOption::captchaFile().withHelp(
                                  QStringLiteral("Save a captcha picture here instead of the temp folder.")),
                              CommandOption::twoStepCode() }),
        entry<SignoutCommand>("signout", "",
                              "Sign out as the app's \"Sign Out\" does: the password is asked, this "
                              "computer is unbound from the account and forgets its session.",
                              { CommandOption::passwordStdin(),
                                option("remove-local-data", "",
                                       "Also forget the account on this computer (its entry in the app's "
                                       "account list).") }),
        entry<LogoutCommand>("logout", "",
                             "End this session only (no password): this computer stays bound to the "
                             "account. To sign out and unbind it, use signout."),
        entry<WhoamiCommand>("whoami", "", "Show the signed-in account (email and phone masked)."),
        entry<RegisterCommand>(
            "register", "", "Create an account: captcha, code, password; then signed in.",
            { option("email", "EMAIL", "Register with this email address.", Shown::OrNext, "E"),
              option("phone", "PHONE", "Register with this phone number.", Shown::Required, "P"),
              option("region", "REGION",
                     "Country of residence and the phone's region (RU); needed with --phone.",
                     Shown::Required, "RU"),
              option("marketing", "", "Agree to news and offers by email or SMS."),
              option("language", "LANG",
                     "Language of the account's emails and SMS: en, ru or zh_CN (default: the system's, "
                     "else en)."),
              CommandOption::captchaFile() }),
        entry<DevicesListCommand>("devices list", "", "The devices bound to the signed-in account."),
        entry<DevicesUnbindCommand>("devices unbind", "ID",
                                    "Unbind a device; the account's password is asked again.",
                                    { CommandOption::passwordStdin() }),
        entry<PasswordChangeCommand>("password change", "",
                                     "Change the password: a code, then the new password twice.",
                                     { CommandOption::via() }),
        entry<RecoverCommand>("recover", "LOGIN",
                              "Forgotten password: captcha, a code to the email or phone, the new "
                              "password twice. Every device is signed out.",
                              { CommandOption::region(), CommandOption::via(), CommandOption::captchaFile(),
                                CommandOption::passwordStdin().withHelp(
                                    QStringLiteral("Read the new password from the first line of stdin, "
                                                   "without a prompt and without the repeat.")),
                                CommandOption::twoStepCode() }),
        entry<ContactChangeCommand>("contact email", "ADDRESS",
                                    "Add or change the email: the password, then the code sent to "
                                    "the new address.",
                                    { CommandOption::passwordStdin() }),
        entry<ContactChangeCommand>(
            "contact phone", "NUMBER",
            "Add or change the phone number: the password, then the code sent by SMS to the new number.",
            { CommandOption::region().withHelp(
                  QStringLiteral("Read NUMBER as a national number of this region (RU).")),
              CommandOption::passwordStdin() }),
        entry<TwoStepStatusCommand>("two-step status", "",
                                    "Whether two-step verification (authenticator app) is on."),
        entry<TwoStepEnableCommand>("two-step enable", "",
                                    "Switch two-step verification on: the password, the key for the "
                                    "authenticator app, its first code; then the backup codes.",
                                    { CommandOption::passwordStdin() }),
        entry<TwoStepDisableCommand>("two-step disable", "",
                                     "Switch two-step verification off: the password and a code.",
                                     { CommandOption::passwordStdin(), CommandOption::twoStepCode() }),
        entry<LanguageCommand>("language", "[en|ru|zh_CN]",
                               "The language of the account's emails and SMS; with one, sets it."),
        entry<ActivityCommand>(
            "activity", "",
            "The account's recent activity (sign-ins, changes), newest first, "
            "addresses masked.",
            { { QStringLiteral("limit"), QStringLiteral("N"),
                QStringLiteral("At most N events (1-%1, default %2).")
                    .arg(ActivityQuery::kMaxLimit)
                    .arg(ActivityQuery::kDefaultLimit) },
              option("before", "TIME", "Only events before TIME (ISO 8601, as \"next\" gives it).") }),
        entry<ExportCommand>(
            "export", "",
            "Save everything the server holds about the account as JSON (0600); "
            "the password is asked again. Once an hour.",
            { option("output", "FILE", "Save the export to FILE (made 0600).", Shown::Required),
              option("force", "", "Overwrite FILE when it exists."), CommandOption::passwordStdin() }),
        entry<DeleteCommand>(
            "delete", "",
            "Delete the account for good: refused while other devices are bound; "
            "a code, the password. Nothing stays on this computer.",
            { CommandOption::via(), CommandOption::passwordStdin(), CommandOption::twoStepCode() }),
        entry<DiagnoseCommand>(
            "diagnose", "", "Check the address, connection, TLS, server, keychain and accounts.",
            { option("report", "", "Also print the whole report: versions, accounts, recent errors.") },
            Offline),
        entry<ExplainCommand>("explain", "E-CODE", "What an error code means, for users and support.", {},
                              Offline),
        entry<ErrorsCommand>("errors", "", "The error catalog (docs/errors.md).",
                             { option("markdown", "", "Print docs/errors.md.") }, Hidden | Offline),
    };
    return all;
}

QString CommandRegistry::Entry::synopsis() const
{
    QStringList parts { name };
    if (!arguments.isEmpty())
        parts.append(arguments);
    if (!options.isEmpty())
        parts.append(CommandOption::synopsis(options));
    return parts.join(QLatin1Char(' '));
}

const CommandRegistry::Entry* CommandRegistry::find(const QString& name)
{
    for (const Entry& entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}
