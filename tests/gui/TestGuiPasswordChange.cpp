// SPDX-License-Identifier: Apache-2.0
// Changing the password of a signed-in account against a real account-server, as a user clicks
// and types it, with what it does elsewhere: other devices signed out, this computer not.
#include "AccountPage.h"
#include "CodeEntryPage.h"
#include "DonePage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "NewPasswordPage.h"
#include "PasswordChangeWizard.h"
#include "PasswordEdit.h"
#include "SendCodePage.h"
#include "TestAccountFlows.h"
#include "TestServer.h"
#include "protocol/ApiError.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

class TestGuiPasswordChange : public GuiTestBase
{
    Q_OBJECT

private slots:
    void changeChoosingPhone_data();
    void changeChoosingPhone();
    void changeChoosingEmail();
    void oneChannelGoesStraightOn();
    void wrongCodeKeepsPassword_data();
    void wrongCodeKeepsPassword();
    void expiredCodeAsksForANewOne();
    void resendTooEarly();
    void samePasswordRefused_data();
    void samePasswordRefused();
    void mismatchNotSent();
    void serverDownKeepsInput();
    void cancelLeavesPasswordAlone();

private:
    static inline const QString kPurpose = QStringLiteral("password-change");

    PasswordChangeWizard* openWizard();
    // From the account page to the password page, the code sent to `via`.
    PasswordChangeWizard* reachPasswordPage(const QString& via, const QString& destination);
};

PasswordChangeWizard* TestGuiPasswordChange::openWizard()
{
    QTest::mouseClick(m_window->accountPage()->changePasswordButton(), Qt::LeftButton);
    return shown(m_window->passwordChangeWizard());
}

PasswordChangeWizard* TestGuiPasswordChange::reachPasswordPage(const QString& via, const QString& destination)
{
    PasswordChangeWizard* wizard = openWizard();
    if (!wizard)
        return nullptr;
    if (QRadioButton* choice = wizard->page<SendCodePage>()->choiceButton(via))
        QTest::mouseClick(choice, Qt::LeftButton);
    clickNext(wizard);
    if (!waitUntilSettled(wizard) || wizard->currentId() != PasswordChangeWizard::CodePageId)
        return nullptr;
    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(destination, kPurpose));
    if (!QTest::qWaitFor([&] { return wizard->currentId() == PasswordChangeWizard::PasswordPageId; }, 20000))
        return nullptr;
    return wizard;
}

void TestGuiPasswordChange::changeChoosingPhone_data()
{
    addLanguages();
}

void TestGuiPasswordChange::changeChoosingPhone()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = signInNewAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("account-page")).isEmpty());
    ApiError error;
    const QString before = readToken(id, &error);
    QVERIFY(!before.isEmpty());
    // Another device signed in to the same account.
    const TokenResponse other = signInElsewhere(kEmail, kPassword, QStringLiteral("second-device"), &error);
    QVERIFY2(!error, qPrintable(error.wireName()));

    PasswordChangeWizard* wizard = openWizard();
    QVERIFY(wizard);
    SendCodePage* send = wizard->page<SendCodePage>();
    QVERIFY(send->choiceButton(QStringLiteral("phone")));
    QVERIFY(send->choiceButton(QStringLiteral("email")));
    QVERIFY(send->choiceButton(QStringLiteral("phone"))->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(send->choiceButton(QStringLiteral("email"))->text().contains(QStringLiteral("a***@example.com")));
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-choice")).isEmpty());
    QTest::mouseClick(send->choiceButton(QStringLiteral("phone")), Qt::LeftButton);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::CodePageId));
    QVERIFY(
        wizard->page<CodeEntryPage>()->sentToLabel()->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-code")).isEmpty());
    const QString code = latestCode(kPhone, kPurpose);
    QCOMPARE(code.size(), 6);
    QCOMPARE(messageCount(kEmail, kPurpose), 0);

    enterCode(wizard, wizard->page<CodeEntryPage>(), code);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId), 20000);
    QTest::keyClicks(wizard->page<NewPasswordPage>()->passwordEdit(), kNewPassword);
    QTest::keyClicks(wizard->page<NewPasswordPage>()->confirmEdit(), kNewPassword);
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-password")).isEmpty());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::DonePageId));
    QVERIFY(!wizard->page<DonePage>()->errorLabel()->isVisible());
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-done")).isEmpty());
    // Nothing typed is left behind in the wizard.
    QVERIFY(wizard->page<NewPasswordPage>()->passwordEdit()->text().isEmpty());
    clickNext(wizard);
    QTRY_VERIFY(!m_window->passwordChangeWizard());

    // This computer: still signed in, with a new refresh token in the keychain.
    QVERIFY(m_session->isSignedIn());
    const QString after = readToken(id, &error);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    // The other device: signed out.
    QVERIFY(refreshElsewhere(other.refreshToken));
    // The old password no longer signs in; the new one does.
    QCOMPARE(signInError(kEmail, kPassword).code, ErrorCode::InvalidCredentials);
    QVERIFY(!signInError(kEmail, kNewPassword));
    // A notice went to both.
    QCOMPARE(messageCount(kPhone, QStringLiteral("password-changed")), 1);
    QCOMPARE(messageCount(kEmail, QStringLiteral("password-changed")), 1);

    // A restart restores the session from the new token.
    createApp(language);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->emailLabel()->text(),
                              QStringLiteral("a***@example.com"), 20000);
    QVERIFY(m_session->isSignedIn());
    // The refresh token this computer had before is dead (checked last: it is no use to anyone).
    QCOMPARE(refreshElsewhere(before).code, ErrorCode::RefreshTokenInvalid);
}

