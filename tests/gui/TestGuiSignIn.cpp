// SPDX-License-Identifier: Apache-2.0
// Signing in, out and back in against a real account-server, as a user clicks and types it.
#include "AccountPage.h"
#include "BusyIndicator.h"
#include "CaptchaPage.h"
#include "CaptchaWidget.h"
#include "CountryNames.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

class TestGuiSignIn : public GuiTestBase
{
    Q_OBJECT

private slots:
    void signInByEmail_data();
    void signInByEmail();
    void signInByPhone();
    void signInByAccountId();
    void signInByKeyboardOnly();
    void wrongPasswordKeepsWhatWasTyped_data();
    void wrongPasswordKeepsWhatWasTyped();
    void cancelAbortsAndKeepsInput();
    void captchaAfterThreeFailures_data();
    void captchaAfterThreeFailures();
    void serverDown_data();
    void serverDown();
    void tlsNotTrusted_data();
    void tlsNotTrusted();
    void restartKeepsSignedIn();
    void restartWithServerDownOffersRetry_data();
    void restartWithServerDownOffersRetry();
    void signOutRemovesKeychainEntry_data();
    void signOutRemovesKeychainEntry();
};

void TestGuiSignIn::signInByEmail_data()
{
    addLanguages();
}

void TestGuiSignIn::signInByEmail()
{
    QFETCH(QString, language);
    createApp(language);
    const QString email = kEmail;
    const QString phone = QStringLiteral("+79123456789");
    const qint64 id = addAccount(email, phone);
    QVERIFY2(id > 0, qPrintable(m_server->errorString()));
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("welcome")).isEmpty());

    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    QVERIFY(page->methodButton(LoginPage::Method::Email)->isChecked());
    typeLogin(wizard, LoginPage::Method::Email, QStringLiteral(" Anna@Example.com "), kPassword);
    QVERIFY(!screenshot(wizard, QStringLiteral("login-filled")).isEmpty());
    clickSignIn(wizard);

    // While the server answers: inputs locked, a busy line, Cancel still there.
    QVERIFY(wizard->isBusy());
    QVERIFY(!page->emailEdit()->isEnabled());
    QVERIFY(!page->passwordEdit()->isEnabled());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(page->busyIndicator()->isVisible());
    QVERIFY(!screenshot(wizard, QStringLiteral("login-busy")).isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_VERIFY(!m_window->loginWizard());
    AccountPage* account = m_window->accountPage();
    QTRY_COMPARE_WITH_TIMEOUT(account->emailLabel()->text(), EmailAddress::mask(email), 20000);
    QCOMPARE(account->accountIdLabel()->text(), QString::number(id));
    QCOMPARE(account->phoneLabel()->text(), PhoneNumbers::mask(phone));
    QVERIFY(!account->phoneLabel()->text().contains(QStringLiteral("123")));
    QCOMPARE(account->regionLabel()->text(), CountryNames::name(QStringLiteral("RU")));
    QCOMPARE(account->regionLabel()->text(),
             language == QLatin1String("ru") ? QStringLiteral("Россия") : QStringLiteral("Russia"));
    QVERIFY(account->signOutButton()->isEnabled());
    QVERIFY(!account->errorLabel()->isVisible());
    QCOMPARE(m_settings->currentAccount(m_serverUrl), id);
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("account")).isEmpty());
}

void TestGuiSignIn::signInByPhone()
{
    const qint64 id = addAccount({}, kPhone);
    QVERIFY2(id > 0, qPrintable(m_server->errorString()));
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    wizard->page<LoginPage>()->methodButton(LoginPage::Method::Phone)->click();
    wizard->page<LoginPage>()->phoneEdit()->setRegion(QStringLiteral("RU"));
    // Typed the way Russians often write it, with the trunk prefix 8.
    typeLogin(wizard, LoginPage::Method::Phone, QStringLiteral("89161234567"), kPassword);
    QCOMPARE(wizard->page<LoginPage>()->login(), QStringLiteral("+79161234567"));
    clickSignIn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->phoneLabel()->text(),
                              PhoneNumbers::mask(QStringLiteral("+79161234567")), 20000);
    QCOMPARE(m_window->accountPage()->accountIdLabel()->text(), QString::number(id));
    QCOMPARE(m_window->accountPage()->emailLabel()->text(), QStringLiteral("Not added"));
}

