// SPDX-License-Identifier: Apache-2.0
#include "LoginWizard.h"

#include "CaptchaPage.h"
#include "CodeEntryPage.h"
#include "LoginPage.h"
#include "TwoStepCodePage.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"
#include "ui_LoginWizard.h"

LoginWizard::LoginWizard(Session* session, AccountSettings* settings, QWidget* parent)
    : FlowWizard(session, parent)
    , m_ui(std::make_unique<Ui::LoginWizard>())
    , m_settings(settings)
    , m_captchaPage(new CaptchaPage(session->api(), this))
{
    // The captcha page takes the API: made here; the other pages come from the form.
    setPage(CaptchaPageId, m_captchaPage);
    m_ui->setupUi(this);
    // The sign-in has no closing page: its last page (the login, the captcha or the code) keeps
    // Back and Cancel.
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    retranslateUi();
    setStartId(LoginPageId);
    // Room for a three-line error above the form: a wrapped label cannot make a shown dialog grow.
    setMinimumSize(560, 500);

    connect(m_ui->loginPage, &LoginPage::createAccountRequested, this, &LoginWizard::createAccountRequested);
    connect(m_ui->loginPage, &LoginPage::forgotPasswordRequested, this, [this] {
        if (!isBusy())
            emit recoveryRequested(m_ui->loginPage->identity());
    });
    connect(m_ui->loginPage, &SubmitPage::submitted, this, &LoginWizard::signIn);
    connect(m_captchaPage, &SubmitPage::submitted, this, &LoginWizard::signIn);
    connect(m_ui->deviceCodePage, &CodeEntryPage::verifyRequested, this, [this](const QString& code) {
        m_deviceCode = code;
        signIn();
    });
    connect(m_ui->twoStepCodePage, &SubmitPage::submitted, this, &LoginWizard::signIn);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Back at the login (perhaps another one): the server says again whether a code is needed.
        if (id == LoginPageId)
            m_twoStepNeeded = false;
    });
    resendCodeOn(m_ui->deviceCodePage, m_session->api(), &AccountApi::resendDeviceVerification,
                 &m_deviceChallengeId);
    connect(m_session, &Session::signedIn, this, [this] {
        if (!isBusy())
            return;
        m_signedIn = true;
        m_ui->loginPage->setBusy(false);
        finishRequest();
        accept();
    });
    connect(m_session, &Session::failed, this, [this](const ApiError& error) {
        if (!isBusy())
            return;
        finishRequest();
        handleFailure(error);
    });
}

LoginWizard::~LoginWizard() = default;

void LoginWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    m_ui->retranslateUi(this);
    //: The button that sends the login and password
    setButtonText(QWizard::FinishButton, tr("Sign In"));
}

SubmitPage* LoginWizard::currentSubmitPage() const
{
    switch (currentId()) {
    case CaptchaPageId:
        return m_captchaPage;
    case DeviceCodePageId:
        return m_ui->deviceCodePage;
    case TwoStepPageId:
        return m_ui->twoStepCodePage;
    default:
        return m_ui->loginPage;
    }
}

void LoginWizard::signIn()
{
    if (isBusy())
        return;
    SignInRequest request;
    request.login = m_ui->loginPage->login();
    request.password = m_ui->loginPage->password();
    request.device = m_settings->thisDevice();
    if (currentId() == TwoStepPageId && m_ui->twoStepCodePage->hasCaptcha())
        request.captcha = m_ui->twoStepCodePage->captchaAnswer();
    else if (m_captchaNeeded)
        request.captcha = m_captchaPage->answer();
    // The whole sign-in again: after the new-device code was taken, the two-step code comes with it.
    const bool pastDeviceCode = currentId() == DeviceCodePageId
        || (currentId() == TwoStepPageId && visitedIds().contains(DeviceCodePageId));
    if (!m_deviceChallengeId.isEmpty() && pastDeviceCode)
        request.deviceVerification = DeviceVerification { m_deviceChallengeId, m_deviceCode };
    if (currentId() == TwoStepPageId)
        request.twoStep = TwoStepAnswer { m_ui->twoStepCodePage->code() };
    // The login page is busy along with the page the attempt is made from.
    m_ui->loginPage->setBusy(true);
    QObject* context = startRequest(currentSubmitPage());
    // The keychain is read first; Cancel meanwhile deletes the context, and nothing is sent.
    m_session->readDeviceSecret(context, [this, request, context](const QString& secret) mutable {
        request.deviceSecret = secret;
        m_session->api()->signIn(request, context,
                                 [this](const TokenResponse& tokens, const ApiError& error) {
                                     if (error) {
                                         finishRequest();
                                         handleFailure(error);
                                         return;
                                     }
                                     // Still busy, and past cancelling: the session stores the token in the
                                     // keychain and fetches the profile.
                                     m_committing = true;
                                     m_session->begin(tokens);
                                 });
    });
}

