// SPDX-License-Identifier: Apache-2.0
#include "TwoStepPrompt.h"

#include "OutputFormatter.h"
#include "PromptReader.h"

TwoStepPrompt::TwoStepPrompt(CommandContext* context, const QString& givenCode, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_givenCode(givenCode.trimmed())
{
}

bool TwoStepPrompt::concerns(const ApiError& error) const
{
    if (error.code == ErrorCode::TwoStepRequired)
        return true;
    const bool aboutTheCode = error.code == ErrorCode::CodeWrong || error.code == ErrorCode::InvalidField
        || error.code == ErrorCode::CodeAttemptsExceeded;
    return m_sent && aboutTheCode && error.field.startsWith(QLatin1String("twoStep"));
}

void TwoStepPrompt::ask(const ApiError& reason, Callback callback)
{
    if (!m_givenCode.isEmpty()) {
        if (m_givenCodeUsed) {
            // A script's code was refused: it has no other to give.
            callback(std::nullopt, reason);
            return;
        }
        m_givenCodeUsed = true;
        m_sent = true;
        callback(m_givenCode, {});
        return;
    }
    if (reason.code == ErrorCode::TwoStepRequired && !m_sent)
        m_context->output->note(QStringLiteral("Two-step verification is on for this account."));
    else
        m_context->output->note(reason);
    promptLine(std::move(callback));
}

void TwoStepPrompt::promptLine(Callback callback)
{
    m_context->prompt->ask(QStringLiteral("Two-step code (from the authenticator app, or a backup code):"),
                           PromptReader::Echo::Hidden, [this, callback](const std::optional<QString>& line) {
                               if (!line) {
                                   callback(std::nullopt, ApiError(ErrorCode::Cancelled));
                                   return;
                               }
                               const QString code = line->trimmed().remove(QLatin1Char(' '));
                               if (code.isEmpty()) {
                                   promptLine(callback);
                                   return;
                               }
                               m_sent = true;
                               callback(code, {});
                           });
}
