// SPDX-License-Identifier: Apache-2.0
#include "PasswordChangeWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "NewPasswordPage.h"
#include "SendCodePage.h"
#include "session/Session.h"

PasswordChangeWizard::PasswordChangeWizard(Session* session, QWidget* parent)
    : AccountChangeWizard(session, parent)
    , m_sendPage(new SendCodePage(this))
    , m_codePage(new CodeEntryPage(this))
    , m_passwordPage(new NewPasswordPage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("passwordChangeWizard"));

    // Once the password is changed there is nothing to go back to.
    m_passwordPage->setCommitPage(true);

    setPage(SendPageId, m_sendPage);
    setPage(CodePageId, m_codePage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(DonePageId, m_donePage);
    setStartId(SendPageId);
    setMinimumSize(600, 580);

    const AccountProfile& profile = session->profile();
    m_passwordPage->setLogin(profile.email.isEmpty() ? profile.phone : profile.email);
    setUpCodePages(m_sendPage, m_codePage);
    connect(m_sendPage, &SendCodePage::sendRequested, this, &PasswordChangeWizard::sendCode);
    connect(m_passwordPage, &NewPasswordPage::passwordChosen, this, &PasswordChangeWizard::changePassword);
    retranslateUi();
}

void PasswordChangeWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    setWindowTitle(tr("Change Password"));
    setButtonText(QWizard::FinishButton, tr("Done"));
    m_sendPage->setTitle(tr("Change password"));
    //: The code page's button (the guide's «Подтвердить»)
    m_codePage->setButtonText(QWizard::NextButton, tr("Confirm"));
    m_passwordPage->setTitle(tr("Choose a new password"));
    m_passwordPage->setSubTitle(tr("Your other devices will be signed out; this computer stays signed in."));
    m_passwordPage->setButtonText(QWizard::CommitButton, tr("Change Password"));
    m_donePage->setTitle(tr("Password changed"));
}

void PasswordChangeWizard::sendCode(const QString& via)
{
    if (isBusy())
        return;
    m_session->startPasswordChange(
        via, startRequest(m_sendPage),
        answerTo<CodeChallenge>(m_sendPage, [this](const CodeChallenge& challenge) {
            m_challengeId = challenge.id;
            m_codePage->setChallenge(challenge);
            m_sendPage->proceed();
        }));
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
    m_session->changePassword(request, startRequest(m_passwordPage, tr("Changing the password…")),
                              [this](const TokenResponse& tokens, const ApiError& error) {
                                  if (!error) {
                                      adoptTokens(tokens);
                                      return;
                                  }
                                  finishRequest();
                                  switch (error.code) {
                                  case ErrorCode::ChallengeNotFound:
                                      startOverAfter(error);
                                      break;
                                  case ErrorCode::CodeWrong:
                                  case ErrorCode::CodeExpired:
                                  case ErrorCode::CodeAttemptsExceeded:
                                      // The password stays typed on its page for when the code is right.
                                      back();
                                      m_codePage->showError(error);
                                      break;
                                  default:
                                      m_passwordPage->showError(error);
                                  }
                              });
}

void PasswordChangeWizard::adoptTokens(const TokenResponse& tokens)
{
    // The old tokens of this computer are dead now; the keychain gets the new refresh token.
    m_session->replaceTokens(tokens, [this](const ApiError& keychainError) {
        finishRequest();
        m_passwordPage->clearPasswords();
        m_code.clear();
        if (keychainError) {
            m_donePage->setMessage(tr("Password changed. Other devices were signed out. This computer could "
                                      "not store the new sign-in, so it will ask for the new password "
                                      "next time."));
            m_donePage->showError(keychainError);
        } else {
            m_donePage->setMessage(tr("Password changed. Other devices were signed out. "
                                      "You stay signed in on this computer."));
        }
        m_passwordPage->proceed();
    });
}

bool PasswordChangeWizard::startOverAfter(const ApiError& error)
{
    if (error.code != ErrorCode::ChallengeNotFound)
        return false;
    m_challengeId.clear();
    m_code.clear();
    goBackTo(SendPageId);
    m_sendPage->showError(error);
    return true;
}