void LoginWizard::handleFailure(const ApiError& error)
{
    m_ui->loginPage->setBusy(false);
    switch (error.code) {
    case ErrorCode::CaptchaRequired:
    case ErrorCode::CaptchaWrong:
        if (currentId() == TwoStepPageId) {
            // Asked for with the code (wrong codes count as failed sign-ins): the captcha goes on
            // the code's page, and the next attempt carries both.
            m_captchaNeeded = true;
            if (m_ui->twoStepCodePage->hasCaptcha())
                m_ui->twoStepCodePage->showError(error);
            else
                m_ui->twoStepCodePage->showCaptcha(m_session->api(), error);
        } else if (currentId() == CaptchaPageId) {
            m_captchaPage->showError(error);
        } else {
            m_captchaNeeded = true;
            m_ui->loginPage->setSubmitLater(true);
            m_captchaPage->setReason(error);
            next();
        }
        return;
    case ErrorCode::InvalidCredentials:
        // The password is on the first page: take the user back to it.
        while (currentId() != LoginPageId && currentId() != -1)
            back();
        m_ui->loginPage->showError(error);
        return;
    case ErrorCode::DeviceVerificationRequired:
        askForDeviceCode(error);
        return;
    case ErrorCode::TwoStepRequired:
        askForTwoStepCode(error);
        return;
    default:
        currentSubmitPage()->showError(error);
    }
}

void LoginWizard::askForDeviceCode(const ApiError& error)
{
    ApiError decodeError;
    const CodeChallenge challenge = CodeChallenge::fromJson(error.challenge, &decodeError, "challengeId");
    if (decodeError) {
        ApiError bad(ErrorCode::BadResponse, decodeError.field);
        bad.requestId = error.requestId;
        m_ui->loginPage->showError(bad);
        return;
    }
    m_deviceChallengeId = challenge.id;
    m_ui->deviceCodePage->setChallenge(challenge);
    if (currentId() == DeviceCodePageId)
        return; // asked again (a new challenge): the page shows where the new code went
    showPage(DeviceCodePageId);
}

void LoginWizard::askForTwoStepCode(const ApiError& error)
{
    if (currentId() == TwoStepPageId) {
        // Asked again after a code was sent: that code was not taken.
        m_ui->twoStepCodePage->showError(error);
        return;
    }
    m_twoStepNeeded = true;
    m_ui->twoStepCodePage->reset();
    showPage(TwoStepPageId);
    // The captcha of this attempt is spent and the server still wants one: a new picture comes
    // with the code (after the page's start, which clears the last attempt's messages).
    if (m_captchaNeeded)
        m_ui->twoStepCodePage->showCaptcha(m_session->api(), {});
}

void LoginWizard::showPage(int id)
{
    if (visitedIds().contains(id)) {
        while (currentId() != id && currentId() != LoginPageId)
            back();
        return;
    }
    m_target = id;
    m_advancing = true;
    next();
    m_advancing = false;
    m_target = -1;
}

int LoginWizard::nextId() const
{
    // Only for the page being left: QWizard asks again on the new page, for its buttons.
    if (m_target >= 0 && currentId() != m_target)
        return m_target;
    const int twoStep = m_twoStepNeeded ? TwoStepPageId : -1;
    switch (currentId()) {
    case LoginPageId:
        // The login page is the last one (its button signs in) unless a captcha or a code follows.
        if (!m_deviceChallengeId.isEmpty())
            return DeviceCodePageId;
        return m_captchaNeeded ? CaptchaPageId : twoStep;
    case CaptchaPageId:
        // The code pages come only when the server asks for them.
        return m_deviceChallengeId.isEmpty() ? twoStep : DeviceCodePageId;
    case DeviceCodePageId:
        return twoStep;
    default:
        return -1;
    }
}

bool LoginWizard::validateCurrentPage()
{
    // Moving to the code page is the server's answer, not a new request.
    if (m_advancing)
        return true;
    return QWizard::validateCurrentPage();
}
