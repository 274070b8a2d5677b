// SPDX-License-Identifier: Apache-2.0
#include "PasswordChangeCommand.h"

#include "OutputFormatter.h"
#include "PromptReader.h"
#include "session/Session.h"

void PasswordChangeCommand::start()
{
    Session* session = m_context->session;
    sendCode(
        [this, session](const QString& via, ChallengeCallback done) {
            session->startPasswordChange(via, this, std::move(done));
        },
        orFail<CodeChallenge>([this](const CodeChallenge& challenge) {
            m_request.challengeId = challenge.id;
            m_context->output->note(QStringLiteral("A %1-digit code was sent to %2.")
                                        .arg(challenge.codeLength)
                                        .arg(challenge.sentTo));
            askCode();
        }));
}

void PasswordChangeCommand::askCode()
{
    m_context->prompt->ask(QStringLiteral("Code:"), PromptReader::Echo::Visible,
                           [this](const std::optional<QString>& code) {
                               if (!code || code->trimmed().isEmpty()) {
                                   fail(ApiError(ErrorCode::Cancelled));
                                   return;
                               }
                               m_request.code = code->trimmed();
                               if (m_request.newPassword.isEmpty())
                                   askPassword();
                               else
                                   change();
                           });
}

void PasswordChangeCommand::askPassword()
{
    const AccountProfile& profile = m_context->session->profile();
    const QString login = profile.email.isEmpty() ? profile.phone : profile.email;
    m_newPassword->ask(login, answerOrFail<QString>([this](const QString& password) {
                           m_request.newPassword = password;
                           change();
                       }));
}

void PasswordChangeCommand::change()
{
    m_context->session->changePassword(
        m_request, this, [this](const TokenResponse& tokens, const ApiError& error) {
            if (error.code == ErrorCode::CodeWrong) {
                m_context->output->note(error);
                askCode();
                return;
            }
            if (error.code == ErrorCode::PasswordWeak) {
                // The code is not used up by a refused password: only the password is asked again.
                m_context->output->note(error);
                m_request.newPassword.clear();
                askPassword();
                return;
            }
            if (error) {
                fail(error);
                return;
            }
            // The old tokens are dead already: the new ones replace them here and in the keychain.
            m_context->session->replaceTokens(tokens, [this](const ApiError& keychainError) {
                if (keychainError) {
                    m_context->output->note(QStringLiteral("The password was changed, but the keychain did "
                                                           "not take the new sign-in: sign in again."));
                    fail(keychainError);
                    return;
                }
                m_context->output->line(QStringLiteral("Password changed. Other devices were signed out."));
                m_context->output->set(QStringLiteral("passwordChanged"), true);
                m_context->output->set(QStringLiteral("accountId"), m_context->session->accountId());
                finish(0);
            });
        });
}