void TestGuiPasswordChange::changeChoosingEmail()
{
    const qint64 id = signInNewAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    PasswordChangeWizard* wizard = reachPasswordPage(QStringLiteral("email"), kEmail);
    QVERIFY(wizard);
    QCOMPARE(messageCount(kPhone, kPurpose), 0);
    enterNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::DonePageId));
    QCOMPARE(signInError(kPhone, kPassword).code, ErrorCode::InvalidCredentials);
    QVERIFY(!signInError(kPhone, kNewPassword));
    // Restored after a restart.
    createApp();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountPage()->changePasswordButton()->isEnabled(), 20000);
    QCOMPARE(m_window->accountPage()->accountIdLabel()->text(), QString::number(id));
}

void TestGuiPasswordChange::oneChannelGoesStraightOn()
{
    QVERIFY(signInNewAccount(kEmail, {}) > 0);
    PasswordChangeWizard* wizard = openWizard();
    QVERIFY(wizard);
    // No choice to make: the page says where the code goes.
    QVERIFY(!wizard->page<SendCodePage>()->choiceButton(QStringLiteral("phone")));
    QVERIFY(wizard->page<SendCodePage>()->singleChoiceLabel()->isVisible());
    QVERIFY(wizard->page<SendCodePage>()->singleChoiceLabel()->text().contains(
        QStringLiteral("a***@example.com")));
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-single")).isEmpty());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::CodePageId));
    QCOMPARE(latestCode(kEmail, kPurpose).size(), 6);
}

void TestGuiPasswordChange::wrongCodeKeepsPassword_data()
{
    addLanguages();
}

void TestGuiPasswordChange::wrongCodeKeepsPassword()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(signInNewAccount(kEmail, kPhone) > 0);
    PasswordChangeWizard* wizard = openWizard();
    QVERIFY(wizard);
    clickNext(wizard); // the phone, preselected
    QVERIFY(waitUntilSettled(wizard));
    const QString right = latestCode(kPhone, kPurpose);
    enterCode(wizard, wizard->page<CodeEntryPage>(), TestAccountFlows::wrongCode(right));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId), 20000);
    enterNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword);
    QVERIFY(waitUntilSettled(wizard));
    // The server checks the code with the password: back to the code, with the attempts left.
    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::CodePageId));
    QVERIFY(hasReference(code->codeError(), "E-CODE-WRONG"));
    const QString fourLeft = language == QLatin1String("ru") ? QStringLiteral("Осталось 4 попытки.")
                                                             : QStringLiteral("4 attempts left.");
    QVERIFY2(code->codeError()->message().endsWith(fourLeft), qPrintable(code->codeError()->message()));
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-code-wrong")).isEmpty());
    enterCode(wizard, code, right);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId), 20000);
    // The password typed before is still there.
    QCOMPARE(wizard->page<NewPasswordPage>()->passwordEdit()->text(), kNewPassword);
    QCOMPARE(wizard->page<NewPasswordPage>()->confirmEdit()->text(), kNewPassword);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::DonePageId));
    QVERIFY(!signInError(kEmail, kNewPassword));
}