void TestGuiSignIn::signInByAccountId()
{
    const qint64 id
        = m_server->addAccount(QStringLiteral("boris@example.org"), {}, QStringLiteral("DE"), kPassword);
    QVERIFY2(id > 0, qPrintable(m_server->errorString()));
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    typeLogin(wizard, LoginPage::Method::AccountId, QString::number(id), kPassword);
    clickSignIn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->regionLabel()->text(), QStringLiteral("Germany"),
                              20000);
    QCOMPARE(m_window->accountPage()->accountIdLabel()->text(), QString::number(id));
    QCOMPARE(m_window->accountPage()->emailLabel()->text(), QStringLiteral("b***@example.org"));
}

namespace {

// A key as the user presses it: to whatever has the keyboard focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void typeText(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

} // namespace

void TestGuiSignIn::signInByKeyboardOnly()
{
    // No mouse and no setter: Tab, Shift+Tab, Space, Enter and the accelerators only.
    const qint64 id = addAccount(kEmail, kPhone);
    QVERIFY2(id > 0, qPrintable(m_server->errorString()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QPushButton* signIn = m_window->welcomePage()->signInButton();
    for (int i = 0; i < 10 && QApplication::focusWidget() != signIn; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), signIn);
    press(Qt::Key_Space);
    LoginWizard* wizard = shown(m_window->loginWizard());
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    LoginPage* page = wizard->page<LoginPage>();

    // The sign-in method comes first: Shift+Tab from the email field reaches the checked method
    // button (Qt keeps one tab stop for a group of radio buttons; the arrows move within it).
    press(Qt::Key_E, Qt::AltModifier); // "&Email address"
    QTRY_COMPARE(QApplication::focusWidget(), page->emailEdit());
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), page->methodButton(LoginPage::Method::Email));

    // Alt+O picks the phone number and takes the focus to it; Alt+M goes back to the email.
    press(Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(page->method(), LoginPage::Method::Phone);
    QTRY_COMPARE(QApplication::focusWidget(), page->phoneEdit()->numberEdit());
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), page->phoneEdit()->countryBox());
    press(Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(page->method(), LoginPage::Method::Email);
    QTRY_COMPARE(QApplication::focusWidget(), page->emailEdit());

    // The email, Tab to the password (nothing in between), Enter.
    typeText(kEmail);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->passwordEdit());
    typeText(kPassword);
    // After the password, the ways out in reading order.
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->forgotPasswordButton());
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->createAccountButton());
    press(Qt::Key_P, Qt::AltModifier); // "&Password"
    QTRY_COMPARE(QApplication::focusWidget(), page->passwordEdit());
    press(Qt::Key_Return);
    QVERIFY(waitForAccountPage(id));
}

void TestGuiSignIn::wrongPasswordKeepsWhatWasTyped_data()
{
    addLanguages();
}

void TestGuiSignIn::wrongPasswordKeepsWhatWasTyped()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(addAccount(kEmail) > 0);
    LoginWizard* wizard = submitLogin(LoginPage::Method::Email, kEmail, QStringLiteral("wrong-password1"));
    QVERIFY(wizard);

    LoginPage* page = wizard->page<LoginPage>();
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentPage(), page);
    QVERIFY(page->passwordError()->isVisible());
    QCOMPARE(page->passwordError()->message(), ErrorCatalog::userMessage(ErrorCode::InvalidCredentials));
    if (language == QLatin1String("ru"))
        QCOMPARE(page->passwordError()->message(), QStringLiteral("Неверный логин или пароль."));
    QVERIFY(hasReference(page->passwordError(), "E-LOGIN-FAILED"));
    QVERIFY(!page->loginError()->isVisible());
    QVERIFY(!page->pageError()->isVisible());
    // Everything typed is still there, and usable.
    QCOMPARE(page->emailEdit()->text(), kEmail);
    QCOMPARE(page->passwordEdit()->text(), QStringLiteral("wrong-password1"));
    QVERIFY(page->emailEdit()->isEnabled());
    QVERIFY(page->passwordEdit()->isEnabled());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!page->busyIndicator()->isVisible());
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());
    QVERIFY(!screenshot(wizard, QStringLiteral("login-wrong-password")).isEmpty());
}

