// SPDX-License-Identifier: Apache-2.0
#include "TwoStepDisableCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"

TwoStepDisableCommand::TwoStepDisableCommand(CommandContext* context)
    : PasswordCommand(context, QStringLiteral("switch off two-step verification"))
{
}

void TwoStepDisableCommand::withPassword(const QString& password)
{
    m_request.password = password;
    // The code is always needed here: asked as if the server had said so.
    askCode(ApiError(ErrorCode::TwoStepRequired));
}

void TwoStepDisableCommand::askCode(const ApiError& reason)
{
    askTwoStep(reason, [this](const QString& code) {
        m_request.code = code;
        disable();
    });
}

void TwoStepDisableCommand::disable()
{
    m_context->session->disableTwoStep(m_request, this, [this](const ApiError& error) {
        if (error.code == ErrorCode::CodeWrong) {
            askCode(error);
            return;
        }
        if (error) {
            fail(error);
            return;
        }
        m_request = {};
        OutputFormatter* out = m_context->output;
        out->line(QStringLiteral("Two-step verification is off: the password alone signs in again. The "
                                 "key in the authenticator app and the backup codes no longer work."));
        out->set(QStringLiteral("twoStep"), false);
        out->set(QStringLiteral("accountId"), m_context->session->accountId());
        finish(ExitCode::Ok);
    });
}
