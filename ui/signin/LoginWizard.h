#pragma once

#include "protocol/CaptchaMessages.h"

#include <QPointer>
#include <QWizard>
#include <optional>

struct ApiError;
class AccountSettings;
class CaptchaPage;
class CodeEntryPage;
class LoginPage;
class QNetworkReply;
class Session;

// Signing in: the login and password, then a captcha when the server asks for one, and a code
// sent to the bound phone or email when this computer is new to the account (the guide's
// new-device check). The request runs in the background; Cancel aborts it and keeps everything
// typed. The wizard accepts once the Session is signed in (tokens in the keychain, profile fetched).
class LoginWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { LoginPageId, CaptchaPageId, DeviceCodePageId };

    LoginWizard(Session* session, AccountSettings* settings, QWidget* parent = nullptr);

    LoginPage* loginPage() const { return m_loginPage; }
    CaptchaPage* captchaPage() const { return m_captchaPage; }
    CodeEntryPage* deviceCodePage() const { return m_codePage; }
    Session* session() const { return m_session; }

    bool isBusy() const { return m_busy; }
    // Once the server has asked for a captcha, every further attempt carries one.
    bool captchaNeeded() const { return m_captchaNeeded; }
    // Sends the login and password from the login page, with the captcha answer if given.
    void signIn(const std::optional<CaptchaAnswer>& captcha);

    bool validateCurrentPage() override;
    void done(int result) override;
    void reject() override;

signals:
    void busyChanged(bool busy);
    // "No account? Create one" on the login page.
    void createAccountRequested();
    // "Forgot password?" on the login page.
    void recoveryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void handleFailure(const ApiError& error);
    void askForDeviceCode(const ApiError& error);
    void resendDeviceCode();
    int nextId() const override;

    Session* m_session;
    AccountSettings* m_settings;
    LoginPage* m_loginPage;
    CaptchaPage* m_captchaPage;
    CodeEntryPage* m_codePage;
    QString m_deviceChallengeId;
    QString m_deviceCode;
    QPointer<QNetworkReply> m_reply;
    bool m_busy = false;
    bool m_awaitingSecret = false; // the device secret is being read; nothing sent yet
    bool m_captchaNeeded = false;
    bool m_signedIn = false;
    bool m_advancing = false;
};
