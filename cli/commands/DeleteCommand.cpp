// SPDX-License-Identifier: Apache-2.0
#include "DeleteCommand.h"

#include "CodePrompt.h"
#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"

void DeleteCommand::start()
{
    Session* session = m_context->session;
    sendCode(
        [this, session](const QString& via, ChallengeCallback done) {
            session->startAccountDeletion(via, this, std::move(done));
        },
        [this](const CodeChallenge& challenge, const ApiError& error) {
            if (error.code == ErrorCode::DevicesStillBound) {
                // No code was sent: the devices listed (after the error) go first.
                m_context->output->note(
                    QStringLiteral("Account %1 cannot be deleted while other devices are bound to it. "
                                   "Unbind each (account-ctl devices unbind ID), then delete again.")
                        .arg(accountId()));
            }
            if (error)
                fail(error);
            else
                confirm(challenge);
        });
}

void DeleteCommand::confirm(const CodeChallenge& challenge)
{
    m_request.challengeId = challenge.id;
    Session* session = m_context->session;
    m_code = new CodePrompt(
        m_context, [this](const QString& code, CodePrompt::DoneCallback done) { deleteWith(code, done); },
        [this, session](ChallengeCallback done) {
            session->resendAccountChallenge(m_request.challengeId, this, std::move(done));
        },
        this);
    m_context->output->note(QStringLiteral("Deleting account %1 erases it on the server for good: its email, "
                                           "phone and password; it cannot be recovered.")
                                .arg(accountId()));
    // The password before the code: with --password-stdin it is the first line of stdin.
    askPassword(QStringLiteral("Password of account %1 to delete it:").arg(accountId()),
                [this, challenge](const QString& password) {
                    m_request.password = password;
                    m_code->run(challenge, orFail([this] { deleted(); }));
                });
}

void DeleteCommand::deleteWith(const QString& code, std::function<void(const ApiError&)> done)
{
    // A two-step code already given stays: only the email or SMS code was wrong.
    m_request.code = code;
    send(std::move(done));
}

void DeleteCommand::send(std::function<void(const ApiError&)> done)
{
    m_context->session->deleteAccount(m_request, this, [this, done](const ApiError& error) {
        if (askedForTwoStep(error, [this, done](const TwoStepAnswer& answer) {
                m_request.twoStep = answer;
                send(done);
            }))
            return;
        // A wrong email or SMS code goes back to the code prompt; anything else ends it.
        done(error);
    });
}

void DeleteCommand::deleted()
{
    m_request = {};
    connect(m_context->session, &Session::signedOut, this, [this] {
        OutputFormatter* out = m_context->output;
        out->line(
            QStringLiteral("Account %1 deleted. Nothing of it is kept on this computer.").arg(accountId()));
        out->set(QStringLiteral("deleted"), true);
        out->set(QStringLiteral("accountId"), accountId());
        finish(ExitCode::Ok);
    });
    m_context->session->forgetDeletedAccount();
}
