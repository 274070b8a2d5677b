// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountChangeWizard.h"

struct ApiError;
struct TokenResponse;
class CodeEntryPage;
class DonePage;
class NewPasswordPage;
class SendCodePage;
class Session;

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

    SendCodePage* sendPage() const { return m_sendPage; }
    CodeEntryPage* codePage() const { return m_codePage; }
    NewPasswordPage* passwordPage() const { return m_passwordPage; }
    DonePage* donePage() const { return m_donePage; }

protected:
    void retranslateUi() override;
    bool isFinished() const override { return currentId() == DonePageId; }

private:
    void sendCode(const QString& via);
    void changePassword(const QString& password);
    void adoptTokens(const TokenResponse& tokens);
    // The challenge is gone (expired, used): a new code is needed, from the first page.
    bool startOverAfter(const ApiError& error) override;

    SendCodePage* m_sendPage;
    CodeEntryPage* m_codePage;
    NewPasswordPage* m_passwordPage;
    DonePage* m_donePage;
};
