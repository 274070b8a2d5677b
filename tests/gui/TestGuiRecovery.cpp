// SPDX-License-Identifier: Apache-2.0
// A forgotten password against a real account-server, as a user clicks and types it: from the
// sign-in page by email, phone or account ID, then signing in with the new password; and a login
// that matches no account, which must look exactly like one that does.
#include "AccountPage.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "DonePage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "RecoveryLoginPage.h"
#include "RecoveryWizard.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "SendCodePage.h"
#include "TestAccountFlows.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using Method = LoginPage::Method;

class TestGuiRecovery : public GuiTestBase
{
    Q_OBJECT

private slots:
    void recoverByEmailWithChoice_data();
    void recoverByEmailWithChoice();
    void recoverByPhone();
    void recoverByAccountId_data();
    void recoverByAccountId();
    void unknownLoginLooksTheSame_data();
    void unknownLoginLooksTheSame();
    void unknownAccountIdOffersChoices();
    void wrongCaptchaKeepsLogin();
    void wrongCodeShowsAttemptsLeft();
    void serverDownKeepsCode();
    void resendSendsNewCode();
    void forgotFromRegistration();
    void cancelLeavesPasswordAlone();

private:
    static inline const QString kPurpose = QStringLiteral("recovery");

    // The sign-in page with a login typed, then "Forgot password?".
    RecoveryWizard* openFromLoginPage(Method method, const QString& login);
    // The captcha solved and sent: true once the wizard is past the login page.
    bool submitLogin(RecoveryWizard* wizard);
    // A new account with kEmail, its recovery started from the sign-in page and the login sent; the
    // wizard then, null when a step failed.
    RecoveryWizard* sendNewAccountsLogin();
    // From the code page through the new password to the done page.
    bool finish(RecoveryWizard* wizard, const QString& destination);
    // "Sign In" on the done page, then the new password; true once the account page shows.
    bool signInAfterwards(RecoveryWizard* wizard, qint64 accountId);
};

RecoveryWizard* TestGuiRecovery::openFromLoginPage(Method method, const QString& login)
{
    LoginWizard* wizard = openLoginWizard();
    if (!wizard)
        return nullptr;
    if (method == Method::Phone)
        wizard->page<LoginPage>()->phoneEdit()->setRegion(QStringLiteral("RU"));
    typeLogin(wizard, method, login, {});
    QTest::mouseClick(wizard->page<LoginPage>()->forgotPasswordButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_window->recoveryWizard() && !m_window->loginWizard(); }, 5000))
        return nullptr;
    return shown(m_window->recoveryWizard());
}

bool TestGuiRecovery::submitLogin(RecoveryWizard* wizard)
{
    if (!solveCaptcha(wizard->loginPage()->captcha()))
        return false;
    clickNext(wizard);
    return waitUntilSettled(wizard) && wizard->currentId() != RecoveryWizard::LoginPageId;
}

RecoveryWizard* TestGuiRecovery::sendNewAccountsLogin()
{
    if (addAccount(kEmail) <= 0)
        return nullptr;
    RecoveryWizard* wizard = openFromLoginPage(Method::Email, kEmail);
    return wizard && submitLogin(wizard) ? wizard : nullptr;
}

bool TestGuiRecovery::finish(RecoveryWizard* wizard, const QString& destination)
{
    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(destination, kPurpose));
    if (!waitUntilSettled(wizard) || wizard->currentId() != RecoveryWizard::PasswordPageId)
        return false;
    enterNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword);
    return waitUntilSettled(wizard) && wizard->currentId() == RecoveryWizard::DonePageId;
}

bool TestGuiRecovery::signInAfterwards(RecoveryWizard* wizard, qint64 accountId)
{
    QTest::mouseClick(wizard->page<DonePage>()->actionButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_window->loginWizard() && !m_window->recoveryWizard(); }, 5000))
        return false;
    LoginWizard* login = m_window->loginWizard();
    QTest::keyClicks(login->page<LoginPage>()->passwordEdit(), kNewPassword);
    clickSignIn(login);
    return waitForAccountPage(accountId);
}

void TestGuiRecovery::recoverByEmailWithChoice_data()
{
    addLanguages();
}

