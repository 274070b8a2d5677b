// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CodeEntryPage.h"
#include "FlowWizard.h"
#include "LoginIdentity.h"
#include "NewPasswordPage.h"
#include "RegistrationDonePage.h"
#include "RegistrationMethodPage.h"
#include "protocol/RegistrationMessages.h"

#include <QPointer>
#include <memory>

struct ApiError;
class AccountSettings;
class QTimer;
class RegistrationDetailsPage;
class Session;

namespace Ui {
class RegistrationWizard;
}

// Creating an account: email or phone, the details with a captcha, the code that was sent, a
// password, and the new account ID. Every request runs in the background; Cancel stops it.
// Nothing is written on this computer until the account exists: then the Session keeps the
// sign-in (keychain) as after signing in.
class RegistrationWizard : public FlowWizard
{
    Q_OBJECT

public:
    enum PageId { MethodPageId, DetailsPageId, CodePageId, PasswordPageId, DonePageId };

    RegistrationWizard(Session* session, AccountSettings* settings, QWidget* parent = nullptr);
    ~RegistrationWizard() override;

    RegistrationDetailsPage* detailsPage() const { return m_detailsPage; }

    QString registrationId() const { return m_registrationId; }
    qint64 accountId() const { return m_accountId; }
    // How often the code page asks the server whether the emailed link was opened.
    void setStatusPollInterval(int milliseconds);

    void reject() override;

signals:
    // The email or phone number is already registered and the user chose to sign in to it.
    void signInRequested(const LoginIdentity& identity);
    // The email or phone number is already registered and the user forgot its password.
    void recoveryRequested(const LoginIdentity& identity);

protected:
    void retranslateUi() override;
    bool isFinished() const override { return currentId() == DonePageId; }

private:
    void retranslateCodeTitle();
    void start();
    void verify(const QString& code);
    void complete(const QString& password);
    void pollStatus();
    void pageChanged(int id);
    // The registration is gone on the server (expired, finished): start over from the details.
    bool startOverAfter(const ApiError& error) override;
    void finishSignIn(const ApiError& error);

    std::unique_ptr<Ui::RegistrationWizard> m_ui; // the pages, from RegistrationWizard.ui
    AccountSettings* m_settings;
    RegistrationDetailsPage* m_detailsPage;
    QTimer* m_poll;
    QPointer<QObject> m_pollRequest;
    QString m_registrationId;
    qint64 m_accountId = 0;
    bool m_signingIn = false;
    bool m_captchaUsed = false;
};
