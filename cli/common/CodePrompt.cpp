// SPDX-License-Identifier: Apache-2.0
#include "CodePrompt.h"

#include "OutputFormatter.h"
#include "PromptReader.h"

CodePrompt::CodePrompt(CommandContext* context, VerifyFunction verify, ResendFunction resend, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_verify(std::move(verify))
    , m_resend(std::move(resend))
{
}

void CodePrompt::run(const CodeChallenge& challenge, DoneCallback done)
{
    m_done = std::move(done);
    m_challenge = challenge;
    m_since.start();
    announce();
    ask();
}

void CodePrompt::announce()
{
    // sentTo comes masked from the server: "a***@example.com", "+7 *** ***-45-67".
    m_context->output->note(
        QStringLiteral("A %1-digit code was sent by %2 to %3; it is valid for %4 minutes.")
            .arg(m_challenge.codeLength)
            .arg(m_challenge.channel == QLatin1String("sms") ? QStringLiteral("SMS")
                                                             : QStringLiteral("email"),
                 m_challenge.sentTo)
            .arg(qMax(1, (m_challenge.expiresIn + 59) / 60)));
}

int CodePrompt::secondsUntilResend() const
{
    return qMax(0, m_challenge.resendAfter - int(m_since.elapsed() / 1000));
}

void CodePrompt::ask()
{
    const int wait = secondsUntilResend();
    const QString resendHint = wait > 0 ? QStringLiteral("a new code can be asked for in %1 s").arg(wait)
                                        : QStringLiteral("an empty line sends a new one");
    m_context->prompt->ask(QStringLiteral("Code (%1):").arg(resendHint), PromptReader::Echo::Visible,
                           [this](const std::optional<QString>& line) {
                               if (!line) {
                                   m_done(ApiError(ErrorCode::Cancelled));
                                   return;
                               }
                               const QString code = line->trimmed();
                               if (code.isEmpty()) {
                                   resend();
                                   return;
                               }
                               m_verify(code, [this](const ApiError& error) {
                                   if (!error) {
                                       m_done({});
                                       return;
                                   }
                                   switch (error.code) {
                                   case ErrorCode::CodeWrong:
                                   case ErrorCode::CodeExpired:
                                   case ErrorCode::CodeAttemptsExceeded:
                                   case ErrorCode::MissingField:
                                   case ErrorCode::InvalidField:
                                       // Worth another try, or a resend: the person decides.
                                       m_context->output->note(error);
                                       ask();
                                       return;
                                   default:
                                       m_done(error);
                                   }
                               });
                           });
}

void CodePrompt::resend()
{
    const int wait = secondsUntilResend();
    if (wait > 0) {
        m_context->output->note(
            QStringLiteral("Please wait %1 s more before asking for a new code.").arg(wait));
        ask();
        return;
    }
    m_resend([this](const CodeChallenge& challenge, const ApiError& error) {
        if (error.code == ErrorCode::ResendTooEarly || error.code == ErrorCode::ResendLimit) {
            m_context->output->note(error);
            ask();
            return;
        }
        if (error) {
            m_done(error);
            return;
        }
        m_challenge = challenge;
        m_since.restart();
        announce();
        ask();
    });
}