void TestGuiRecovery::recoverByEmailWithChoice()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = addAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    // A device signed in before: it is signed out by the recovery.
    ApiError error;
    const TokenResponse other = signInElsewhere(kEmail, kPassword, QStringLiteral("old-phone"), &error);
    QVERIFY(!error);

    LoginWizard* login = openLoginWizard();
    QVERIFY(login);
    QVERIFY(login->page<LoginPage>()->forgotPasswordButton()->isVisible());
    QVERIFY(!screenshot(login, QStringLiteral("login-forgot")).isEmpty());
    closeWizard(login);
    QTRY_VERIFY(!m_window->loginWizard());

    RecoveryWizard* wizard = openFromLoginPage(Method::Email, QStringLiteral("Anna@Example.com"));
    QVERIFY(wizard);
    RecoveryLoginPage* page = wizard->loginPage();
    QCOMPARE(page->method(), RecoveryLoginPage::Method::Email);
    QCOMPARE(page->emailEdit()->text(), QStringLiteral("Anna@Example.com"));
    QVERIFY(solveCaptcha(wizard->loginPage()->captcha()));
    QVERIFY(!screenshot(wizard, QStringLiteral("recovery-login")).isEmpty());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    // The address typed gets the code at once, though a phone is bound too: offering the phone would
    // tell a stranger that this address has an account (the server does not, since 2026-12).
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    QVERIFY(
        wizard->page<CodeEntryPage>()->sentToLabel()->text().contains(QStringLiteral("a***@example.com")));
    // Recovery emails carry no link (registration's do): the page must not promise one.
    QVERIFY(!wizard->page<CodeEntryPage>()->sentToLabel()->text().contains(QLatin1String("link")));
    QCOMPARE(messageCount(kPhone, kPurpose), 0);
    QVERIFY(!screenshot(wizard, QStringLiteral("recovery-code")).isEmpty());

    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(kEmail, kPurpose));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::PasswordPageId));
    QTest::keyClicks(wizard->page<NewPasswordPage>()->passwordEdit(), kNewPassword);
    QTest::keyClicks(wizard->page<NewPasswordPage>()->confirmEdit(), kNewPassword);
    QVERIFY(!screenshot(wizard, QStringLiteral("recovery-password")).isEmpty());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::DonePageId));
    QVERIFY(wizard->page<DonePage>()->actionButton()->isVisible());
    QVERIFY(!screenshot(wizard, QStringLiteral("recovery-done")).isEmpty());

    QVERIFY(refreshElsewhere(other.refreshToken)); // signed out everywhere
    QCOMPARE(signInError(kEmail, kPassword).code, ErrorCode::InvalidCredentials);
    QVERIFY(signInAfterwards(wizard, id));
}

void TestGuiRecovery::recoverByPhone()
{
    const qint64 id = addAccount({}, kPhone);
    QVERIFY(id > 0);
    RecoveryWizard* wizard = openFromLoginPage(Method::Phone, kPhoneNational);
    QVERIFY(wizard);
    QCOMPARE(wizard->loginPage()->phoneEdit()->e164(), kPhone);
    QVERIFY(submitLogin(wizard));
    // One channel: the code went out at once, no choice.
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    QVERIFY(
        wizard->page<CodeEntryPage>()->sentToLabel()->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(finish(wizard, kPhone));
    QVERIFY(signInAfterwards(wizard, id));
    QCOMPARE(m_window->loginWizard(), nullptr);
}

void TestGuiRecovery::recoverByAccountId_data()
{
    addLanguages();
}

void TestGuiRecovery::recoverByAccountId()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = addAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    RecoveryWizard* wizard = openFromLoginPage(Method::AccountId, QString::number(id));
    QVERIFY(wizard);
    QVERIFY(submitLogin(wizard));
    // The account ID says nothing of the contacts: both bound ones are offered, masked.
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::SendPageId));
    SendCodePage* send = wizard->page<SendCodePage>();
    QVERIFY(send->choiceButton(QStringLiteral("phone"))->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(send->choiceButton(QStringLiteral("email"))->text().contains(QStringLiteral("a***@example.com")));
    QCOMPARE(messageCount(kEmail, kPurpose) + messageCount(kPhone, kPurpose), 0);
    QVERIFY(!screenshot(wizard, QStringLiteral("recovery-choice")).isEmpty());
    QTest::mouseClick(send->choiceButton(QStringLiteral("phone")), Qt::LeftButton);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    QVERIFY(finish(wizard, kPhone));
    QCOMPARE(messageCount(kEmail, kPurpose), 0);
    QVERIFY(signInAfterwards(wizard, id));
}

