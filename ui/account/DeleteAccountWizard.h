// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountChangeWizard.h"
#include "CodeEntryPage.h"
#include "DeletionConfirmPage.h"
#include "DonePage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"

#include <memory>

struct ApiError;
class BoundDevicesPage;
class Session;
class TwoStepGuard;

namespace Ui {
class DeleteAccountWizard;
}

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
    ~DeleteAccountWizard() override;

    BoundDevicesPage* devicesPage() const { return m_devicesPage; }
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
    void deleteAccount();

    std::unique_ptr<Ui::DeleteAccountWizard> m_ui; // the pages, from DeleteAccountWizard.ui
    BoundDevicesPage* m_devicesPage;
    std::unique_ptr<TwoStepGuard> m_twoStep; // the deletion, when two-step verification guards it
    bool m_deleted = false;
};
