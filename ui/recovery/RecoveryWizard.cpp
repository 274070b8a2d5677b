#include "RecoveryWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "NewPasswordPage.h"
#include "RecoveryLoginPage.h"
#include "SendCodePage.h"
#include "WizardTexts.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>
#include <QNetworkReply>

RecoveryWizard::RecoveryWizard(Session* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_loginPage(new RecoveryLoginPage(session->api(), this))
    , m_sendPage(new SendCodePage(this))
    , m_codePage(new CodeEntryPage(this))
    , m_passwordPage(new NewPasswordPage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("recoveryWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage
               | QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/account-manager.svg")).pixmap(40, 40));

    m_passwordPage->setCommitPage(true);

    setPage(LoginPageId, m_loginPage);
    setPage(SendPageId, m_sendPage);
    setPage(CodePageId, m_codePage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(DonePageId, m_donePage);
    setStartId(LoginPageId);
    // Room for the captcha and a wrapped error under each field: a shown dialog does not grow.
    setMinimumSize(620, 640);

    connect(m_loginPage, &RecoveryLoginPage::submitted, this, &RecoveryWizard::start);
    connect(m_sendPage, &SendCodePage::sendRequested, this, &RecoveryWizard::send);
    connect(m_codePage, &CodeEntryPage::verifyRequested, this, &RecoveryWizard::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, this, &RecoveryWizard::resend);
    connect(m_passwordPage, &NewPasswordPage::passwordChosen, this, &RecoveryWizard::complete);
    connect(m_donePage, &DonePage::actionTriggered, this, &RecoveryWizard::signInRequested);
    connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::pageChanged);
    retranslateUi();
}

void RecoveryWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // After the pages have retranslated themselves (they get the event after the wizard): the
    // wizard's own titles and button texts for them win.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &RecoveryWizard::retranslateUi, Qt::QueuedConnection);
}

void RecoveryWizard::retranslateUi()
{
    WizardTexts::retranslateStandardButtons(this);
    setWindowTitle(tr("Reset Password"));
    //: Closes the recovery wizard once the password is reset
    setButtonText(QWizard::FinishButton, tr("Close"));
    m_sendPage->setTitle(tr("Reset your password"));
    //: The code page's button (the guide's «Подтвердить»)
    m_codePage->setButtonText(QWizard::NextButton, tr("Confirm"));
    m_passwordPage->setTitle(tr("Choose a new password"));
    m_passwordPage->setSubTitle(tr("Every device signed in to the account will be signed out."));
    //: The button on the new password page of the recovery
    m_passwordPage->setButtonText(QWizard::CommitButton, tr("Change Password"));
    m_donePage->setTitle(tr("Password changed"));
    m_donePage->setMessage(tr("Your password was changed and every device was signed out. "
                              "Sign in with the new password."));
    m_donePage->setAction(tr("&Sign In"));
}

int RecoveryWizard::nextId() const
{
    // One bound channel (or a stand-in with one): the code went out at once, no choice to make.
    if (currentId() == LoginPageId)
        return m_codeSent ? CodePageId : SendPageId;
    return QWizard::nextId();
}

void RecoveryWizard::start()
{
    if (m_busy)
        return;
    const StartRecoveryRequest request = m_loginPage->request();
    m_loginPage->setBusy(true);
    setBusy(true);
    m_reply = m_session->api()->startRecovery(
        request, this, [this, login = request.login](const RecoveryStart& start, const ApiError& error) {
            m_reply = nullptr;
            setBusy(false);
            m_loginPage->setBusy(false);
            if (error) {
                m_loginPage->showError(error);
                return;
            }
            m_captchaUsed = true;
            m_recoveryId = start.id;
            m_codeSent = start.codeSent();
            if (m_codeSent)
                m_codePage->setChallenge(*start.sent);
            else
                m_sendPage->setChoices(start.choices);
            m_passwordPage->setLogin(login);
            m_loginPage->proceed();
        });
}

void RecoveryWizard::send(const QString& via)
{
    if (m_busy)
        return;
    m_sendPage->setBusy(true);
    setBusy(true);
    m_reply = m_session->api()->sendRecoveryCode(
        m_recoveryId, via, this, [this](const CodeChallenge& challenge, const ApiError& error) {
            m_reply = nullptr;
            setBusy(false);
            m_sendPage->setBusy(false);
            if (error.code == ErrorCode::RecoveryNotFound) {
                startOver(error);
            } else if (error) {
                m_sendPage->showError(error);
            } else {
                m_codePage->setChallenge(challenge);
                m_sendPage->proceed();
            }
        });
}

void RecoveryWizard::resend()
{
    if (m_busy || m_recoveryId.isEmpty())
        return;
    m_codePage->setBusy(true, tr("Sending a new code…"));
    setBusy(true);
    m_reply = m_session->api()->resendRecoveryCode(
        m_recoveryId, this, [this](const CodeChallenge& challenge, const ApiError& error) {
            m_reply = nullptr;
            setBusy(false);
            m_codePage->setBusy(false);
            if (error.code == ErrorCode::RecoveryNotFound)
                startOver(error);
            else if (error)
                m_codePage->showError(error);
            else
                m_codePage->setChallenge(challenge);
        });
}

void RecoveryWizard::verify(const QString& code)
{
    if (m_busy)
        return;
    m_codePage->setBusy(true);
    setBusy(true);
    m_reply
        = m_session->api()->verifyRecoveryCode(m_recoveryId, code, this, [this, code](const ApiError& error) {
              m_reply = nullptr;
              setBusy(false);
              m_codePage->setBusy(false);
              if (error.code == ErrorCode::RecoveryNotFound) {
                  startOver(error);
              } else if (error) {
                  m_codePage->showError(error);
              } else {
                  // Checked, not used up: completing needs it again.
                  m_code = code;
                  m_codePage->proceed();
              }
          });
}

void RecoveryWizard::complete(const QString& password)
{
    if (m_busy)
        return;
    CompleteRecoveryRequest request;
    request.code = m_code;
    request.newPassword = password;
    m_passwordPage->setBusy(true, tr("Changing the password…"));
    // The server may set the password at any moment now: Cancel would only hide that it did.
    m_committing = true;
    setBusy(true);
    m_reply = m_session->api()->completeRecovery(
        m_recoveryId, request, this, [this](const RecoveryResult&, const ApiError& error) {
            m_reply = nullptr;
            m_committing = false;
            setBusy(false);
            m_passwordPage->setBusy(false);
            switch (error.code) {
            case ErrorCode::None:
                m_passwordPage->clearPasswords();
                m_code.clear();
                m_passwordPage->proceed();
                break;
            case ErrorCode::RecoveryNotFound:
                startOver(error);
                break;
            case ErrorCode::CodeWrong:
            case ErrorCode::CodeExpired:
            case ErrorCode::CodeAttemptsExceeded:
                back(); // the password stays typed for when the code is right
                m_codePage->showError(error);
                break;
            default:
                m_passwordPage->showError(error);
            }
        });
}

void RecoveryWizard::pageChanged(int id)
{
    if (id == LoginPageId && m_captchaUsed) {
        // Back on the first page: the next start is a new recovery and needs a new picture.
        m_captchaUsed = false;
        m_codeSent = false;
        m_recoveryId.clear();
        m_loginPage->reloadCaptcha();
    }
}

void RecoveryWizard::startOver(const ApiError& error)
{
    // The recovery expired (30 minutes) or was finished elsewhere: a new one, from the login.
    while (currentId() > LoginPageId)
        back();
    m_loginPage->showError(error);
}

void RecoveryWizard::setBusy(bool busy)
{
    m_busy = busy;
    button(QWizard::CancelButton)->setEnabled(!m_committing);
    if (busy)
        button(QWizard::BackButton)->setEnabled(false);
    emit busyChanged(busy);
}

void RecoveryWizard::done(int result)
{
    if (result == QDialog::Accepted && currentId() == DonePageId) {
        QDialog::done(result);
        return;
    }
    QWizard::done(result);
}

void RecoveryWizard::reject()
{
    if (m_committing)
        return; // wait for the answer: the password may already be changed
    if (m_reply) {
        m_reply->abort(); // the callback gets E-CANCELLED and ends the busy state; typed data stays
        return;
    }
    QWizard::reject();
}
