// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CodeEntryPage.h"
#include "FlowWizard.h"
#include "LoginIdentity.h"
#include "LoginPage.h"
#include "TwoStepCodePage.h"

#include <memory>

struct ApiError;
class AccountSettings;
class CaptchaPage;
class Session;

namespace Ui {
class LoginWizard;
}

// Signing in: the login and password, then a captcha when the server asks for one, and a code
// sent to the bound phone or email when this computer is new to the account (the guide's
// new-device check), and a code from the authenticator app (or a backup code) when the account has
// two-step verification on: each time the same sign-in is sent again with what the server asked
// for. The request runs in the background; Cancel stops it and keeps everything
// typed. The wizard accepts once the Session is signed in (tokens in the keychain, profile fetched).
class LoginWizard : public FlowWizard
{
    Q_OBJECT

public:
    enum PageId { LoginPageId, CaptchaPageId, DeviceCodePageId, TwoStepPageId };

    LoginWizard(Session* session, AccountSettings* settings, QWidget* parent = nullptr);
    ~LoginWizard() override;

    CaptchaPage* captchaPage() const { return m_captchaPage; }
    Session* session() const { return m_session; }

    // Once the server has asked for a captcha, every further attempt carries one.
    bool captchaNeeded() const { return m_captchaNeeded; }

    bool validateCurrentPage() override;

signals:
    // "No account? Create one" on the login page.
    void createAccountRequested();
    // "Forgot password?" on the login page, with the login typed there.
    void recoveryRequested(const LoginIdentity& identity);

protected:
    void retranslateUi() override;
    bool isFinished() const override { return m_signedIn; }
    int nextId() const override;

private:
    // Sends the login and password from the login page, with the captcha answer when one was asked.
    void signIn();
    void handleFailure(const ApiError& error);
    void askForDeviceCode(const ApiError& error);
    void askForTwoStepCode(const ApiError& error);
    // Shows page id: back to it when it was shown on the way here, otherwise on to it.
    void showPage(int id);
    // The page the attempt was made from, which shows its progress.
    SubmitPage* currentSubmitPage() const;

    std::unique_ptr<Ui::LoginWizard> m_ui; // the pages, from LoginWizard.ui
    AccountSettings* m_settings;
    CaptchaPage* m_captchaPage;
    QString m_deviceChallengeId;
    QString m_deviceCode;
    bool m_captchaNeeded = false;
    bool m_twoStepNeeded = false;
    int m_target = -1; // the page showPage() moves on to, for nextId()
    bool m_signedIn = false;
    bool m_advancing = false;
};
