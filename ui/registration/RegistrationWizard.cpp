#include "RegistrationWizard.h"

#include "CodeEntryPage.h"
#include "NewPasswordPage.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationDonePage.h"
#include "RegistrationMethodPage.h"
#include "WizardTexts.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>
#include <QNetworkReply>
#include <QTimer>

RegistrationWizard::RegistrationWizard(Session* session, AccountSettings* settings, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_settings(settings)
    , m_methodPage(new RegistrationMethodPage(this))
    , m_detailsPage(new RegistrationDetailsPage(session->api(), this))
    , m_codePage(new CodeEntryPage(this))
    , m_passwordPage(new NewPasswordPage(this))
    , m_donePage(new RegistrationDonePage(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("registrationWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage
               | QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/account-manager.svg")).pixmap(40, 40));
    // A verified code cannot be taken back, nor can a created account: both pages commit.
    m_codePage->setCommitPage(true);
    m_codePage->setLinkExpected(true);
    m_passwordPage->setCommitPage(true);
    setPage(MethodPageId, m_methodPage);
    setPage(DetailsPageId, m_detailsPage);
    setPage(CodePageId, m_codePage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(DonePageId, m_donePage);
    setStartId(MethodPageId);
    // Room for the captcha and a wrapped error under each field: a shown dialog does not grow.
    setMinimumSize(620, 640);

    m_poll->setInterval(3000);
    connect(m_poll, &QTimer::timeout, this, &RegistrationWizard::pollStatus);
    connect(m_methodPage, &RegistrationMethodPage::methodChanged, this,
            [this] { m_detailsPage->setMethod(m_methodPage->method()); });
    connect(m_detailsPage, &RegistrationDetailsPage::submitted, this, &RegistrationWizard::start);
    connect(m_detailsPage, &RegistrationDetailsPage::signInRequested, this,
            &RegistrationWizard::signInRequested);
    connect(m_detailsPage, &RegistrationDetailsPage::forgotPasswordRequested, this,
            &RegistrationWizard::recoveryRequested);
    connect(m_codePage, &CodeEntryPage::verifyRequested, this, &RegistrationWizard::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, this, &RegistrationWizard::resend);
    connect(m_passwordPage, &NewPasswordPage::passwordChosen, this, &RegistrationWizard::complete);
    connect(this, &QWizard::currentIdChanged, this, &RegistrationWizard::pageChanged);

    connect(m_session, &Session::signedIn, this, [this] { finishSignIn(ApiError {}); });
    connect(m_session, &Session::failed, this, &RegistrationWizard::finishSignIn);
    retranslateUi();
}

void RegistrationWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // After the pages have retranslated themselves (they get the event after the wizard): the
    // wizard's own titles and button texts for them win.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &RegistrationWizard::retranslateUi, Qt::QueuedConnection);
}

void RegistrationWizard::retranslateUi()
{
    WizardTexts::retranslateStandardButtons(this);
    setWindowTitle(tr("Create Account"));
    //: The button that closes the wizard once the account exists
    setButtonText(QWizard::FinishButton, tr("Done"));
    m_codePage->setButtonText(QWizard::CommitButton, tr("Next"));
    //: The button on the password page that creates the account
    m_passwordPage->setButtonText(QWizard::CommitButton, tr("Create Account"));
    retranslateCodeTitle();
}

void RegistrationWizard::retranslateCodeTitle()
{
    const QString channel = m_codePage->challenge().channel;
    if (channel.isEmpty())
        return; // no code sent yet: the page's own title
    m_codePage->setTitle(channel == QLatin1String("email") ? tr("Confirm your email address")
                                                           : tr("Confirm your phone number"));
}

void RegistrationWizard::setStatusPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void RegistrationWizard::start()
{
    if (m_busy)
        return;
    m_detailsPage->setBusy(true);
    setBusy(true);
    m_reply = m_session->api()->startRegistration(
        m_detailsPage->request(), this, [this](const CodeChallenge& challenge, const ApiError& error) {
            m_reply = nullptr;
            setBusy(false);
            m_detailsPage->setBusy(false);
            if (error) {
                m_detailsPage->showError(error);
                return;
            }
            m_registrationId = challenge.id;
            m_captchaUsed = true;
            m_codePage->setChallenge(challenge);
            retranslateCodeTitle();
            m_passwordPage->setLogin(m_detailsPage->login());
            m_detailsPage->proceed();
        });
}

void RegistrationWizard::resend()
{
    if (m_busy || m_registrationId.isEmpty())
        return;
    m_codePage->setBusy(true, tr("Sending a new code…"));
    setBusy(true);
    m_reply = m_session->api()->resendRegistrationCode(
        m_registrationId, this, [this](const CodeChallenge& challenge, const ApiError& error) {
            m_reply = nullptr;
            setBusy(false);
            m_codePage->setBusy(false);
            if (error.code == ErrorCode::RegistrationNotFound) {
                startOver(error);
            } else if (error) {
                m_codePage->showError(error);
            } else {
                m_codePage->setChallenge(challenge);
            }
        });
}

void RegistrationWizard::verify(const QString& code)
{
    if (m_busy)
        return;
    m_codePage->setBusy(true);
    setBusy(true);
    m_reply
        = m_session->api()->verifyRegistration(m_registrationId, code, this, [this](const ApiError& error) {
              m_reply = nullptr;
              setBusy(false);
              m_codePage->setBusy(false);
              if (error.code == ErrorCode::RegistrationNotFound) {
                  startOver(error);
              } else if (error) {
                  m_codePage->showError(error);
              } else {
                  m_codePage->proceed();
              }
          });
}

void RegistrationWizard::complete(const QString& password)
{
    if (m_busy)
        return;
    CompleteRegistrationRequest request;
    request.password = password;
    request.device = m_settings->thisDevice();
    m_passwordPage->setBusy(true, tr("Creating your account…"));
    setBusy(true);
    m_awaitingSecret = true;
    m_session->readDeviceSecret(this, [this, request](const QString& secret) mutable {
        if (!m_awaitingSecret)
            return; // cancelled while the keychain was read
        m_awaitingSecret = false;
        request.deviceSecret = secret;
        m_reply = m_session->api()->completeRegistration(
            m_registrationId, request, this, [this](const TokenResponse& tokens, const ApiError& error) {
                m_reply = nullptr;
                if (error) {
                    setBusy(false);
                    m_passwordPage->setBusy(false);
                    if (error.code == ErrorCode::RegistrationNotFound) {
                        startOver(error);
                    } else if (error.code == ErrorCode::NotVerified) {
                        back(); // to the code page, which says what is missing
                        m_codePage->showError(error);
                    } else {
                        m_passwordPage->showError(error);
                    }
                    return;
                }
                // The account exists. Still busy: the session stores the sign-in in the keychain and
                // fetches the profile; finishSignIn() moves on.
                m_accountId = tokens.accountId;
                m_signingIn = true;
                m_session->begin(tokens);
            });
    });
}

void RegistrationWizard::finishSignIn(const ApiError& error)
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    setBusy(false);
    m_passwordPage->setBusy(false);
    m_passwordPage->clearPasswords();
    m_donePage->setAccountId(m_accountId);
    if (error)
        m_donePage->setSignInError(error);
    m_passwordPage->proceed();
}

void RegistrationWizard::pollStatus()
{
    if (m_busy || m_pollReply || m_registrationId.isEmpty() || currentId() != CodePageId)
        return;
    m_pollReply = m_session->api()->registrationStatus(
        m_registrationId, this, [this](const RegistrationStatus& status, const ApiError& error) {
            m_pollReply = nullptr;
            // A failed look is not worth a message: the code field still works, and says more.
            if (error || !status.verified || m_busy || currentId() != CodePageId)
                return;
            m_codePage->proceed();
        });
}

void RegistrationWizard::pageChanged(int id)
{
    const bool polling = id == CodePageId && m_codePage->challenge().channel == QLatin1String("email");
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

void RegistrationWizard::startOver(const ApiError& error)
{
    m_registrationId.clear();
    while (currentId() > DetailsPageId)
        back();
    m_detailsPage->showError(error);
}

void RegistrationWizard::setBusy(bool busy)
{
    m_busy = busy;
    // After the page's own setBusy(): its completeChanged() makes QWizard enable Back again.
    // When idle again, that same signal gives Back its normal state back.
    if (busy)
        button(QWizard::BackButton)->setEnabled(false);
    emit busyChanged(busy);
}

void RegistrationWizard::done(int result)
{
    // On the last page the account exists: Done has nothing left to check.
    if (result == QDialog::Accepted && currentId() == DonePageId) {
        QDialog::done(result);
        return;
    }
    QWizard::done(result);
}

void RegistrationWizard::reject()
{
    if (m_pollReply)
        m_pollReply->abort();
    if (m_awaitingSecret) {
        // Nothing was sent yet: the account is simply not created now; what was typed stays.
        m_awaitingSecret = false;
        setBusy(false);
        m_passwordPage->setBusy(false);
        return;
    }
    if (m_reply) {
        m_reply->abort(); // the callback gets E-CANCELLED and ends the busy state; typed data stays
        return;
    }
    if (m_signingIn)
        return; // the keychain is being written; that cannot be interrupted halfway
    QWizard::reject();
}
