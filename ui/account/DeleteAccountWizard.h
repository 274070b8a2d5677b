// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountChangeWizard.h"

struct ApiError;
class BoundDevicesPage;
class CodeEntryPage;
class DeletionConfirmPage;
class DonePage;
class SendCodePage;
class Session;
class TwoStepCodePage;

// Deleting the account (the guide's «Удалить аккаунт»): what it means; the devices still bound,
// each unbound right there; a code to the bound email or phone; the password and a last "I
// understand" (and, with two-step verification on, a code from the app). The server then erases the account;
// accountDeleted() tells the main window, which forgets it here and returns to the welcome screen when the
// wizard closes.
class DeleteAccountWizard : public AccountChangeWizard
{
    Q_OBJECT

public:
    enum PageId {
        IntroPageId,
        DevicesPageId,
        SendPageId,
        CodePageId,
        ConfirmPageId,
        TwoStepPageId,
        DonePageId
    };

    explicit DeleteAccountWizard(Session* session, QWidget* parent = nullptr);

    BoundDevicesPage* devicesPage() const { return m_devicesPage; }
    SendCodePage* sendPage() const { return m_sendPage; }
    CodeEntryPage* codePage() const { return m_codePage; }
    DeletionConfirmPage* confirmPage() const { return m_confirmPage; }
    // Shown when the account has two-step verification on: it is deleted only with a code from
    // the authenticator app or a backup code.
    TwoStepCodePage* twoStepPage() const { return m_twoStepPage; }
    DonePage* donePage() const { return m_donePage; }
    bool isDeleted() const { return m_deleted; }

    int nextId() const override;

    void done(int result) override;
    void reject() override;

signals:
    void accountDeleted();

protected:
    void retranslateUi() override;

private:
    // A device was bound meanwhile (back to the devices), or the challenge is gone (expired,
    // used: a new code, from the send page).
    bool startOverAfter(const ApiError& error) override;
    void sendCode(const QString& via);
    void deleteAccount();

    BoundDevicesPage* m_devicesPage;
    SendCodePage* m_sendPage;
    CodeEntryPage* m_codePage;
    DeletionConfirmPage* m_confirmPage;
    TwoStepCodePage* m_twoStepPage;
    DonePage* m_donePage;
    bool m_deleted = false;
    bool m_twoStepNeeded = false;
};
