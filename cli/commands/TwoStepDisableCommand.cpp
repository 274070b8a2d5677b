// SPDX-License-Identifier: Apache-2.0
#include "TwoStepDisableCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "TwoStepPrompt.h"
#include "session/Session.h"

#include <QCommandLineParser>

void TwoStepDisableCommand::addOptions(QCommandLineParser& parser)
{
    addPasswordStdinOption(parser);
    TwoStepPrompt::addOption(parser);
}

void TwoStepDisableCommand::run(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (!noArguments(arguments))
        return;
    m_twoStep = new TwoStepPrompt(m_context, TwoStepPrompt::givenCode(parser), this);
    const bool fromStdin = passwordFromStdin(parser);
    withSession([this, fromStdin] {
        askPassword(fromStdin,
                    QStringLiteral("Password of account %1 to switch off two-step verification:")
                        .arg(m_context->session->accountId()),
                    [this](const QString& password) {
                        m_request.password = password;
                        // The code is always needed here: asked as if the server had said so.
                        askCode(ApiError(ErrorCode::TwoStepRequired));
                    });
    });
}

void TwoStepDisableCommand::askCode(const ApiError& reason)
{
    m_twoStep->ask(reason, [this](const std::optional<QString>& code, const ApiError& error) {
        if (!code) {
            fail(error);
            return;
        }
        m_request.code = *code;
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
