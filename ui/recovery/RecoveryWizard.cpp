// SPDX-License-Identifier: Apache-2.0
#include "RecoveryWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "NewPasswordPage.h"
#include "RecoveryLoginPage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"
#include "TwoStepGuard.h"
#include "session/Session.h"
#include "ui_RecoveryWizard.h"

RecoveryWizard::RecoveryWizard(Session* session, QWidget* parent)
    : FlowWizard(session, parent)
    , m_ui(std::make_unique<Ui::RecoveryWizard>())
    , m_loginPage(new RecoveryLoginPage(session->api(), this))
{
    // The login page takes the API for its captcha: made here; the other pages come from the form.
    setPage(LoginPageId, m_loginPage);
    m_ui->setupUi(this);
    m_twoStep = std::make_unique<TwoStepGuard>(
        this,
        TwoStepGuard::Pages { m_ui->newPasswordPage, PasswordPageId, QStringLiteral("newPassword"),
                              m_ui->twoStepCodePage, TwoStepPageId, m_ui->codeEntryPage, CodePageId });
    m_ui->newPasswordPage->setCommitPage(true);
    setStartId(LoginPageId);
    // Room for the captcha and a wrapped error under each field: a shown dialog does not grow.
    setMinimumSize(620, 640);

    connect(m_loginPage, &RecoveryLoginPage::submitted, this, &RecoveryWizard::start);
    connect(m_ui->sendCodePage, &SendCodePage::sendRequested, this, &RecoveryWizard::send);
    connect(m_ui->codeEntryPage, &CodeEntryPage::verifyRequested, this, &RecoveryWizard::verify);
    resendCodeOn(m_ui->codeEntryPage, m_session->api(), &AccountApi::resendRecoveryCode, &m_recoveryId);
    connect(m_ui->newPasswordPage, &NewPasswordPage::passwordChosen, this, &RecoveryWizard::complete);
    connect(m_ui->twoStepCodePage, &SubmitPage::submitted, this, &RecoveryWizard::completeWithTwoStep);
    connect(m_ui->donePage, &DonePage::actionTriggered, this,
            [this] { emit signInRequested(m_loginPage->identity()); });
    connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::pageChanged);
    retranslateUi();
}

RecoveryWizard::~RecoveryWizard() = default;

void RecoveryWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    m_ui->retranslateUi(this);
    //: Closes the recovery wizard once the password is reset
    setButtonText(QWizard::FinishButton, tr("Close"));
    //: The code page's button (the guide's «Подтвердить»)
    m_ui->codeEntryPage->setButtonText(QWizard::NextButton, tr("Confirm"));
    //: The button on the new password page of the recovery
    m_ui->newPasswordPage->setButtonText(QWizard::CommitButton, tr("Change Password"));
    m_ui->twoStepCodePage->setButtonText(QWizard::NextButton, tr("Change Password"));
    m_ui->donePage->setMessage(tr("Your password was changed and every device was signed out. "
                                  "Sign in with the new password."));
    m_ui->donePage->setAction(tr("&Sign In"));
}

int RecoveryWizard::nextId() const
{
    // One bound channel (or a stand-in with one): the code went out at once, no choice to make.
    if (currentId() == LoginPageId)
        return m_codeSent ? CodePageId : SendPageId;
    // The two-step code only when the server asks for it.
    if (currentId() == PasswordPageId)
        return m_twoStep->isNeeded() ? TwoStepPageId : DonePageId;
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
                m_ui->codeEntryPage->setChallenge(*start.sent);
            else
                m_ui->sendCodePage->setChoices(start.choices);
            m_ui->newPasswordPage->setLogin(login);
            m_loginPage->proceed();
        }));
}

void RecoveryWizard::send(const QString& via)
{
    if (isBusy())
        return;
    m_session->api()->sendRecoveryCode(
        m_recoveryId, via, startRequest(m_ui->sendCodePage),
        answerTo<CodeChallenge>(m_ui->sendCodePage, [this](const CodeChallenge& challenge) {
            m_ui->codeEntryPage->setChallenge(challenge);
            m_ui->sendCodePage->proceed();
        }));
}

void RecoveryWizard::verify(const QString& code)
{
    if (isBusy())
        return;
    m_session->api()->verifyRecoveryCode(m_recoveryId, code, startRequest(m_ui->codeEntryPage),
                                         answerTo(m_ui->codeEntryPage, [this, code] {
                                             // Checked, not used up: completing needs it again.
                                             m_code = code;
                                             m_ui->codeEntryPage->proceed();
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
    SubmitPage* page = m_twoStep->sendingPage();
    CompleteRecoveryRequest request;
    request.code = m_code;
    request.newPassword = m_newPassword;
    request.twoStep = m_twoStep->answer();
    // The server may set the password at any moment now: Cancel would only hide that it did.
    m_committing = true;
    m_session->api()->completeRecovery(m_recoveryId, request,
                                       startRequest(page, tr("Changing the password…")),
                                       [this, page](const RecoveryResult&, const ApiError& error) {
                                           finishRequest();
                                           if (!error) {
                                               m_ui->newPasswordPage->clearPasswords();
                                               m_newPassword.clear();
                                               m_code.clear();
                                               page->proceed();
                                           } else if (!startOverAfter(error)) {
                                               m_twoStep->showError(error);
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
        m_twoStep->reset();
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
