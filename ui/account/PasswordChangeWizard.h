// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountChangeWizard.h"
#include "CodeEntryPage.h"
#include "DonePage.h"
#include "NewPasswordPage.h"
#include "SendCodePage.h"

#include <memory>

struct ApiError;
struct TokenResponse;
class Session;

namespace Ui {
class PasswordChangeWizard;
}

// Changing the password of the signed-in account (the guide's Безопасность аккаунта → Изменить
// пароль): where the code goes, the code, the new password twice. The server then signs every
// other device out and gives this computer fresh tokens, which the Session keeps. Every request
// runs in the background; Cancel drops a pending one, except the last, which cannot be undone.
class PasswordChangeWizard : public AccountChangeWizard
{
    Q_OBJECT

public:
    enum PageId { SendPageId, CodePageId, PasswordPageId, DonePageId };

    explicit PasswordChangeWizard(Session* session, QWidget* parent = nullptr);
    ~PasswordChangeWizard() override;


protected:
    void retranslateUi() override;
    bool isFinished() const override { return currentId() == DonePageId; }

private:
    void changePassword(const QString& password);
    void adoptTokens(const TokenResponse& tokens);
    // The challenge is gone (expired, used): a new code is needed, from the first page.
    bool startOverAfter(const ApiError& error) override;
    std::unique_ptr<Ui::PasswordChangeWizard> m_ui; // the pages, from PasswordChangeWizard.ui
};
