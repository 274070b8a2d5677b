// SPDX-License-Identifier: Apache-2.0
#include "LanguageCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "protocol/AccountMessages.h"
#include "session/Session.h"

void LanguageCommand::run(const QStringList& arguments)
{
    if (arguments.size() > 1) {
        failUsage(QStringLiteral("language takes at most one language: %1.")
                      .arg(accountLanguages().join(QStringLiteral(", "))));
        return;
    }
    Session* session = m_context->session;
    if (arguments.isEmpty()) {
        // restore() fetches the profile once signed in: its answer (or failure) ends the command.
        connect(session, &Session::profileChanged, this, &LanguageCommand::show);
        connect(session, &Session::failed, this, [this](const ApiError& error) { fail(error); });
        restoreSession([](const ApiError&) {});
        return;
    }
    // Exactly the server's names, checked here so that a typo is a usage error and no request.
    const QString language = arguments.first().trimmed();
    if (!accountLanguages().contains(language)) {
        failUsage(QStringLiteral("Unknown language \"%1\"; one of: %2.")
                      .arg(language, accountLanguages().join(QStringLiteral(", "))));
        return;
    }
    withSession([this, language] { set(language); });
}

void LanguageCommand::show(const AccountProfile& profile)
{
    OutputFormatter* out = m_context->output;
    out->line(QStringLiteral("Emails and SMS of account %1 are written in %2.")
                  .arg(profile.accountId)
                  .arg(profile.language));
    out->set(QStringLiteral("accountId"), profile.accountId);
    out->set(QStringLiteral("language"), profile.language);
    finish(ExitCode::Ok);
}

void LanguageCommand::set(const QString& language)
{
    Session* session = m_context->session;
    session->setAccountLanguage(language, this, [this, language](const ApiError& error) {
        if (error) {
            fail(error);
            return;
        }
        OutputFormatter* out = m_context->output;
        out->line(QStringLiteral("Emails and SMS of account %1 are now written in %2.")
                      .arg(m_context->session->accountId())
                      .arg(language));
        out->set(QStringLiteral("accountId"), m_context->session->accountId());
        out->set(QStringLiteral("language"), language);
        finish(ExitCode::Ok);
    });
}
