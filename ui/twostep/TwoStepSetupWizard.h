// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowWizard.h"
#include "protocol/TwoStepMessages.h"

struct ApiError;
class BackupCodesPage;
class DonePage;
class Session;
class TwoStepCodePage;
class TwoStepPasswordPage;
class TwoStepQrPage;

// Turning on two-step verification (issue #18): the password again; the new secret as a QR code
// and as a key to type; the first code from the app, which switches it on on the server and brings
// the backup codes; the backup codes, to save or print (the wizard goes on only once the owner
// says they are kept); done. Nothing is on until the first code is confirmed: Cancel before that
// leaves the account as it was.
class TwoStepSetupWizard : public FlowWizard
{
    Q_OBJECT

public:
    enum PageId { PasswordPageId, QrPageId, CodePageId, BackupPageId, DonePageId };

    explicit TwoStepSetupWizard(Session* session, QWidget* parent = nullptr);

    TwoStepPasswordPage* passwordPage() const { return m_passwordPage; }
    TwoStepQrPage* qrPage() const { return m_qrPage; }
    TwoStepCodePage* codePage() const { return m_codePage; }
    BackupCodesPage* backupPage() const { return m_backupPage; }
    DonePage* donePage() const { return m_donePage; }
    // Whether the server has switched two-step verification on (the first code was right).
    bool isEnabled() const { return m_enabled; }

    void reject() override;

signals:
    void twoStepEnabled();

protected:
    void retranslateUi() override;
    bool isFinished() const override { return currentId() == DonePageId; }

private:
    void start(const QString& password);
    void confirm();
    void pageChanged(int id);
    bool startOverAfter(const ApiError& error) override;

    TwoStepPasswordPage* m_passwordPage;
    TwoStepQrPage* m_qrPage;
    TwoStepCodePage* m_codePage;
    BackupCodesPage* m_backupPage;
    DonePage* m_donePage;
    QString m_setupId;
    bool m_enabled = false;
};
