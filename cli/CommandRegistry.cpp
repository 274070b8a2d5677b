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

namespace {
template<typename T>
CommandRegistry::Entry entry(const char* name, const char* synopsis, const char* summary, bool hidden = false)
{
    return { QString::fromLatin1(name), QString::fromLatin1(synopsis), QString::fromLatin1(summary), hidden,
             [](CommandContext* context) -> Command* { return new T(context); } };
}
} // namespace

const QList<CommandRegistry::Entry>& CommandRegistry::entries()
{
    static const QList<Entry> all {
        entry<LoginCommand>(
            "login",
            "login LOGIN [--password-stdin] [--region RU] [--captcha-file PATH] [--two-step-code CODE]",
            "Sign in (email, phone or account ID); the password is asked for, and the two-step code "
            "when the account has it on."),
        entry<SignoutCommand>("signout", "signout [--password-stdin] [--remove-local-data]",
                              "Sign out as the app's \"Sign Out\" does: the password is asked, this "
                              "computer is unbound from the account and forgets its session."),
        entry<LogoutCommand>("logout", "logout",
                             "End this session only (no password): this computer stays bound to the "
                             "account. To sign out and unbind it, use signout."),
        entry<WhoamiCommand>("whoami", "whoami", "Show the signed-in account (email and phone masked)."),
        entry<RegisterCommand>("register",
                               "register --email E | --phone P --region RU [--marketing] [--language LANG] "
                               "[--captcha-file PATH]",
                               "Create an account: captcha, code, password; then signed in."),
        entry<DevicesListCommand>("devices list", "devices list",
                                  "The devices bound to the signed-in account."),
        entry<DevicesUnbindCommand>("devices unbind", "devices unbind ID [--password-stdin]",
                                    "Unbind a device; the account's password is asked again."),
        entry<PasswordChangeCommand>("password change", "password change [--via email|phone]",
                                     "Change the password: a code, then the new password twice."),
        entry<RecoverCommand>("recover",
                              "recover LOGIN [--region RU] [--via email|phone] [--captcha-file PATH] "
                              "[--password-stdin] [--two-step-code CODE]",
                              "Forgotten password: captcha, a code to the email or phone, the new "
                              "password twice. Every device is signed out."),
        entry<ContactChangeCommand>("contact email", "contact email ADDRESS [--password-stdin]",
                                    "Add or change the email: the password, then the code sent to "
                                    "the new address."),
        entry<ContactChangeCommand>("contact phone", "contact phone NUMBER [--region RU] [--password-stdin]",
                                    "Add or change the phone number: the password, then the code sent "
                                    "by SMS to the new number."),
        entry<TwoStepStatusCommand>("two-step status", "two-step status",
                                    "Whether two-step verification (authenticator app) is on."),
        entry<TwoStepEnableCommand>("two-step enable", "two-step enable [--password-stdin]",
                                    "Switch two-step verification on: the password, the key for the "
                                    "authenticator app, its first code; then the backup codes."),
        entry<TwoStepDisableCommand>("two-step disable",
                                     "two-step disable [--password-stdin] [--two-step-code CODE]",
                                     "Switch two-step verification off: the password and a code."),
        entry<LanguageCommand>("language", "language [en|ru|zh_CN]",
                               "The language of the account's emails and SMS; with one, sets it."),
        entry<ActivityCommand>("activity", "activity [--limit N] [--before TIME]",
                               "The account's recent activity (sign-ins, changes), newest first, "
                               "addresses masked."),
        entry<ExportCommand>("export", "export --output FILE [--force] [--password-stdin]",
                             "Save everything the server holds about the account as JSON (0600); "
                             "the password is asked again. Once an hour."),
        entry<DeleteCommand>("delete", "delete [--via email|phone] [--password-stdin] [--two-step-code CODE]",
                             "Delete the account for good: refused while other devices are bound; "
                             "a code, the password. Nothing stays on this computer."),
        entry<DiagnoseCommand>("diagnose", "diagnose [--report]",
                               "Check the address, connection, TLS, server, keychain and accounts."),
        entry<ExplainCommand>("explain", "explain E-CODE",
                              "What an error code means, for users and support."),
        entry<ErrorsCommand>("errors", "errors [--markdown]", "The error catalog (docs/errors.md).", true),
    };
    return all;
}

const CommandRegistry::Entry* CommandRegistry::find(const QString& name)
{
    for (const Entry& entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}
