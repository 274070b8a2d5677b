// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ContactChangeWizard.h"
#include "DeleteAccountWizard.h"
#include "DiagnosticsDialog.h"
#include "LoginWizard.h"
#include "PasswordChangeWizard.h"
#include "RecoveryWizard.h"
#include "RegistrationWizard.h"
#include "SignOutDialog.h"
#include "TwoStepDisableDialog.h"
#include "TwoStepSetupWizard.h"

#include <QMainWindow>
#include <QPointer>

struct ApiError;
struct LoginIdentity;
class AccountMenu;
class AccountPage;
class AccountSettings;
class BusyIndicator;
class QMenu;
class QMessageBox;
class QStackedWidget;
class Session;
class WelcomePage;

// The app's one window: the welcome page when signed out, the account when signed in, and a
// "Signing you in…" page in between while a stored session is restored.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session* session, AccountSettings* settings, QWidget* parent = nullptr);

    // Restores the account last signed in to this server, or shows the welcome page.
    void start();
    // Opens the sign-in wizard (window-modal, does not block).
    LoginWizard* openLoginWizard();
    // Opens the sign-up wizard (window-modal, does not block); closes the sign-in one if open.
    RegistrationWizard* openRegistrationWizard();
    // Opens the forgotten-password wizard; closes the sign-in and sign-up ones if open.
    RecoveryWizard* openRecoveryWizard();
    // Signed in only: the password change, and adding or changing the email or phone.
    PasswordChangeWizard* openPasswordChangeWizard();
    ContactChangeWizard* openContactChangeWizard(ContactChangeWizard::Kind kind);
    // Signed in only: "Sign out…" with the password, and the deletion of the account.
    SignOutDialog* openSignOutDialog();
    DeleteAccountWizard* openDeleteAccountWizard();
    // Signed in only: "Two-Step Verification…" turns it on (the setup wizard) or, when the profile
    // says it is on, off (the dialog with the password and a code).
    void openTwoStep();
    TwoStepSetupWizard* openTwoStepSetupWizard();
    TwoStepDisableDialog* openTwoStepDisableDialog();
    // Another account of this computer becomes the current one (the others stay signed in).
    void switchAccount(qint64 accountId);
    // Sign in to one more account, or again to one signed out with its data kept (its ID typed in).
    LoginWizard* addAccount(qint64 accountId = 0);

    WelcomePage* welcomePage() const { return m_welcome; }
    AccountPage* accountPage() const { return m_account; }
    QWidget* startingPage() const { return m_starting; }
    QWidget* currentPage() const;
    LoginWizard* loginWizard() const { return m_wizard; }
    RegistrationWizard* registrationWizard() const { return m_registration; }
    RecoveryWizard* recoveryWizard() const { return m_recovery; }
    PasswordChangeWizard* passwordChangeWizard() const { return m_passwordChange; }
    ContactChangeWizard* contactChangeWizard() const { return m_contactChange; }
    SignOutDialog* signOutDialog() const { return m_signOutDialog; }
    DeleteAccountWizard* deleteAccountWizard() const { return m_deleteAccount; }
    TwoStepSetupWizard* twoStepSetupWizard() const { return m_twoStepSetup; }
    TwoStepDisableDialog* twoStepDisableDialog() const { return m_twoStepDisable; }
    AccountMenu* accountMenu() const { return m_accountMenu; }
    DiagnosticsDialog* diagnosticsDialog() const { return m_diagnostics; }

    // The language menu's choice: "en", "ru", "zh_CN", or empty for the system's. Installed at
    // once (every window and open wizard retranslates itself) and kept for the next start.
    void setLanguage(const QString& language);
    QMenu* languageMenu() const { return m_languageMenu; }

public slots:
    // Help → About: a window-modal box that follows a language change like every other window.
    QMessageBox* showAbout();
    // Help → Diagnostics: the checks start at once, in the background.
    DiagnosticsDialog* openDiagnostics();
    // Settings → Network: the proxy (the dialog deletes itself when closed).
    void openNetworkSettings();

private:
    // The note under the welcome page's buttons, kept so that a language change can say it again.
    enum class Note { None, ServerNotTold, Deleted, OthersSignedIn, SignedOut };

    void createMenus();
    void retranslateUi();
    void showNote(Note note);
    void sessionStateChanged();
    void sessionFailed(const ApiError& error);
    void signedOut(const ApiError& serverError);
    // The one dialog of its kind: raised when it is open already, otherwise made by create(),
    // opened, and deleted when it closes.
    template<typename Dialog, typename Create> Dialog* showOne(QPointer<Dialog>& dialog, Create create)
    {
        if (dialog) {
            dialog->raise();
            return dialog;
        }
        dialog = create();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    }
    // One flow hands over to another, with the login typed so far.
    void continueInRecovery(FlowWizard* from, const LoginIdentity& identity);
    void continueInSignIn(FlowWizard* from, const LoginIdentity& identity);
    void closeSignedInWizards();
    bool wizardShown() const;

    Session* m_session;
    AccountSettings* m_settings;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    AccountPage* m_account;
    QWidget* m_starting;
    BusyIndicator* m_startingBusy;
    QPointer<LoginWizard> m_wizard;
    QPointer<RegistrationWizard> m_registration;
    QPointer<RecoveryWizard> m_recovery;
    QPointer<PasswordChangeWizard> m_passwordChange;
    QPointer<ContactChangeWizard> m_contactChange;
    QPointer<SignOutDialog> m_signOutDialog;
    QPointer<DeleteAccountWizard> m_deleteAccount;
    QPointer<TwoStepSetupWizard> m_twoStepSetup;
    QPointer<TwoStepDisableDialog> m_twoStepDisable;
    AccountMenu* m_accountMenu;
    QPointer<DiagnosticsDialog> m_diagnostics;
    QPointer<QMessageBox> m_about;
    bool m_accountDeleted = false;
    Note m_note = Note::None;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_diagnosticsAction = nullptr;
    QAction* m_networkAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
