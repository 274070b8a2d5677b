// SPDX-License-Identifier: Apache-2.0
#include "RecoveryWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "NewPasswordPage.h"
#include "RecoveryLoginPage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"
#include "session/Session.h"

RecoveryWizard::RecoveryWizard(Session* session, QWidget* parent)
    : FlowWizard(session, parent)
    , m_loginPage(new RecoveryLoginPage(session->api(), this))
    , m_sendPage(new SendCodePage(this))
    , m_codePage(new CodeEntryPage(this))
    , m_passwordPage(new NewPasswordPage(this))
    , m_twoStepPage(new TwoStepCodePage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("recoveryWizard"));

    m_passwordPage->setCommitPage(true);

    setPage(LoginPageId, m_loginPage);
    setPage(SendPageId, m_sendPage);
    setPage(CodePageId, m_codePage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(TwoStepPageId, m_twoStepPage);
    setPage(DonePageId, m_donePage);
    setStartId(LoginPageId);
    // Room for the captcha and a wrapped error under each field: a shown dialog does not grow.
    setMinimumSize(620, 640);

    connect(m_loginPage, &RecoveryLoginPage::submitted, this, &RecoveryWizard::start);
    connect(m_sendPage, &SendCodePage::sendRequested, this, &RecoveryWizard::send);
    connect(m_codePage, &CodeEntryPage::verifyRequested, this, &RecoveryWizard::verify);
    connect(m_codePage, &CodeEntryPage::resendRequested, this, &RecoveryWizard::resend);
    connect(m_passwordPage, &NewPasswordPage::passwordChosen, this, &RecoveryWizard::complete);
    connect(m_twoStepPage, &SubmitPage::submitted, this, &RecoveryWizard::completeWithTwoStep);
    connect(m_donePage, &DonePage::actionTriggered, this,
            [this] { emit signInRequested(m_loginPage->identity()); });
    connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::pageChanged);
    retranslateUi();
}

void RecoveryWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
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
    //: Subtitle of the two-step code page when a password is reset
    m_twoStepPage->setSubTitle(tr("Your account has two-step verification on."));
    m_twoStepPage->setButtonText(QWizard::NextButton, tr("Change Password"));
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
    // The two-step code only when the server asks for it.
    if (currentId() == PasswordPageId)
        return m_twoStepNeeded ? TwoStepPageId : DonePageId;
    return QWizard::nextId();
}

void RecoveryWizard::start()
{
    if (isBusy())
        return;
    const StartRecoveryRequest request = m_loginPage->request();
    m_session->api()->startRecovery(
        request, startRequest(m_loginPage),
        answerTo<RecoveryStart>(m_loginPage, [this, login = request.login](const RecoveryStart& start) {
            m_captchaUsed = true;
            m_recoveryId = start.id;
            m_codeSent = start.codeSent();
            if (m_codeSent)
                m_codePage->setChallenge(*start.sent);
            else
                m_sendPage->setChoices(start.choices);
            m_passwordPage->setLogin(login);
            m_loginPage->proceed();
        }));
}

void RecoveryWizard::send(const QString& via)
{
    if (isBusy())
        return;
    m_session->api()->sendRecoveryCode(
        m_recoveryId, via, startRequest(m_sendPage),
        answerTo<CodeChallenge>(m_sendPage, [this](const CodeChallenge& challenge) {
            m_codePage->setChallenge(challenge);
            m_sendPage->proceed();
        }));
}

void RecoveryWizard::resend()
{
    if (isBusy() || m_recoveryId.isEmpty())
        return;
    m_session->api()->resendRecoveryCode(
        m_recoveryId, startRequest(m_codePage, tr("Sending a new code…")),
        answerTo<CodeChallenge>(
            m_codePage, [this](const CodeChallenge& challenge) { m_codePage->setChallenge(challenge); }));
}

void RecoveryWizard::verify(const QString& code)
{
    if (isBusy())
        return;
    m_session->api()->verifyRecoveryCode(m_recoveryId, code, startRequest(m_codePage),
                                         answerTo(m_codePage, [this, code] {
                                             // Checked, not used up: completing needs it again.
                                             m_code = code;
                                             m_codePage->proceed();
                                         }));
}

void RecoveryWizard::complete(const QString& password)
{
    m_newPassword = password;
    completeWithTwoStep();
}

void RecoveryWizard::completeWithTwoStep()
{
    if (isBusy())
        return;
    const bool withTwoStep = currentId() == TwoStepPageId;
    SubmitPage* page = withTwoStep ? static_cast<SubmitPage*>(m_twoStepPage) : m_passwordPage;
    CompleteRecoveryRequest request;
    request.code = m_code;
    request.newPassword = m_newPassword;
    if (withTwoStep)
        request.twoStep = TwoStepAnswer { m_twoStepPage->code() };
    // The server may set the password at any moment now: Cancel would only hide that it did.
    m_committing = true;
    m_session->api()->completeRecovery(
        m_recoveryId, request, startRequest(page, tr("Changing the password…")),
        [this, page, withTwoStep](const RecoveryResult&, const ApiError& error) {
            finishRequest();
            switch (error.code) {
            case ErrorCode::None:
                m_passwordPage->clearPasswords();
                m_newPassword.clear();
                m_code.clear();
                page->proceed();
                break;
            case ErrorCode::RecoveryNotFound:
                startOverAfter(error);
                break;
            case ErrorCode::TwoStepRequired:
                if (withTwoStep) {
                    m_twoStepPage->showError(error); // the code was not taken
                } else {
                    m_twoStepNeeded = true;
                    m_twoStepPage->reset();
                    m_passwordPage->proceed();
                }
                break;
            case ErrorCode::CodeWrong:
            case ErrorCode::CodeExpired:
            case ErrorCode::CodeAttemptsExceeded:
                // Sent with a two-step code, a code error is about that one unless it names the other.
                if (withTwoStep && error.field != QLatin1String("code")) {
                    m_twoStepPage->showError(error);
                    break;
                }
                goBackTo(CodePageId); // the password stays typed for when the code is right
                m_codePage->showError(error);
                break;
            default:
                if (withTwoStep && error.field == QLatin1String("newPassword")) {
                    back(); // a password the server refuses: chosen again on its page
                    m_passwordPage->showError(error);
                    break;
                }
                page->showError(error);
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
        m_twoStepNeeded = false;
        m_loginPage->reloadCaptcha();
    }
}

bool RecoveryWizard::startOverAfter(const ApiError& error)
{
    if (error.code != ErrorCode::RecoveryNotFound)
        return false;
    // The recovery expired (30 minutes) or was finished elsewhere: a new one, from the login.
    goBackTo(LoginPageId);
    m_loginPage->showError(error);
    return true;
}