void TestGuiRecovery::unknownLoginLooksTheSame_data()
{
    addLanguages();
}

void TestGuiRecovery::unknownLoginLooksTheSame()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(addAccount(kEmail) > 0);
    // What a known and an unknown address show, page by page, must not differ.
    struct Seen
    {
        int pageAfterLogin = -1;
        QString sentTo;
        QString codeError;
        QString subTitle;
    };
    auto walk = [this](const QString& email, const QString& shot) {
        Seen seen;
        RecoveryWizard* wizard = openFromLoginPage(Method::Email, email);
        if (!wizard || !submitLogin(wizard))
            return seen;
        seen.pageAfterLogin = wizard->currentId();
        seen.subTitle = wizard->currentPage()->subTitle();
        seen.sentTo = wizard->page<CodeEntryPage>()->sentToLabel()->text();
        enterCode(wizard, wizard->page<CodeEntryPage>(), QStringLiteral("123456"));
        if (!waitUntilSettled(wizard))
            return seen;
        if (!shot.isEmpty())
            screenshot(wizard, shot);
        seen.codeError = wizard->page<CodeEntryPage>()->codeError()->message();
        closeWizard(wizard);
        if (!QTest::qWaitFor([&] { return !m_window->recoveryWizard(); }, 5000))
            seen.pageAfterLogin = -2;
        return seen;
    };
    // A known address whose real code is not typed, then one that has no account (both start
    // with "a", so their masks are the same too).
    const Seen known = walk(kEmail, {});
    const Seen unknown = walk(QStringLiteral("alice@example.com"), QStringLiteral("recovery-unknown-code"));
    QCOMPARE(unknown.pageAfterLogin, int(RecoveryWizard::CodePageId));
    QCOMPARE(unknown.pageAfterLogin, known.pageAfterLogin);
    QCOMPARE(unknown.subTitle, known.subTitle);
    QCOMPARE(unknown.sentTo, known.sentTo);
    QVERIFY(unknown.sentTo.contains(QStringLiteral("a***@example.com")));
    // The code page just says the code did not match.
    QVERIFY(unknown.codeError.startsWith(ApiError(ErrorCode::CodeWrong).userMessage()));
    QCOMPARE(unknown.codeError, known.codeError);
    QCOMPARE(messageCount(QStringLiteral("alice@example.com"), kPurpose), 0);
}

void TestGuiRecovery::unknownAccountIdOffersChoices()
{
    RecoveryWizard* wizard = openFromLoginPage(Method::AccountId, QStringLiteral("1234509876"));
    QVERIFY(wizard);
    QVERIFY(submitLogin(wizard));
    // As for an account with both: made-up masked choices, then a code page.
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::SendPageId));
    QVERIFY(wizard->page<SendCodePage>()->choiceButton(QStringLiteral("phone")));
    QVERIFY(wizard->page<SendCodePage>()->choiceButton(QStringLiteral("email")));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    enterCode(wizard, wizard->page<CodeEntryPage>(), QStringLiteral("123456"));
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(hasReference(wizard->page<CodeEntryPage>()->codeError(), "E-CODE-WRONG"));
}

void TestGuiRecovery::wrongCaptchaKeepsLogin()
{
    RecoveryWizard* wizard = openFromLoginPage(Method::Email, kEmail);
    QVERIFY(wizard);
    RecoveryLoginPage* page = wizard->loginPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->captcha()->isLoaded(), 20000);
    const QString firstId = page->captcha()->answer().id;
    QTest::keyClicks(page->captcha()->answerEdit(), QStringLiteral("WRONG9"));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::LoginPageId));
    QVERIFY(hasReference(page->captchaError(), "E-CAPTCHA-WRONG"));
    QCOMPARE(page->emailEdit()->text(), kEmail);
    QTRY_VERIFY_WITH_TIMEOUT(page->captcha()->isLoaded(), 20000);
    QVERIFY(page->captcha()->answer().id != firstId);
    QVERIFY(!screenshot(wizard, QStringLiteral("recovery-captcha-wrong")).isEmpty());
    QVERIFY(submitLogin(wizard));
}