void TestGuiSignIn::cancelAbortsAndKeepsInput()
{
    QVERIFY(addAccount(kEmail) > 0);
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    typeLogin(wizard, LoginPage::Method::Email, kEmail, kPassword);
    clickSignIn(wizard);
    QVERIFY(wizard->isBusy());
    // Cancel while the request is out: it is aborted, the wizard stays with what was typed.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isBusy());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->page<LoginPage>()->emailEdit()->text(), kEmail);
    QVERIFY(wizard->page<LoginPage>()->emailEdit()->isEnabled());
    QVERIFY(!wizard->page<LoginPage>()->pageError()->isVisible());
    QVERIFY(!m_session->isSignedIn());
    // A second Cancel closes it, once the user agrees to lose what was typed.
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(discardWork(wizard));
    QTRY_VERIFY(!m_window->loginWizard());
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());
}

void TestGuiSignIn::captchaAfterThreeFailures_data()
{
    addLanguages();
}

void TestGuiSignIn::captchaAfterThreeFailures()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = addAccount(kEmail);
    QVERIFY(id > 0);
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    for (int attempt = 0; attempt < 3; ++attempt) {
        typeLogin(wizard, LoginPage::Method::Email, kEmail, QStringLiteral("wrong1234"));
        clickSignIn(wizard);
        QVERIFY(waitUntilSettled(wizard));
        QVERIFY2(hasReference(page->passwordError(), "E-LOGIN-FAILED"),
                 qPrintable(page->passwordError()->reference()));
    }

    // The right password now, but the server wants a captcha first.
    typeLogin(wizard, LoginPage::Method::Email, kEmail, kPassword);
    clickSignIn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(LoginWizard::CaptchaPageId), 20000);
    CaptchaPage* captchaPage = wizard->captchaPage();
    CaptchaWidget* captcha = captchaPage->captcha();
    QTRY_VERIFY_WITH_TIMEOUT(captcha->isLoaded(), 20000);
    QVERIFY(!captcha->imageLabel()->pixmap().isNull());
    QCOMPARE(captchaPage->reasonLabel()->message(), ErrorCatalog::userMessage(ErrorCode::CaptchaRequired));
    QVERIFY(hasReference(captchaPage->reasonLabel(), "E-CAPTCHA-REQUIRED"));
    QVERIFY(captcha->answerEdit()->isEnabled());
    QVERIFY(captcha->anotherButton()->isEnabled());
    QVERIFY(!screenshot(wizard, QStringLiteral("captcha")).isEmpty());

    // "Another picture" gives a new captcha.
    const QString firstId = captcha->answer().id;
    QTest::mouseClick(captcha->anotherButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(captcha->isLoaded() && captcha->answer().id != firstId, 20000);

    // A wrong answer: said under the answer, and a fresh picture.
    const QString wrongId = captcha->answer().id;
    QTest::keyClicks(captcha->answerEdit(), QStringLiteral("nope"));
    clickSignIn(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(LoginWizard::CaptchaPageId));
    QCOMPARE(captchaPage->captchaError()->message(), ErrorCatalog::userMessage(ErrorCode::CaptchaWrong));
    QVERIFY(hasReference(captchaPage->captchaError(), "E-CAPTCHA-WRONG"));
    QTRY_VERIFY_WITH_TIMEOUT(captcha->isLoaded() && captcha->answer().id != wrongId, 20000);
    QVERIFY(!screenshot(wizard, QStringLiteral("captcha-wrong")).isEmpty());

    const QString answer = m_server->captchaAnswer(captcha->answer().id);
    QVERIFY(!answer.isEmpty());
    QTest::keyClicks(captcha->answerEdit(), answer);
    clickSignIn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_VERIFY(!m_window->loginWizard());
    QCOMPARE(m_window->accountPage()->accountIdLabel()->text(), QString::number(id));
}

void TestGuiSignIn::serverDown_data()
{
    addLanguages();
}

void TestGuiSignIn::serverDown()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(m_server->stop());
    LoginWizard* wizard = submitLogin(LoginPage::Method::Email, kEmail, kPassword);
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    QVERIFY(page->pageError()->isVisible());
    QCOMPARE(page->pageError()->message(), ErrorCatalog::userMessage(ErrorCode::ServerUnreachable));
    QVERIFY(hasReference(page->pageError(), "E-SERVER-UNREACHABLE"));
    QVERIFY(!page->passwordError()->isVisible());
    QCOMPARE(page->emailEdit()->text(), kEmail);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!screenshot(wizard, QStringLiteral("login-server-down")).isEmpty());
}

