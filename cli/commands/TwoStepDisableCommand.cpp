// SPDX-License-Identifier: Apache-2.0
#include "TwoStepDisableCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "TwoStepPrompt.h"
#include "session/Session.h"

void TwoStepDisableCommand::addOptions(QCommandLineParser& parser)
{
    PasswordCommand::addOptions(parser);
    TwoStepPrompt::addOption(parser);
}

bool TwoStepDisableCommand::readArguments(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (!noArguments(arguments))
        return false;
    m_twoStep = new TwoStepPrompt(m_context, TwoStepPrompt::givenCode(parser), this);
    return true;
}

QString TwoStepDisableCommand::purpose() const
{
    return QStringLiteral("switch off two-step verification");
}

void TwoStepDisableCommand::withPassword(const QString& password)
{
    m_request.password = password;
    // The code is always needed here: asked as if the server had said so.
    askCode(ApiError(ErrorCode::TwoStepRequired));
}

void TwoStepDisableCommand::askCode(const ApiError& reason)
{
    m_twoStep->ask(reason, answerOrFail<QString>([this](const QString& code) {
                       m_request.code = code;
                       disable();
                   }));
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
