// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "AccountMenu.h"
#include "AccountPage.h"
#include "ActivityListWidget.h"
#include "ActivityTab.h"
#include "BusyIndicator.h"
#include "DiagnosticsDialog.h"
#include "LoginPage.h"
#include "LoginWizard.h"
#include "NetworkSettingsDialog.h"
#include "PhoneNumberEdit.h"
#include "RecoveryLoginPage.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "Retranslator.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "protocol/AccountMessages.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"
#include "validation/PasswordPolicy.h"
#include "validation/PhoneNumbers.h"

#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(Session* session, AccountSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_account(new AccountPage(session, this))
    , m_starting(new QWidget(this))
    , m_startingBusy(new BusyIndicator(m_starting))
    , m_accountMenu(new AccountMenu(session, settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/account-manager.svg")));

    m_starting->setObjectName(QStringLiteral("startingPage"));
    auto* startingLayout = new QVBoxLayout(m_starting);
    startingLayout->addStretch();
    startingLayout->addWidget(m_startingBusy, 0, Qt::AlignCenter);
    startingLayout->addStretch();

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_starting);
    m_pages->addWidget(m_account);
    setCentralWidget(m_pages);
    createMenus();
    Retranslator::follow(this, [this] { retranslateUi(); });
    resize(680, 660);

    connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::openLoginWizard);
    connect(m_welcome, &WelcomePage::createAccountRequested, this, &MainWindow::openRegistrationWizard);
    connect(m_welcome, &WelcomePage::retryRequested, this, &MainWindow::start);
    m_account->accountsButton()->setMenu(m_accountMenu);
    connect(m_account, &AccountPage::signOutRequested, this, &MainWindow::openSignOutDialog);
    connect(m_account, &AccountPage::deleteAccountRequested, this, &MainWindow::openDeleteAccountWizard);
    connect(m_account, &AccountPage::twoStepRequested, this, &MainWindow::openTwoStep);
    connect(m_accountMenu, &AccountMenu::switchRequested, this, &MainWindow::switchAccount);
    connect(m_accountMenu, &AccountMenu::signInRequested, this, &MainWindow::addAccount);
    connect(m_accountMenu, &AccountMenu::addAccountRequested, this, [this] { addAccount(); });
    connect(m_account, &AccountPage::changePasswordRequested, this, &MainWindow::openPasswordChangeWizard);
    // "Was this you?" on a sign-in elsewhere: the same password change as the account page's button.
    connect(m_account->activityTab(), &ActivityTab::changePasswordRequested, this,
            &MainWindow::openPasswordChangeWizard);
    connect(m_account, &AccountPage::changeEmailRequested, this,
            [this] { openContactChangeWizard(ContactChangeWizard::Kind::Email); });
    connect(m_account, &AccountPage::changePhoneRequested, this,
            [this] { openContactChangeWizard(ContactChangeWizard::Kind::Phone); });
    connect(m_session, &Session::stateChanged, this, &MainWindow::sessionStateChanged);
    connect(m_session, &Session::profileChanged, m_account, &AccountPage::setProfile);
    connect(m_session, &Session::signedIn, this, [this] {
        // This computer as the server knows it, to mark its events (they carry no device ID).
        const DeviceInfo thisDevice = m_settings->thisDevice();
        m_account->activityTab()->list()->setThisDevice(
            { thisDevice.name, thisDevice.kind, thisDevice.platform });
        m_account->showLoading(m_session->accountId());
        m_pages->setCurrentWidget(m_account);
    });
    connect(m_session, &Session::failed, this, &MainWindow::sessionFailed);
    // What the first wizard would otherwise load on the UI thread (libphonenumber's metadata, the
    // common-password list), loaded on a worker once the window is up: opening the sign-up wizard
    // stalled the UI for 15 ms with it, 8 ms without.
    QTimer::singleShot(0, this, [] {
        QThreadPool::globalInstance()->start([] {
            PhoneNumbers::preload();
            PasswordPolicy::preload();
        });
    });
    connect(m_session, &Session::signedOut, this, &MainWindow::signedOut);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    menuBar()->addMenu(m_accountMenu);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_networkAction = m_settingsMenu->addAction(QString(), this, &MainWindow::openNetworkSettings);
    m_networkAction->setObjectName(QStringLiteral("networkAction"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QString());
    m_languageMenu->addSeparator();
    // Each language by its own name, so that someone lost in a language they cannot read finds theirs.
    QList<QAction*> actions { m_systemLanguageAction };
    for (const QString& language : Translations::available()) {
        QAction* action = m_languageMenu->addAction(Translations::nativeName(language));
        action->setData(language);
        actions.append(action);
    }
    const QString chosen = m_settings->language();
    for (QAction* action : actions) {
        action->setCheckable(true);
        action->setActionGroup(languages);
        action->setChecked(action->data().toString() == chosen);
        connect(action, &QAction::triggered, this,
                [this, action] { setLanguage(action->data().toString()); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_diagnosticsAction = m_helpMenu->addAction(QString(), this, &MainWindow::openDiagnostics);
    m_diagnosticsAction->setObjectName(QStringLiteral("diagnosticsAction"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::openNetworkSettings()
{
    auto* dialog = new NetworkSettingsDialog(m_settings, m_session->tokens(), m_session->api(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setLanguage(const QString& language)
{
    m_settings->setLanguage(language);
    const QString installed = Translations::install(language);
    for (QAction* action : m_languageMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(action->data().toString() == language);
    }
    // The account's emails and SMS follow, in the background: the app is in the new language
    // already, and a failure only says so in the status bar.
    QString accountLanguage = accountLanguageFor(installed); // none for the pseudo-locale
    if (accountLanguage.isEmpty())
        accountLanguage = QStringLiteral("en");
    if (!m_session->isSignedIn() || m_session->profile().language == accountLanguage)
        return;
    m_session->setAccountLanguage(accountLanguage, this, [this](const ApiError& error) {
        if (error)
            //: %1 says why (an error message with its reference)
            statusBar()->showMessage(
                tr("Emails and SMS from the account keep their language: %1").arg(error.userMessage()));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Account Manager"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    //: The menu with the app's settings: its language, the network (proxy)
    m_settingsMenu->setTitle(tr("&Settings"));
    //: Opens the proxy settings
    m_networkAction->setText(tr("&Network…"));
    m_languageMenu->setTitle(tr("&Language"));
    //: The language menu's entry that follows the language of the system
    m_systemLanguageAction->setText(tr("System Default"));
    m_helpMenu->setTitle(tr("&Help"));
    //: Opens the connection and keychain checks, with a report for support
    m_diagnosticsAction->setText(tr("&Diagnostics…"));
    m_aboutAction->setText(tr("&About Account Manager"));
    if (m_pages->currentWidget() == m_starting)
        m_startingBusy->start(tr("Signing you in…"));
    if (!statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(tr("Signing you in…"));
    if (m_welcome->noteLabel()->isVisibleTo(m_welcome))
        showNote(m_note);
}

void MainWindow::showNote(Note note)
{
    m_note = note;
    switch (note) {
    case Note::None:
        break;
    case Note::ServerNotTold:
        m_welcome->showNote(tr("You are signed out on this computer. The server could not be told, so the "
                               "session there ends by itself when it expires."));
        break;
    case Note::Deleted:
        m_welcome->showNote(tr("Your account has been deleted."));
        break;
    case Note::OthersSignedIn:
        m_welcome->showNote(tr("You have signed out. Your other accounts stay signed in: choose one in the "
                               "Accounts menu."));
        break;
    case Note::SignedOut:
        m_welcome->showNote(tr("You have signed out."));
        break;
    }
}

void MainWindow::start()
{
    m_note = Note::None;
    m_welcome->clearMessages();
    const qint64 accountId = m_settings->currentAccount(m_session->api()->serverUrl());
    if (accountId == 0) {
        m_pages->setCurrentWidget(m_welcome);
        return;
    }
    m_startingBusy->start(tr("Signing you in…"));
    m_pages->setCurrentWidget(m_starting);
    m_session->restore(accountId);
}

LoginWizard* MainWindow::openLoginWizard()
{
    return showOne(m_wizard, [this] {
        m_welcome->clearMessages();
        auto* wizard = new LoginWizard(m_session, m_settings, this);
        connect(wizard, &LoginWizard::createAccountRequested, this, [this] {
            if (m_wizard->isBusy())
                return;
            m_wizard->closeWithoutAsking(); // the user chose the other flow
            openRegistrationWizard();
        });
        connect(wizard, &LoginWizard::recoveryRequested, this,
                [this](const LoginIdentity& identity) { continueInRecovery(m_wizard, identity); });
        return wizard;
    });
}

RegistrationWizard* MainWindow::openRegistrationWizard()
{
    return showOne(m_registration, [this] {
        if (m_wizard)
            m_wizard->closeWithoutAsking();
        m_welcome->clearMessages();
        auto* wizard = new RegistrationWizard(m_session, m_settings, this);
        connect(wizard, &RegistrationWizard::signInRequested, this,
                [this](const LoginIdentity& identity) { continueInSignIn(m_registration, identity); });
        connect(wizard, &RegistrationWizard::recoveryRequested, this,
                [this](const LoginIdentity& identity) { continueInRecovery(m_registration, identity); });
        return wizard;
    });
}

RecoveryWizard* MainWindow::openRecoveryWizard()
{
    return showOne(m_recovery, [this] {
        if (m_wizard)
            m_wizard->closeWithoutAsking();
        if (m_registration)
            m_registration->closeWithoutAsking();
        m_welcome->clearMessages();
        auto* wizard = new RecoveryWizard(m_session, this);
        connect(wizard, &RecoveryWizard::signInRequested, this,
                [this](const LoginIdentity& identity) { continueInSignIn(m_recovery, identity); });
        return wizard;
    });
}

void MainWindow::continueInRecovery(FlowWizard* from, const LoginIdentity& identity)
{
    // Whatever login was typed carries over, so only the captcha is left: nothing to ask about.
    from->closeWithoutAsking();
    openRecoveryWizard()->loginPage()->prefill(identity);
}

void MainWindow::continueInSignIn(FlowWizard* from, const LoginIdentity& identity)
{
    // The login as the user typed it, so the sign-in page needs only the password. A finished
    // recovery closes as done; a sign-up that found the account taken, as cancelled.
    if (from == m_recovery)
        from->accept();
    else
        from->closeWithoutAsking();
    openLoginWizard()->page<LoginPage>()->prefill(identity);
}

PasswordChangeWizard* MainWindow::openPasswordChangeWizard()
{
    if (!m_passwordChange && (!m_session->isSignedIn() || m_contactChange))
        return nullptr;
    return showOne(m_passwordChange, [this] { return new PasswordChangeWizard(m_session, this); });
}

ContactChangeWizard* MainWindow::openContactChangeWizard(ContactChangeWizard::Kind kind)
{
    if (!m_contactChange && (!m_session->isSignedIn() || m_passwordChange))
        return nullptr;
    return showOne(m_contactChange, [this, kind] { return new ContactChangeWizard(kind, m_session, this); });
}

SignOutDialog* MainWindow::openSignOutDialog()
{
    if (!m_signOutDialog && !m_session->isSignedIn())
        return nullptr;
    return showOne(m_signOutDialog, [this] { return new SignOutDialog(m_session, this); });
}

DeleteAccountWizard* MainWindow::openDeleteAccountWizard()
{
    if (!m_deleteAccount && (!m_session->isSignedIn() || m_passwordChange || m_contactChange))
        return nullptr;
    return showOne(m_deleteAccount, [this] {
        auto* wizard = new DeleteAccountWizard(m_session, this);
        connect(wizard, &DeleteAccountWizard::accountDeleted, this, [this] { m_accountDeleted = true; });
        // Forgotten here once the user has read the last page: the session's end would close the wizard.
        connect(wizard, &QDialog::finished, this, [this] {
            if (m_accountDeleted)
                m_session->forgetDeletedAccount();
        });
        return wizard;
    });
}

void MainWindow::openTwoStep()
{
    if (m_twoStepSetup)
        openTwoStepSetupWizard();
    else if (m_twoStepDisable || m_session->profile().twoStep)
        openTwoStepDisableDialog();
    else
        openTwoStepSetupWizard();
}

TwoStepSetupWizard* MainWindow::openTwoStepSetupWizard()
{
    if (!m_twoStepSetup && (!m_session->isSignedIn() || m_twoStepDisable))
        return nullptr;
    return showOne(m_twoStepSetup, [this] { return new TwoStepSetupWizard(m_session, this); });
}

TwoStepDisableDialog* MainWindow::openTwoStepDisableDialog()
{
    if (!m_twoStepDisable && (!m_session->isSignedIn() || m_twoStepSetup))
        return nullptr;
    return showOne(m_twoStepDisable, [this] { return new TwoStepDisableDialog(m_session, this); });
}

void MainWindow::switchAccount(qint64 accountId)
{
    if (wizardShown() || m_signOutDialog || m_twoStepDisable)
        return; // a flow of the current account is open; it would lose its session under it
    m_session->switchTo(accountId);
}

LoginWizard* MainWindow::addAccount(qint64 accountId)
{
    if (m_passwordChange || m_contactChange || m_deleteAccount || m_signOutDialog || m_twoStepSetup
        || m_twoStepDisable)
        return nullptr;
    LoginWizard* wizard = openLoginWizard();
    if (accountId != 0) {
        LoginIdentity identity;
        identity.method = LoginIdentity::Method::AccountId;
        identity.accountId = QString::number(accountId);
        wizard->page<LoginPage>()->prefill(identity);
    }
    return wizard;
}

void MainWindow::closeSignedInWizards()
{
    // The session ended under them (signed out elsewhere, refresh refused): nothing they can finish.
    for (QDialog* dialog :
         { static_cast<QDialog*>(m_passwordChange), static_cast<QDialog*>(m_contactChange),
           static_cast<QDialog*>(m_deleteAccount), static_cast<QDialog*>(m_signOutDialog),
           static_cast<QDialog*>(m_twoStepSetup), static_cast<QDialog*>(m_twoStepDisable) }) {
        if (dialog)
            dialog->deleteLater();
    }
}

bool MainWindow::wizardShown() const
{
    for (const QWizard* wizard :
         { static_cast<QWizard*>(m_wizard), static_cast<QWizard*>(m_registration),
           static_cast<QWizard*>(m_recovery), static_cast<QWizard*>(m_passwordChange),
           static_cast<QWizard*>(m_contactChange), static_cast<QWizard*>(m_deleteAccount),
           static_cast<QWizard*>(m_twoStepSetup) }) {
        if (wizard && wizard->isVisible())
            return true;
    }
    return false;
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::sessionStateChanged()
{
    switch (m_session->state()) {
    case Session::State::Starting:
        // While the wizard is open it shows its own progress.
        if (!m_wizard && !m_registration) {
            m_startingBusy->start(tr("Signing you in…"));
            m_pages->setCurrentWidget(m_starting);
        }
        statusBar()->showMessage(tr("Signing you in…"));
        break;
    case Session::State::SignedIn:
        m_startingBusy->stop();
        statusBar()->clearMessage();
        break;
    case Session::State::SignedOut:
        closeSignedInWizards();
        m_startingBusy->stop();
        statusBar()->clearMessage();
        m_pages->setCurrentWidget(m_welcome);
        break;
    }
}

void MainWindow::sessionFailed(const ApiError& error)
{
    if (wizardShown())
        return; // the wizard shows it where the user is looking
    if (m_session->isSignedIn()) {
        m_account->showError(error);
        return;
    }
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->showError(error);
    // The account is still remembered when the session could not be restored for a passing
    // reason (no network, server down): offer to try again rather than to sign in from scratch.
    m_welcome->setRetryVisible(m_settings->currentAccount(m_session->api()->serverUrl()) != 0);
}

void MainWindow::signedOut(const ApiError& serverError)
{
    m_account->setSigningOut(false);
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->clearMessages();
    const bool othersSignedIn = !m_settings->accounts(m_session->api()->serverUrl()).isEmpty();
    if (serverError) {
        m_welcome->showError(serverError);
        showNote(Note::ServerNotTold);
    } else if (m_accountDeleted) {
        m_accountDeleted = false;
        showNote(Note::Deleted);
    } else if (othersSignedIn) {
        showNote(Note::OthersSignedIn);
    } else {
        showNote(Note::SignedOut);
    }
}

DiagnosticsDialog* MainWindow::openDiagnostics()
{
    if (!m_diagnostics) {
        m_diagnostics = new DiagnosticsDialog(m_session, m_session->tokens(), m_settings, this);
        m_diagnostics->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_diagnostics->show();
    m_diagnostics->raise();
    m_diagnostics->run();
    return m_diagnostics;
}

QMessageBox* MainWindow::showAbout()
{
    // Not QMessageBox::about(): its static box blocks and keeps the words it was made with.
    return showOne(m_about, [this] {
        auto* box = new QMessageBox(this);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setIconPixmap(windowIcon().pixmap(QSize(64, 64)));
        box->setTextFormat(Qt::RichText);
        // Close, not OK: Qt's Russian leaves "OK" in Latin letters.
        box->setStandardButtons(QMessageBox::Close);
        Retranslator::follow(box, [box] {
            box->setWindowTitle(tr("About Account Manager"));
            box->setText(
                //: %1 is the version number, e.g. 0.1.0
                tr("<h3>Account Manager %1</h3>"
                   "<p>Sign in to your account and look after it from this computer.</p>")
                    .arg(QStringLiteral(ACCOUNT_MANAGER_VERSION))
                //: The licence paragraph of the About box
                + tr("<p>Licensed under the Apache License, version 2.0.</p>"));
        });
        return box;
    });
}
