#include "LoginWizard.h"

#include "CaptchaPage.h"
#include "LoginPage.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QIcon>
#include <QNetworkReply>

LoginWizard::LoginWizard(Session* session, AccountSettings* settings, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_settings(settings)
    , m_loginPage(new LoginPage(this))
    , m_captchaPage(new CaptchaPage(session->api(), this))
{
    setObjectName(QStringLiteral("loginWizard"));
    setWindowTitle(tr("Sign In"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/account-manager.svg")).pixmap(40, 40));
    //: The button that sends the login and password
    setButtonText(QWizard::FinishButton, tr("Sign In"));
    setPage(LoginPageId, m_loginPage);
    setPage(CaptchaPageId, m_captchaPage);
    setStartId(LoginPageId);
    // Room for a three-line error above the form: a wrapped label cannot make a shown dialog grow.
    setMinimumSize(560, 500);

    connect(m_loginPage, &LoginPage::createAccountRequested, this, &LoginWizard::createAccountRequested);
    connect(m_loginPage, &LoginPage::forgotPasswordRequested, this, &LoginWizard::recoveryRequested);
    connect(m_session, &Session::signedIn, this, [this] {
        if (!m_busy)
            return;
        m_signedIn = true;
        setBusy(false);
        accept();
    });
    connect(m_session, &Session::failed, this, [this](const ApiError& error) {
        if (!m_busy)
            return;
        setBusy(false);
        handleFailure(error);
    });
}

void LoginWizard::signIn(const std::optional<CaptchaAnswer>& captcha)
{
    if (m_busy)
        return;
    SignInRequest request;
    request.login = m_loginPage->login();
    request.password = m_loginPage->password();
    request.device = m_settings->thisDevice();
    request.captcha = captcha;
    setBusy(true);
    m_reply
        = m_session->api()->signIn(request, this, [this](const TokenResponse& tokens, const ApiError& error) {
              m_reply = nullptr;
              if (error) {
                  setBusy(false);
                  handleFailure(error);
                  return;
              }
              // Still busy: the session stores the token in the keychain and fetches the profile.
              m_session->begin(tokens);
          });
}

void LoginWizard::handleFailure(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::Cancelled:
        return; // the user asked for it; everything typed is still there
    case ErrorCode::CaptchaRequired:
    case ErrorCode::CaptchaWrong:
        if (currentId() == CaptchaPageId) {
            m_captchaPage->showError(error);
        } else {
            m_captchaNeeded = true;
            m_captchaPage->setReason(error);
            next();
        }
        return;
    case ErrorCode::InvalidCredentials:
        // The password is on the first page: take the user back to it.
        if (currentId() == CaptchaPageId)
            back();
        m_loginPage->showError(error);
        return;
    default:
        if (currentId() == CaptchaPageId)
            m_captchaPage->showError(error);
        else
            m_loginPage->showError(error);
    }
}

void LoginWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_loginPage->setBusy(busy);
    m_captchaPage->setBusy(busy);
    if (busy)
        button(QWizard::BackButton)->setEnabled(false);
    emit busyChanged(busy);
}

void LoginWizard::done(int result)
{
    // Signed in: the pages have nothing left to check.
    if (result == QDialog::Accepted && m_signedIn) {
        QDialog::done(result);
        return;
    }
    QWizard::done(result);
}

void LoginWizard::reject()
{
    if (m_reply) {
        m_reply->abort(); // the callback gets E-CANCELLED and ends the busy state
        return;
    }
    if (m_busy)
        return; // the keychain is being written; that cannot be interrupted halfway
    QWizard::reject();
}
