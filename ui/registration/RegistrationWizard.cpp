// SPDX-License-Identifier: Apache-2.0
#include "RegistrationWizard.h"

#include "CodeEntryPage.h"
#include "NewPasswordPage.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationDonePage.h"
#include "RegistrationMethodPage.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"
#include "ui_RegistrationWizard.h"

#include <QTimer>

RegistrationWizard::RegistrationWizard(Session* session, AccountSettings* settings, QWidget* parent)
    : FlowWizard(session, parent)
    , m_ui(std::make_unique<Ui::RegistrationWizard>())
    , m_settings(settings)
    , m_detailsPage(new RegistrationDetailsPage(session->api(), this))
    , m_poll(new QTimer(this))
{
    // The details page takes the API for its captcha: made here; the other pages come from the form.
    setPage(DetailsPageId, m_detailsPage);
    m_ui->setupUi(this);
    // A verified code cannot be taken back, nor can a created account: both pages commit.
    m_ui->codeEntryPage->setCommitPage(true);
    m_ui->codeEntryPage->setLinkExpected(true);
    m_ui->newPasswordPage->setCommitPage(true);
    setStartId(MethodPageId);
    // Room for the captcha and a wrapped error under each field: a shown dialog does not grow.
    setMinimumSize(620, 640);

    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &RegistrationWizard::pollStatus);
    connect(m_ui->registrationMethodPage, &RegistrationMethodPage::methodChanged, this,
            [this] { m_detailsPage->setMethod(m_ui->registrationMethodPage->method()); });
    connect(m_detailsPage, &RegistrationDetailsPage::submitted, this, &RegistrationWizard::start);
    // The account exists already: the login typed here goes along to the sign-in or the recovery.
    connect(m_detailsPage, &RegistrationDetailsPage::signInRequested, this, [this] {
        if (!isBusy())
            emit signInRequested(m_detailsPage->identity());
    });
    connect(m_detailsPage, &RegistrationDetailsPage::forgotPasswordRequested, this, [this] {
        if (!isBusy())
            emit recoveryRequested(m_detailsPage->identity());
    });
    connect(m_ui->codeEntryPage, &CodeEntryPage::verifyRequested, this, &RegistrationWizard::verify);
    resendCodeOn(m_ui->codeEntryPage, m_session->api(), &AccountApi::resendRegistrationCode,
                 &m_registrationId);
    connect(m_ui->newPasswordPage, &NewPasswordPage::passwordChosen, this, &RegistrationWizard::complete);
    connect(this, &QWizard::currentIdChanged, this, &RegistrationWizard::pageChanged);

    connect(m_session, &Session::signedIn, this, [this] { finishSignIn(ApiError {}); });
    connect(m_session, &Session::failed, this, &RegistrationWizard::finishSignIn);
    retranslateUi();
}

RegistrationWizard::~RegistrationWizard() = default;

void RegistrationWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    m_ui->retranslateUi(this);
    //: The button that closes the wizard once the account exists
    setButtonText(QWizard::FinishButton, tr("Done"));
    m_ui->codeEntryPage->setButtonText(QWizard::CommitButton, tr("Next"));
    //: The button on the password page that creates the account
    m_ui->newPasswordPage->setButtonText(QWizard::CommitButton, tr("Create Account"));
    retranslateCodeTitle();
}

void RegistrationWizard::retranslateCodeTitle()
{
    const QString channel = m_ui->codeEntryPage->challenge().channel;
    if (channel.isEmpty())
        return; // no code sent yet: the page's own title
    m_ui->codeEntryPage->setTitle(channel == QLatin1String("email") ? tr("Confirm your email address")
                                                                    : tr("Confirm your phone number"));
}

void RegistrationWizard::setStatusPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void RegistrationWizard::start()
{
    if (isBusy())
        return;
    m_session->api()->startRegistration(
        m_detailsPage->request(), startRequest(m_detailsPage),
        answerTo<CodeChallenge>(m_detailsPage, [this](const CodeChallenge& challenge) {
            m_registrationId = challenge.id;
            m_captchaUsed = true;
            m_ui->codeEntryPage->setChallenge(challenge);
            retranslateCodeTitle();
            m_ui->newPasswordPage->setLogin(m_detailsPage->login());
            m_detailsPage->proceed();
        }));
}

void RegistrationWizard::verify(const QString& code)
{
    if (isBusy())
        return;
    m_session->api()->verifyRegistration(
        m_registrationId, code, startRequest(m_ui->codeEntryPage),
        answerTo(m_ui->codeEntryPage, [this] { m_ui->codeEntryPage->proceed(); }));
}

void RegistrationWizard::complete(const QString& password)
{
    if (isBusy())
        return;
    CompleteRegistrationRequest request;
    request.password = password;
    request.device = m_settings->thisDevice();
    QObject* context = startRequest(m_ui->newPasswordPage, tr("Creating your account…"));
    // The keychain is read first; Cancel meanwhile deletes the context, and nothing is sent.
    m_session->readDeviceSecret(context, [this, request, context](const QString& secret) mutable {
        request.deviceSecret = secret;
        m_session->api()->completeRegistration(
            m_registrationId, request, context, [this](const TokenResponse& tokens, const ApiError& error) {
                if (error) {
                    finishRequest();
                    if (error.code == ErrorCode::NotVerified) {
                        back(); // to the code page, which says what is missing
                        m_ui->codeEntryPage->showError(error);
                    } else if (!startOverAfter(error)) {
                        m_ui->newPasswordPage->showError(error);
                    }
                    return;
                }
                // The account exists. Still busy, and past cancelling: the session stores the
                // sign-in in the keychain and fetches the profile; finishSignIn() moves on.
                m_accountId = tokens.accountId;
                m_signingIn = true;
                m_committing = true;
                m_session->begin(tokens);
            });
    });
}

void RegistrationWizard::finishSignIn(const ApiError& error)
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    finishRequest();
    m_ui->newPasswordPage->clearPasswords();
    m_ui->registrationDonePage->setAccountId(m_accountId);
    if (error)
        m_ui->registrationDonePage->setSignInError(error);
    m_ui->newPasswordPage->proceed();
}

void RegistrationWizard::pollStatus()
{
    if (isBusy() || m_pollRequest || m_registrationId.isEmpty() || currentId() != CodePageId)
        return;
    // A background look of its own, beside the user's requests: its own context, deleted when done.
    m_pollRequest = new QObject(this);
    m_session->api()->registrationStatus(
        m_registrationId, m_pollRequest, [this](const RegistrationStatus& status, const ApiError& error) {
            m_pollRequest->deleteLater();
            // A failed look is not worth a message: the code field still works, and says more.
            if (error || !status.verified || isBusy() || currentId() != CodePageId)
                return;
            m_ui->codeEntryPage->proceed();
        });
}

void RegistrationWizard::pageChanged(int id)
{
    const bool polling
        = id == CodePageId && m_ui->codeEntryPage->challenge().channel == QLatin1String("email");
    if (polling)
        m_poll->start();
    else
        m_poll->stop();
    if (id == DetailsPageId && m_captchaUsed) {
        // Back from the code page: the next attempt starts a new sign-up and needs a new picture.
        m_captchaUsed = false;
        m_detailsPage->reloadCaptcha();
    }
}

bool RegistrationWizard::startOverAfter(const ApiError& error)
{
    if (error.code != ErrorCode::RegistrationNotFound)
        return false;
    m_registrationId.clear();
    goBackTo(DetailsPageId);
    m_detailsPage->showError(error);
    return true;
}

void RegistrationWizard::reject()
{
    delete m_pollRequest;
    FlowWizard::reject();
}
