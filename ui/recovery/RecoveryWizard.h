// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "FlowWizard.h"
#include "LoginIdentity.h"
#include "NewPasswordPage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"

#include <memory>

struct ApiError;
class RecoveryLoginPage;
class Session;
class TwoStepGuard;

namespace Ui {
class RecoveryWizard;
}

// A forgotten password (the guide's «Забыли пароль?»): the login and a captcha, where the code
// goes when the account has both an email and a phone, the code, the new password twice. The
// server then signs every device out; the last page offers to sign in. A login that matches no
// account goes exactly the same way (the server pretends), so nothing here tells them apart.
class RecoveryWizard : public FlowWizard
{
    Q_OBJECT

public:
    enum PageId { LoginPageId, SendPageId, CodePageId, PasswordPageId, TwoStepPageId, DonePageId };

    explicit RecoveryWizard(Session* session, QWidget* parent = nullptr);
    ~RecoveryWizard() override;

    RecoveryLoginPage* loginPage() const { return m_loginPage; }
    QString recoveryId() const { return m_recoveryId; }

    int nextId() const override;

signals:
    // "Sign In" on the last page: the login page of this wizard has the login to prefill.
    void signInRequested(const LoginIdentity& identity);

protected:
    void retranslateUi() override;
    bool isFinished() const override { return currentId() == DonePageId; }

private:
    void start();
    void send(const QString& via);
    void verify(const QString& code);
    void complete(const QString& password);
    void completeWithTwoStep();
    void pageChanged(int id);
    bool startOverAfter(const ApiError& error) override;

    std::unique_ptr<Ui::RecoveryWizard> m_ui; // the pages, from RecoveryWizard.ui
    RecoveryLoginPage* m_loginPage;
    QString m_recoveryId;
    QString m_code;
    QString m_newPassword; // kept for the attempt with the two-step code
    std::unique_ptr<TwoStepGuard> m_twoStep; // the new password, when two-step verification guards it
    bool m_codeSent = false;
    bool m_captchaUsed = false;
};
