#pragma once

#include "LoginPage.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "api/AccountApi.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

// What every GUI test starts from, like KeePassXC's GuiTestBase: a real account-server over TLS
// (one per test, so failed sign-ins of one test never ask another for a captcha), an AccountApi
// trusting the test CA, a TokenStore on a test-only keychain service, AccountSettings in a temp
// ini file, and a shown MainWindow. Subclasses add the tests.
class GuiTestBase : public QObject
{
    Q_OBJECT

protected slots:
    virtual void init();
    virtual void cleanup();

protected:
    // Replaces the app (not the server) with one in `language` trusting `caFile` (default: the
    // test CA): what a restart of the app looks like.
    void createApp(const QString& language = QStringLiteral("en"), const QString& caFile = {});
    void destroyApp();

    LoginWizard* openLoginWizard();
    // Picks the way to sign in and types the login and password as a user would.
    void typeLogin(LoginWizard* wizard, LoginPage::Method method, const QString& login,
                   const QString& password);
    // Clicks whichever of "Sign In" and "Next" the wizard shows.
    void clickSignIn(LoginWizard* wizard);
    // Waits until the wizard has an answer (closed, or not busy any more).
    bool waitUntilSettled(LoginWizard* wizard);
    // Signs in with the account ID and password through the sign-in wizard; true once the account
    // page shows the profile.
    bool signInWithId(qint64 accountId, const QString& password);
    // "Sign Out…" on the account page: types the password, ticks "also remove…" when asked, and
    // confirms; true once the welcome page is shown.
    bool signOutThroughDialog(const QString& password, bool removeData = false);
    // Reads the account's keychain entry, waiting for the answer.
    QString readToken(qint64 accountId, ApiError* error);
    QString screenshot(QWidget* widget, const QString& name);

    std::unique_ptr<TestServer> m_server;
    QUrl m_serverUrl; // kept: a stopped TestServer forgets its port, the app does not
    QTemporaryDir m_dir;
    QString m_language;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};
