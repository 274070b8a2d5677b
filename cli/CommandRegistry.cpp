// SPDX-License-Identifier: Apache-2.0
#include "CommandRegistry.h"

#include "DevicesListCommand.h"
#include "DevicesUnbindCommand.h"
#include "DiagnoseCommand.h"
#include "ErrorsCommand.h"
#include "ExplainCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "PasswordChangeCommand.h"
#include "RegisterCommand.h"
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
        entry<LoginCommand>("login", "login LOGIN [--password-stdin] [--region RU] [--captcha-file PATH]",
                            "Sign in (email, phone or account ID); the password is asked for."),
        entry<LogoutCommand>("logout", "logout", "Sign out: end the session on the server, forget it here."),
        entry<WhoamiCommand>("whoami", "whoami", "Show the signed-in account (email and phone masked)."),
        entry<RegisterCommand>(
            "register", "register --email E | --phone P --region RU [--marketing] [--captcha-file PATH]",
            "Create an account: captcha, code, password; then signed in."),
        entry<DevicesListCommand>("devices list", "devices list",
                                  "The devices bound to the signed-in account."),
        entry<DevicesUnbindCommand>("devices unbind", "devices unbind ID [--password-stdin]",
                                    "Unbind a device; the account's password is asked again."),
        entry<PasswordChangeCommand>("password change", "password change [--via email|phone]",
                                     "Change the password: a code, then the new password twice."),
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
