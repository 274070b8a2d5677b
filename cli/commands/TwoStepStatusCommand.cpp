// SPDX-License-Identifier: Apache-2.0
#include "TwoStepStatusCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"

void TwoStepStatusCommand::run(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return;
    Session* session = m_context->session;
    // restore() fetches the profile once signed in: its answer (or failure) ends the command.
    connect(session, &Session::profileChanged, this, [this](const AccountProfile& profile) {
        OutputFormatter* out = m_context->output;
        out->line(
            profile.twoStep
                ? QStringLiteral("Two-step verification is on for account %1.").arg(profile.accountId)
                : QStringLiteral("Two-step verification is off for account %1.").arg(profile.accountId));
        out->set(QStringLiteral("accountId"), profile.accountId);
        out->set(QStringLiteral("twoStep"), profile.twoStep);
        finish(ExitCode::Ok);
    });
    connect(session, &Session::failed, this, [this](const ApiError& error) { fail(error); });
    restoreSession([](const ApiError&) {});
}
