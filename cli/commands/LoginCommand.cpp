// SPDX-License-Identifier: Apache-2.0
#include "LoginCommand.h"

#include "LoginIdentifier.h"
#include "OutputFormatter.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

void LoginCommand::run(const QStringList& arguments)
{
    if (!readLogin(
            arguments,
            QStringLiteral("login needs exactly one LOGIN: an email, a phone number or an account ID."),
            &m_request.login))
        return;
    m_request.device = m_context->settings->thisDevice();
    askPassword(QStringLiteral("Password for %1:").arg(LoginIdentifier::masked(m_request.login)),
                [this](const QString& password) {
                    m_request.password = password;
                    m_context->session->readDeviceSecret(this, [this](const QString& secret) {
                        m_request.deviceSecret = secret;
                        signIn();
                    });
                });
}

void LoginCommand::signIn()
{
    m_context->api->signIn(m_request, this, [this](const TokenResponse& tokens, const ApiError& error) {
        if (CaptchaSolver::concerns(error)) {
            // A captcha is single use, right or wrong: every retry gets a new picture.
            m_captcha->solve(error, answerOrFail<CaptchaAnswer>([this](const CaptchaAnswer& answer) {
                                 m_request.captcha = answer;
                                 signIn();
                             }));
            return;
        }
        // The password was right; the authenticator app's code (or a backup code) is next.
        if (askedForTwoStep(error, [this](const TwoStepAnswer& answer) {
                m_request.twoStep = answer;
                signIn();
            }))
            return;
        if (error) {
            fail(error);
            return;
        }
        keepSession(tokens);
    });
}

void LoginCommand::keepSession(const TokenResponse& tokens)
{
    Session* session = m_context->session;
    connect(session, &Session::profileChanged, this, [this](const AccountProfile& profile) {
        m_context->output->accountProfile(profile);
        finish(0);
    });
    connect(session, &Session::failed, this, [this, session](const ApiError& error) {
        if (!session->isSignedIn()) {
            fail(error); // the keychain refused: nothing was kept
            return;
        }
        // Signed in and kept; only the profile did not come. The ID is what matters.
        m_context->output->note(error);
        m_context->output->field(QStringLiteral("Account ID"), QStringLiteral("accountId"),
                                 session->accountId());
        finish(0);
    });
    session->begin(tokens);
}
