// SPDX-License-Identifier: Apache-2.0
#include "NewPasswordPrompt.h"

#include "OutputFormatter.h"
#include "PromptReader.h"
#include "validation/PasswordPolicy.h"

NewPasswordPrompt::NewPasswordPrompt(CommandContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

void NewPasswordPrompt::ask(const QString& login, Callback callback)
{
    m_context->prompt->ask(
        QStringLiteral("New password (%1 to %2 characters, letters and digits):")
            .arg(PasswordPolicy::minimumLength())
            .arg(PasswordPolicy::maximumLength()),
        PromptReader::Echo::Hidden, [this, login, callback](const std::optional<QString>& password) {
            if (!password) {
                callback(std::nullopt, ApiError(ErrorCode::Cancelled));
                return;
            }
            const auto problems = PasswordPolicy::check(*password, login);
            if (!problems.isEmpty()) {
                QStringList rules;
                for (const auto problem : problems)
                    rules.append(PasswordPolicy::ruleText(problem));
                m_context->output->note(QStringLiteral("This password cannot be used. Needed: %1.")
                                            .arg(rules.join(QStringLiteral("; "))));
                ask(login, callback);
                return;
            }
            confirm(login, *password, callback);
        });
}

void NewPasswordPrompt::confirm(const QString& login, const QString& first, Callback callback)
{
    m_context->prompt->ask(QStringLiteral("Repeat the password:"), PromptReader::Echo::Hidden,
                           [this, login, first, callback](const std::optional<QString>& second) {
                               if (!second) {
                                   callback(std::nullopt, ApiError(ErrorCode::Cancelled));
                                   return;
                               }
                               if (*second != first) {
                                   m_context->output->note(
                                       QStringLiteral("The passwords differ. Once more."));
                                   ask(login, callback);
                                   return;
                               }
                               callback(first, {});
                           });
}