void TestGuiSignIn::tlsNotTrusted_data()
{
    addLanguages();
}

void TestGuiSignIn::tlsNotTrusted()
{
    QFETCH(QString, language);
    // The app trusts another CA than the one that signed the server's certificate.
    createApp(language, QStringLiteral(TEST_OTHER_PKI_DIR "/ca.crt"));
    QVERIFY(addAccount(kEmail) > 0);
    LoginWizard* wizard = submitLogin(LoginPage::Method::Email, kEmail, kPassword);
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    QVERIFY(page->pageError()->isVisible());
    QCOMPARE(page->pageError()->message(), ErrorCatalog::userMessage(ErrorCode::TlsUntrusted));
    QVERIFY(hasReference(page->pageError(), "E-TLS-UNTRUSTED"));
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!screenshot(wizard, QStringLiteral("login-tls-untrusted")).isEmpty());
}

void TestGuiSignIn::restartKeepsSignedIn()
{
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInAs(LoginPage::Method::Email, kEmail, id, kPassword));

    // A new app on the same settings and keychain: no wizard, straight back into the account.
    createApp();
    QVERIFY(m_window->currentPage() == m_window->startingPage()
            || m_window->currentPage() == m_window->accountPage());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->emailLabel()->text(),
                              QStringLiteral("a***@example.com"), 20000);
    QCOMPARE(m_window->accountPage()->accountIdLabel()->text(), QString::number(id));
    QVERIFY(!m_window->loginWizard());
    QVERIFY(m_session->isSignedIn());
}

void TestGuiSignIn::restartWithServerDownOffersRetry_data()
{
    addLanguages();
}

void TestGuiSignIn::restartWithServerDownOffersRetry()
{
    QFETCH(QString, language);
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInAs(LoginPage::Method::Email, kEmail, id, kPassword));
    QVERIFY(m_server->stop());

    createApp(language);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->welcomePage(), 20000);
    WelcomePage* welcome = m_window->welcomePage();
    QTRY_VERIFY_WITH_TIMEOUT(welcome->errorLabel()->isVisible(), 20000);
    QCOMPARE(welcome->errorLabel()->message(), ErrorCatalog::userMessage(ErrorCode::ServerUnreachable));
    QVERIFY(hasReference(welcome->errorLabel(), "E-SERVER-UNREACHABLE"));
    QVERIFY(welcome->retryButton()->isVisible());
    QVERIFY(welcome->signInButton()->isVisible());
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("restore-failed")).isEmpty());

    // Trying again goes back to "Signing you in…" and, with the server still down, here again.
    QTest::mouseClick(welcome->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(welcome->errorLabel()->isVisible() && m_window->currentPage() == welcome, 20000);
    QVERIFY(welcome->retryButton()->isVisible());
}

void TestGuiSignIn::signOutRemovesKeychainEntry_data()
{
    addLanguages();
}

void TestGuiSignIn::signOutRemovesKeychainEntry()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInAs(LoginPage::Method::Email, kEmail, id, kPassword));
    ApiError error;
    QVERIFY(!readToken(id, &error).isEmpty());
    QCOMPARE(error.wireName(), QStringLiteral("E-NONE"));

    QVERIFY(signOutThroughDialog(kPassword));
    QLabel* note = m_window->welcomePage()->noteLabel();
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             language == QLatin1String("ru") ? QStringLiteral("Вы вышли из аккаунта.")
                                             : QStringLiteral("You have signed out."));
    QVERIFY(!m_window->welcomePage()->errorLabel()->isVisible());
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("signed-out")).isEmpty());

    QVERIFY(readToken(id, &error).isEmpty());
    QCOMPARE(error.wireName(), QStringLiteral("E-NOT-SIGNED-IN"));
    QCOMPARE(m_settings->currentAccount(m_serverUrl), qint64(0));

    // And the next start is a signed-out one.
    createApp(language);
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());
}

QTEST_MAIN(TestGuiSignIn)
#include "TestGuiSignIn.moc"