void TestGuiRecovery::wrongCodeShowsAttemptsLeft()
{
    RecoveryWizard* wizard = sendNewAccountsLogin();
    QVERIFY(wizard);
    const QString right = latestCode(kEmail, kPurpose);
    enterCode(wizard, wizard->page<CodeEntryPage>(), TestAccountFlows::wrongCode(right));
    QVERIFY(waitUntilSettled(wizard));
    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    QVERIFY(hasReference(code->codeError(), "E-CODE-WRONG"));
    QVERIFY2(code->codeError()->message().endsWith(QStringLiteral("4 attempts left.")),
             qPrintable(code->codeError()->message()));
    QVERIFY(finish(wizard, kEmail));
}

void TestGuiRecovery::serverDownKeepsCode()
{
    RecoveryWizard* wizard = sendNewAccountsLogin();
    QVERIFY(wizard);
    const QString code = latestCode(kEmail, kPurpose);
    QVERIFY(m_server->stop());
    enterCode(wizard, wizard->page<CodeEntryPage>(), code);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    QVERIFY(hasReference(wizard->page<CodeEntryPage>()->pageError(), "E-SERVER-UNREACHABLE"));
    QCOMPARE(wizard->page<CodeEntryPage>()->codeEdit()->text(), code);
    QVERIFY(!wizard->page<CodeEntryPage>()->isCodeDead());
}

void TestGuiRecovery::resendSendsNewCode()
{
    // No wait between sends: "Send a new code" is usable at once.
    QVERIFY(startServer({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    createApp();
    RecoveryWizard* wizard = sendNewAccountsLogin();
    QVERIFY(wizard);
    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    QTRY_VERIFY(code->resendButton()->isEnabled());
    QTest::mouseClick(code->resendButton(), Qt::LeftButton);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(messageCount(kEmail, kPurpose), 2);
    QVERIFY(finish(wizard, kEmail)); // with the new code
}

void TestGuiRecovery::forgotFromRegistration()
{
    QVERIFY(addAccount(kEmail) > 0);
    QTest::mouseClick(m_window->welcomePage()->createAccountButton(), Qt::LeftButton);
    RegistrationWizard* registration = m_window->registrationWizard();
    QVERIFY(registration);
    QVERIFY(fillRegistrationDetails(registration, RegistrationMethodPage::Method::Email, kEmail));
    clickNext(registration);
    QVERIFY(waitUntilSettled(registration));
    QPushButton* forgot = registration->detailsPage()->forgotPasswordButton();
    QVERIFY(forgot->isVisible());
    QVERIFY(forgot->isEnabled());
    QVERIFY(forgot->toolTip().isEmpty());
    QTest::mouseClick(forgot, Qt::LeftButton);
    QTRY_VERIFY(!m_window->registrationWizard());
    RecoveryWizard* wizard = m_window->recoveryWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->loginPage()->method(), RecoveryLoginPage::Method::Email);
    QCOMPARE(wizard->loginPage()->emailEdit()->text(), kEmail);
    QVERIFY(submitLogin(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
}

void TestGuiRecovery::cancelLeavesPasswordAlone()
{
    RecoveryWizard* wizard = sendNewAccountsLogin();
    QVERIFY(wizard);
    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(kEmail, kPurpose));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::PasswordPageId));
    QTest::keyClicks(wizard->page<NewPasswordPage>()->passwordEdit(), kNewPassword);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(discardWork(wizard));
    QTRY_VERIFY(!m_window->recoveryWizard());
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());
    QVERIFY(!signInError(kEmail, kPassword));
}

QTEST_MAIN(TestGuiRecovery)
#include "TestGuiRecovery.moc"
