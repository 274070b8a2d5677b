#include "LoginWizard.h"

#include "CaptchaPage.h"
#include "CodeEntryPage.h"
#include "LoginPage.h"
#include "WizardTexts.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>
#include <QNetworkReply>

LoginWizard::LoginWizard(Session* session, AccountSettings* settings, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_settings(settings)
    , m_loginPage(new LoginPage(this))
    , m_captchaPage(new CaptchaPage(session->api(), this))
    , m_codePage(new CodeEntryPage(this))
{
    setObjectName(QStringLiteral("loginWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/account-manager.svg")).pixmap(40, 40));
    setPage(LoginPageId, m_loginPage);
    setPage(CaptchaPageId, m_captchaPage);
    setPage(DeviceCodePageId, m_codePage);
    m_codePage->setObjectName(QStringLiteral("deviceCodePage"));
    retranslateUi();
    setStartId(LoginPageId);
    // Room for a three-line error above the form: a wrapped label cannot make a shown dialog grow.
    setMinimumSize(560, 500);

    connect(m_loginPage, &LoginPage::createAccountRequested, this, &LoginWizard::createAccountRequested);
    connect(m_loginPage, &LoginPage::forgotPasswordRequested, this, &LoginWizard::recoveryRequested);
    connect(m_codePage, &CodeEntryPage::verifyRequested, this, [this](const QString& code) {
        m_deviceCode = code;
        signIn(std::nullopt);
    });
    connect(m_codePage, &CodeEntryPage::resendRequested, this, &LoginWizard::resendDeviceCode);
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

void LoginWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // After the pages have retranslated themselves (they get the event after the wizard): the
    // wizard's own titles and button texts for them win.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &LoginWizard::retranslateUi, Qt::QueuedConnection);
}

void LoginWizard::retranslateUi()
{
    WizardTexts::retranslateStandardButtons(this);
    setWindowTitle(tr("Sign In"));
    //: The button that sends the login and password
    setButtonText(QWizard::FinishButton, tr("Sign In"));
    m_codePage->setTitle(tr("Confirm that it is you"));
    //: Shown above the code field when the account is signed in to from a computer it has not seen
    m_codePage->setSubTitle(tr("This computer is new to your account. To keep it safe, type the code we "
                               "sent to you."));
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
    if (!m_deviceChallengeId.isEmpty() && currentId() == DeviceCodePageId)
        request.deviceVerification = DeviceVerification { m_deviceChallengeId, m_deviceCode };
    setBusy(true);
    m_awaitingSecret = true;
    m_session->readDeviceSecret(this, [this, request](const QString& secret) mutable {
        if (!m_awaitingSecret)
            return; // cancelled while the keychain was read
        m_awaitingSecret = false;
        request.deviceSecret = secret;
        m_reply = m_session->api()->signIn(request, this,
                                           [this](const TokenResponse& tokens, const ApiError& error) {
                                               m_reply = nullptr;
                                               if (error) {
                                                   setBusy(false);
                                                   handleFailure(error);
                                                   return;
                                               }
                                               // Still busy: the session stores the token in the keychain and
                                               // fetches the profile.
                                               m_session->begin(tokens);
                                           });
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
        while (currentId() != LoginPageId && currentId() != -1)
            back();
        m_loginPage->showError(error);
        return;
    case ErrorCode::DeviceVerificationRequired:
        askForDeviceCode(error);
        return;
    default:
        if (currentId() == DeviceCodePageId)
            m_codePage->showError(error);
        else if (currentId() == CaptchaPageId)
            m_captchaPage->showError(error);
        else
            m_loginPage->showError(error);
    }
}

void LoginWizard::askForDeviceCode(const ApiError& error)
{
    ApiError decodeError;
    const CodeChallenge challenge = CodeChallenge::fromJson(error.challenge, &decodeError, "challengeId");
    if (decodeError) {
        ApiError bad(ErrorCode::BadResponse, decodeError.field);
        bad.requestId = error.requestId;
        m_loginPage->showError(bad);
        return;
    }
    m_deviceChallengeId = challenge.id;
    m_codePage->setChallenge(challenge);
    if (currentId() == DeviceCodePageId)
        return; // asked again (a new challenge): the page shows where the new code went
    m_advancing = true;
    next();
    m_advancing = false;
}

void LoginWizard::resendDeviceCode()
{
    if (m_busy || m_deviceChallengeId.isEmpty())
        return;
    setBusy(true);
    m_codePage->setBusy(true, tr("Sending a new code…"));
    m_reply = m_session->api()->resendDeviceVerification(
        m_deviceChallengeId, this, [this](const CodeChallenge& challenge, const ApiError& error) {
            m_reply = nullptr;
            setBusy(false);
            if (error)
                m_codePage->showError(error);
            else
                m_codePage->setChallenge(challenge);
        });
}

int LoginWizard::nextId() const
{
    // The code page comes only when the server asks for it, after the login or the captcha page.
    if (!m_deviceChallengeId.isEmpty() && currentId() != DeviceCodePageId)
        return DeviceCodePageId;
    return QWizard::nextId();
}

bool LoginWizard::validateCurrentPage()
{
    // Moving to the code page is the server's answer, not a new request.
    if (m_advancing)
        return true;
    return QWizard::validateCurrentPage();
}

void LoginWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_loginPage->setBusy(busy);
    m_captchaPage->setBusy(busy);
    if (currentId() == DeviceCodePageId)
        m_codePage->setBusy(busy);
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
    if (m_awaitingSecret) {
        // Nothing was sent yet: the sign-in simply does not go out.
        m_awaitingSecret = false;
        setBusy(false);
        return;
    }
    if (m_reply) {
        m_reply->abort(); // the callback gets E-CANCELLED and ends the busy state
        return;
    }
    if (m_busy)
        return; // the keychain is being written; that cannot be interrupted halfway
    QWizard::reject();
}