void TestGuiPasswordChange::expiredCodeAsksForANewOne()
{
    QVERIFY(startServer({ QStringLiteral("--code-ttl"), QStringLiteral("1"),
                          QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    createApp();
    QVERIFY(signInNewAccount(kEmail, {}) > 0);
    PasswordChangeWizard* wizard = reachPasswordPage(QStringLiteral("email"), kEmail);
    QVERIFY(wizard);
    QTest::qWait(1500); // the user was slow: the code is older than its one-second life
    enterNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword);
    QVERIFY(waitUntilSettled(wizard));
    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::CodePageId));
    QVERIFY(hasReference(code->codeError(), "E-CODE-EXPIRED"));
    QVERIFY(code->isCodeDead());
    QVERIFY(code->resendButton()->isEnabled());
    QTest::mouseClick(code->resendButton(), Qt::LeftButton);
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(!code->isCodeDead());
    QCOMPARE(messageCount(kEmail, kPurpose), 2);
    enterCode(wizard, code, latestCode(kEmail, kPurpose));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId), 20000);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::DonePageId));
}

void TestGuiPasswordChange::resendTooEarly()
{
    QVERIFY(signInNewAccount(kEmail, kPhone) > 0);
    PasswordChangeWizard* wizard = openWizard();
    QVERIFY(wizard);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    QVERIFY(!code->resendButton()->isEnabled());
    Q_EMIT code->resendRequested(); // a clock off on this computer
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(hasReference(code->pageError(), "E-RESEND-TOO-EARLY"));
    QVERIFY(!code->resendButton()->isEnabled());
    QCOMPARE(messageCount(kPhone, kPurpose), 1);
}

void TestGuiPasswordChange::samePasswordRefused_data()
{
    addLanguages();
}

void TestGuiPasswordChange::samePasswordRefused()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(signInNewAccount(kEmail, kPhone) > 0);
    PasswordChangeWizard* wizard = reachPasswordPage(QStringLiteral("phone"), kPhone);
    QVERIFY(wizard);
    NewPasswordPage* page = wizard->page<NewPasswordPage>();
    enterNewPassword(wizard, page, kPassword);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId));
    QVERIFY(hasReference(page->passwordError(), "E-PASSWORD-WEAK"));
    const QString differ = language == QLatin1String("ru")
        ? QStringLiteral("Новый пароль должен отличаться")
        : QStringLiteral("must differ from the current one");
    QVERIFY2(page->passwordError()->message().contains(differ), qPrintable(page->passwordError()->message()));
    QVERIFY(!screenshot(wizard, QStringLiteral("password-change-same")).isEmpty());
    // The code is still good: another password goes through.
    enterNewPassword(wizard, page, kNewPassword);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::DonePageId));
}

void TestGuiPasswordChange::mismatchNotSent()
{
    QVERIFY(signInNewAccount(kEmail, {}) > 0);
    PasswordChangeWizard* wizard = reachPasswordPage(QStringLiteral("email"), kEmail);
    QVERIFY(wizard);
    NewPasswordPage* page = wizard->page<NewPasswordPage>();
    enterNewPassword(wizard, page, kNewPassword, kNewPassword + QLatin1Char('x'));
    QVERIFY(!wizard->isBusy());
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId));
    QVERIFY(page->confirmError()->isVisible());
    QVERIFY(!signInError(kEmail, kPassword)); // nothing changed
}

void TestGuiPasswordChange::serverDownKeepsInput()
{
    QVERIFY(signInNewAccount(kEmail, kPhone) > 0);
    PasswordChangeWizard* wizard = reachPasswordPage(QStringLiteral("phone"), kPhone);
    QVERIFY(wizard);
    QVERIFY(m_server->stop());
    enterNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword);
    QVERIFY(waitUntilSettled(wizard));
    NewPasswordPage* page = wizard->page<NewPasswordPage>();
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::PasswordPageId));
    QVERIFY(hasReference(page->pageError(), "E-SERVER-UNREACHABLE"));
    QCOMPARE(page->passwordEdit()->text(), kNewPassword);
    QCOMPARE(page->confirmEdit()->text(), kNewPassword);
    QVERIFY(page->passwordEdit()->isEnabled());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(m_session->isSignedIn());
}

void TestGuiPasswordChange::cancelLeavesPasswordAlone()
{
    const qint64 id = signInNewAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    ApiError error;
    const QString before = readToken(id, &error);
    PasswordChangeWizard* wizard = reachPasswordPage(QStringLiteral("phone"), kPhone);
    QVERIFY(wizard);
    QTest::keyClicks(wizard->page<NewPasswordPage>()->passwordEdit(), kNewPassword);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(discardWork(wizard)); // a new password was typed: closing asks first
    QTRY_VERIFY(!m_window->passwordChangeWizard());
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(readToken(id, &error), before);
    QVERIFY(!signInError(kEmail, kPassword));
}

QTEST_MAIN(TestGuiPasswordChange)
#include "TestGuiPasswordChange.moc"
