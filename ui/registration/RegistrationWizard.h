#pragma once

#include "protocol/RegistrationMessages.h"

#include <QPointer>
#include <QWizard>

struct ApiError;
class AccountSettings;
class CodeEntryPage;
class NewPasswordPage;
class QNetworkReply;
class QTimer;
class RegistrationDetailsPage;
class RegistrationDonePage;
class RegistrationMethodPage;
class Session;

// Creating an account: email or phone, the details with a captcha, the code that was sent, a
// password, and the new account ID. Every request runs in the background; Cancel aborts it.
// Nothing is written on this computer until the account exists: then the Session keeps the
// sign-in (keychain) as after signing in.
class RegistrationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { MethodPageId, DetailsPageId, CodePageId, PasswordPageId, DonePageId };

    RegistrationWizard(Session* session, AccountSettings* settings, QWidget* parent = nullptr);

    RegistrationMethodPage* methodPage() const { return m_methodPage; }
    RegistrationDetailsPage* detailsPage() const { return m_detailsPage; }
    CodeEntryPage* codePage() const { return m_codePage; }
    NewPasswordPage* passwordPage() const { return m_passwordPage; }
    RegistrationDonePage* donePage() const { return m_donePage; }

    bool isBusy() const { return m_busy; }
    QString registrationId() const { return m_registrationId; }
    qint64 accountId() const { return m_accountId; }
    // How often the code page asks the server whether the emailed link was opened.
    void setStatusPollInterval(int milliseconds);

    void done(int result) override;
    void reject() override;

signals:
    void busyChanged(bool busy);
    // The email or phone number is already registered and the user chose to sign in to it.
    void signInRequested();
    // The email or phone number is already registered and the user forgot its password.
    void recoveryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void retranslateCodeTitle();
    void start();
    void resend();
    void verify(const QString& code);
    void complete(const QString& password);
    void pollStatus();
    void pageChanged(int id);
    // The registration is gone on the server (expired, finished): start over from the details.
    void startOver(const ApiError& error);
    void setBusy(bool busy);
    void finishSignIn(const ApiError& error);

    Session* m_session;
    AccountSettings* m_settings;
    RegistrationMethodPage* m_methodPage;
    RegistrationDetailsPage* m_detailsPage;
    CodeEntryPage* m_codePage;
    NewPasswordPage* m_passwordPage;
    RegistrationDonePage* m_donePage;
    QTimer* m_poll;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_pollReply;
    QString m_registrationId;
    qint64 m_accountId = 0;
    bool m_busy = false;
    bool m_awaitingSecret = false; // the device secret is being read; nothing sent yet
    bool m_signingIn = false;
    bool m_captchaUsed = false;
};
