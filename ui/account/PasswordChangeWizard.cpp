// SPDX-License-Identifier: Apache-2.0
#include "PasswordChangeWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "NewPasswordPage.h"
#include "SendCodePage.h"
#include "session/Session.h"
#include "ui_PasswordChangeWizard.h"

PasswordChangeWizard::PasswordChangeWizard(Session* session, QWidget* parent)
    : AccountChangeWizard(session, parent)
    , m_ui(std::make_unique<Ui::PasswordChangeWizard>())
{
    m_ui->setupUi(this);

    // Once the password is changed there is nothing to go back to.
    m_ui->newPasswordPage->setCommitPage(true);
    setStartId(SendPageId);
    setMinimumSize(600, 580);

    const AccountProfile& profile = session->profile();
    m_ui->newPasswordPage->setLogin(profile.email.isEmpty() ? profile.phone : profile.email);
    setUpCodePages(m_ui->sendCodePage, m_ui->codeEntryPage, &Session::startPasswordChange);
    connect(m_ui->newPasswordPage, &NewPasswordPage::passwordChosen, this,
            &PasswordChangeWizard::changePassword);
    retranslateUi();
}

PasswordChangeWizard::~PasswordChangeWizard() = default;

void PasswordChangeWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    m_ui->retranslateUi(this);
    setButtonText(QWizard::FinishButton, tr("Done"));
    //: The code page's button (the guide's «Подтвердить»)
    m_ui->codeEntryPage->setButtonText(QWizard::NextButton, tr("Confirm"));
    m_ui->newPasswordPage->setButtonText(QWizard::CommitButton, tr("Change Password"));
}

void PasswordChangeWizard::changePassword(const QString& password)
{
    if (isBusy())
        return;
    ChangePasswordRequest request;
    request.challengeId = m_challengeId;
    request.code = m_code;
    request.newPassword = password;
    // From here the server may change the password at any moment: Cancel would only hide it.
    m_committing = true;
    m_session->changePassword(request, startRequest(m_ui->newPasswordPage, tr("Changing the password…")),
                              [this](const TokenResponse& tokens, const ApiError& error) {
                                  if (!error) {
                                      adoptTokens(tokens);
                                      return;
                                  }
                                  finishRequest();
                                  if (startOverAfter(error))
                                      return;
                                  switch (error.code) {
                                  case ErrorCode::CodeWrong:
                                  case ErrorCode::CodeExpired:
                                  case ErrorCode::CodeAttemptsExceeded:
                                      // The password stays typed on its page for when the code is right.
                                      back();
                                      m_ui->codeEntryPage->showError(error);
                                      break;
                                  default:
                                      m_ui->newPasswordPage->showError(error);
                                  }
                              });
}

void PasswordChangeWizard::adoptTokens(const TokenResponse& tokens)
{
    // The old tokens of this computer are dead now; the keychain gets the new refresh token.
    m_session->replaceTokens(tokens, [this](const ApiError& keychainError) {
        finishRequest();
        m_ui->newPasswordPage->clearPasswords();
        m_code.clear();
        if (keychainError) {
            m_ui->donePage->setMessage(
                tr("Password changed. Other devices were signed out. This computer could "
                   "not store the new sign-in, so it will ask for the new password "
                   "next time."));
            m_ui->donePage->showError(keychainError);
        } else {
            m_ui->donePage->setMessage(tr("Password changed. Other devices were signed out. "
                                          "You stay signed in on this computer."));
        }
        m_ui->newPasswordPage->proceed();
    });
}

bool PasswordChangeWizard::startOverAfter(const ApiError& error)
{
    if (error.code != ErrorCode::ChallengeNotFound)
        return false;
    m_challengeId.clear();
    m_code.clear();
    goBackTo(SendPageId);
    m_ui->sendCodePage->showError(error);
    return true;
}
