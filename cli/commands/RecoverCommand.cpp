// SPDX-License-Identifier: Apache-2.0
#include "RecoverCommand.h"

#include "CodePrompt.h"
#include "ExitCode.h"
#include "LoginIdentifier.h"
#include "OutputFormatter.h"
#include "PromptReader.h"
#include "api/AccountApi.h"
#include "validation/PasswordPolicy.h"

void RecoverCommand::run(const QStringList& arguments)
{
    if (!readLogin(arguments,
                   QStringLiteral("recover needs exactly one LOGIN: the email, phone number or account ID "
                                  "of the account."),
                   &m_request.login))
        return;
    m_request.via = via();
    AccountApi* api = m_context->api;
    m_code = new CodePrompt(
        m_context,
        [this, api](const QString& code, CodePrompt::DoneCallback done) {
            // Checked now, so that a wrong code is typed again before the password; not used up.
            api->verifyRecoveryCode(m_recoveryId, code, this, [this, code, done](const ApiError& error) {
                if (!error)
                    m_completion.code = code;
                done(error);
            });
        },
        [this, api](ChallengeCallback done) { api->resendRecoveryCode(m_recoveryId, this, std::move(done)); },
        this);
    // --password-stdin gives the NEW password here: the first line, before any other answer (the
    // captcha's) is read.
    if (!passwordFromStdin()) {
        start();
        return;
    }
    askPassword({}, [this](const QString& password) {
        const auto problems = PasswordPolicy::check(password, m_request.login);
        if (!problems.isEmpty()) {
            QStringList rules;
            for (const auto rule : problems)
                rules.append(PasswordPolicy::ruleText(rule));
            failUsage(QStringLiteral("The new password cannot be used. Needed: %1.")
                          .arg(rules.join(QStringLiteral("; "))));
            return;
        }
        m_completion.newPassword = password;
        start();
    });
}

void RecoverCommand::start()
{
    // Every start takes a solved captcha, the first too.
    m_captcha->sendSolved<RecoveryStart>(
        &m_request.captcha, [this](auto done) { m_context->api->startRecovery(m_request, this, done); },
        orFail<RecoveryStart>([this](const RecoveryStart& start) {
            m_recoveryId = start.id;
            if (start.codeSent())
                askCode(*start.sent);
            else
                chooseChannel(start);
        }));
}

void RecoverCommand::chooseChannel(const RecoveryStart& start)
{
    QStringList offered;
    for (const RecoveryChoice& choice : start.choices)
        offered.append(QStringLiteral("%1 (%2)").arg(choice.via, choice.sentTo));
    // Asked even with the new password on stdin: it came first, this is the next line.
    m_context->prompt->ask(QStringLiteral("Send the code to %1? Answer email or phone:")
                               .arg(offered.join(QStringLiteral(" or "))),
                           PromptReader::Echo::Visible, [this](const std::optional<QString>& answer) {
                               const QString via = answer ? answer->trimmed().toLower() : QString();
                               if (via != QLatin1String("email") && via != QLatin1String("phone")) {
                                   failUsage(QStringLiteral("Answer email or phone (or give --via)."));
                                   return;
                               }
                               send(via);
                           });
}

void RecoverCommand::send(const QString& via)
{
    m_context->api->sendRecoveryCode(
        m_recoveryId, via, this,
        orFail<CodeChallenge>([this](const CodeChallenge& challenge) { askCode(challenge); }));
}

void RecoverCommand::askCode(const CodeChallenge& challenge)
{
    m_code->run(challenge, orFail([this] {
                    if (m_completion.newPassword.isEmpty())
                        askNewPassword();
                    else
                        complete();
                }));
}

void RecoverCommand::askNewPassword()
{
    m_password->ask(m_request.login, answerOrFail<QString>([this](const QString& password) {
                        m_completion.newPassword = password;
                        complete();
                    }));
}

void RecoverCommand::complete()
{
    m_context->api->completeRecovery(m_recoveryId, m_completion, this,
                                     [this](const RecoveryResult& result, const ApiError& error) {
                                         if (!error) {
                                             completed(result.accountId);
                                             return;
                                         }
                                         if (askedForTwoStep(error, [this](const TwoStepAnswer& answer) {
                                                 m_completion.twoStep = answer;
                                                 complete();
                                             }))
                                             return;
                                         if (error.code == ErrorCode::PasswordWeak && !passwordFromStdin()) {
                                             // The server's rules may be newer than ours (or it is the
                                             // current password): the code stays valid, only the password is
                                             // asked again.
                                             m_context->output->note(error);
                                             askNewPassword();
                                             return;
                                         }
                                         fail(error);
                                     });
}

void RecoverCommand::completed(qint64 accountId)
{
    m_completion = {};
    OutputFormatter* out = m_context->output;
    out->line(QStringLiteral("Password changed. Every device signed in to the account was signed out; "
                             "sign in with the new password (account-ctl login)."));
    out->field(QStringLiteral("Account ID"), QStringLiteral("accountId"), accountId);
    out->set(QStringLiteral("passwordChanged"), true);
    finish(ExitCode::Ok);
}
