// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginPage.h"
#include "MainWindow.h"
#include "RegistrationMethodPage.h"
#include "TestServer.h"
#include "api/AccountApi.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class CaptchaWidget;
class CodeEntryPage;
class ErrorLabel;
class NewPasswordPage;
class PhoneNumberEdit;
class QLineEdit;
class QWizard;
class RegistrationWizard;

// What every GUI test starts from, like KeePassXC's GuiTestBase: a real account-server over TLS
// (one per test, so failed sign-ins of one test never ask another for a captcha), an AccountApi
// trusting the test CA, a TokenStore on a test-only keychain service, AccountSettings in a temp
// ini file, and a shown MainWindow. Subclasses add the tests, and the helpers here let them be
// short: sign in, open a window, wait for an answer, read what the server sent.
class GuiTestBase : public QObject
{
    Q_OBJECT

protected:
    // Server::None is for the widgets on their own: the app points at a port where nothing
    // listens, as those tests must never get as far as sending.
    enum class Server { Real, None };
    explicit GuiTestBase(Server server = Server::Real);

    // The account most tests sign in with; a test that needs another one names it itself.
    static inline const QString kPassword = QStringLiteral("Mi2026secure");
    static inline const QString kNewPassword = QStringLiteral("Fresh2026river");
    static inline const QString kEmail = QStringLiteral("anna@example.com");
    static inline const QString kPhone = QStringLiteral("+79161234567");
    static inline const QString kPhoneNational = QStringLiteral("9161234567");

protected slots:
    virtual void init();
    virtual void cleanup();

protected:
    // The "language" column of a _data slot: every language the screens are checked in.
    static void addLanguages();
    // "Reference: E-LOGIN-FAILED · 3f2a…" in whatever language: the code must be in it.
    static bool hasReference(const ErrorLabel* label, const char* wireName);
    // Clears the field and types text into it, as a user correcting it does.
    static void retype(QLineEdit* field, const QString& text);
    // Types an email address into emailEdit, or a Russian national number into phoneEdit.
    static void typeContact(QLineEdit* emailEdit, PhoneNumberEdit* phoneEdit, bool isEmail,
                            const QString& contact);
    // window once it is exposed; null when there is none or it never shows.
    template<typename Window> static Window* shown(Window* window)
    {
        return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
    }
    // Waits until a wizard with isBusy() has an answer (closed, or not busy any more).
    template<typename Wizard> static bool waitUntilSettled(Wizard* wizard)
    {
        QPointer<Wizard> guard(wizard);
        return QTest::qWaitFor([&] { return !guard || !guard->isVisible() || !guard->isBusy(); }, 20000);
    }

    // The app's settings, API and keychain in `language` trusting `caFile` (default: the test CA),
    // with no window yet, for tests that show a wizard on its own.
    void createSession(const QString& language = QStringLiteral("en"), const QString& caFile = {});
    // A new account-server started with serverArgs in place of the last one (init() starts one
    // with none): for a test that needs another code life or resend interval. False, with the
    // reason logged, when it does not start. createApp() then puts the app on it.
    bool startServer(const QStringList& serverArgs = {});
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
    // Opens the sign-in wizard, types the login and password, clicks "Sign In" and waits for the
    // answer; the wizard (null once it closed), or null when it did not open or never answered.
    LoginWizard* submitLogin(LoginPage::Method method, const QString& login, const QString& password);
    // Signs in through the sign-in wizard as a user would (a phone number is Russian); true once the
    // account page shows the profile of accountId.
    bool signInAs(LoginPage::Method method, const QString& login, qint64 accountId, const QString& password);
    bool signInWithId(qint64 accountId, const QString& password)
    {
        return signInAs(LoginPage::Method::AccountId, QString::number(accountId), accountId, password);
    }
    // True once the account page shows the profile of accountId, ready to be used.
    bool waitForAccountPage(qint64 accountId);
    // Adds an account with kPassword (region RU) on the server; its ID, or 0 when the server refused.
    qint64 addAccount(const QString& email, const QString& phone = {});
    // Adds an account with kPassword (region RU) on the server and signs in with its ID through the
    // wizard; its ID, or 0 when either failed.
    qint64 signInNewAccount(const QString& email, const QString& phone);
    // "Sign Out…" on the account page: types the password, ticks "also remove…" when asked, and
    // confirms; true once the welcome page is shown.
    bool signOutThroughDialog(const QString& password, bool removeData = false);
    // Clicks whichever of Next, Commit ("Create Account") and Finish ("Done") the wizard shows.
    static void clickNext(QWizard* wizard);
    // After Cancel or Escape on a wizard holding typed work or a sent code: answers its "Discard
    // what you typed?" with Discard. False when no such question came.
    static bool discardWork(QWizard* wizard);
    // Closes a wizard as a user would, answering that question if it comes.
    static void closeWizard(QWizard* wizard);
    // Types the code and clicks the wizard's button on the code page.
    static void enterCode(QWizard* wizard, CodeEntryPage* page, const QString& code);
    // Types the new password twice (confirm may differ) and clicks the commit button.
    static void enterNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password,
                                 const QString& confirm = {});
    // Sign-up: picks the method, then types the contact (region RU) and, with withCaptcha, the
    // captcha answer. On the details page afterwards, nothing sent yet.
    bool fillRegistrationDetails(RegistrationWizard* wizard, RegistrationMethodPage::Method method,
                                 const QString& contact, bool withCaptcha = true);
    // Types the answer the server wrote to its outbox for the picture shown now.
    bool solveCaptcha(CaptchaWidget* captcha);

    // What another device sees: blocking calls through the app's AccountApi, not its Session.
    TokenResponse signInElsewhere(const QString& login, const QString& password, const QString& deviceId,
                                  ApiError* error);
    ApiError signInError(const QString& login, const QString& password);
    ApiError refreshElsewhere(const QString& refreshToken);
    // Reads the account's keychain entry, waiting for the answer.
    QString readToken(qint64 accountId, ApiError* error);
    QString screenshot(QWidget* widget, const QString& name);

    // What the server sent to destination with this purpose ("password-change", "recovery",
    // "email-change", "registration"…): the newest code (empty when none), and how many messages.
    QString latestCode(const QString& destination, const QString& purpose) const;
    int messageCount(const QString& destination, const QString& purpose) const;

    std::unique_ptr<TestServer> m_server;
    QUrl m_serverUrl; // kept: a stopped TestServer forgets its port, the app does not
    QTemporaryDir m_dir;
    QString m_language;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

private:
    Server m_serverKind;
};
