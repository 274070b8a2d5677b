// SPDX-License-Identifier: Apache-2.0
// Adding and changing the email address or phone number of a signed-in account against a real
// account-server, as a user clicks and types it, and signing in with the new one afterwards.
#include "AccountPage.h"
#include "CodeEntryPage.h"
#include "ContactChangeWizard.h"
#include "DonePage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "TestAccountFlows.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using Kind = ContactChangeWizard::Kind;

class TestGuiContactChange : public GuiTestBase
{
    Q_OBJECT

private slots:
    void addPhoneToEmailOnlyAccount_data();
    void addPhoneToEmailOnlyAccount();
    void changeEmail_data();
    void changeEmail();
    void wrongPasswordKeepsInput_data();
    void wrongPasswordKeepsInput();
    void alreadyUsedDestination_data();
    void alreadyUsedDestination();
    void wrongCodeShowsAttemptsLeft();
    void serverDownKeepsInput();
    void cancelChangesNothing();

private:
    static inline const QString kNewEmail = QStringLiteral("anna.new@example.org");

    ContactChangeWizard* openWizard(QPushButton* button);
    // Types the new address (or national number) and the password, and clicks Send.
    void fillDetails(ContactChangeWizard* wizard, const QString& contact, const QString& password);
    // A new account with kEmail only, signed in: opens the wizard that adds or changes `kind`, fills
    // it in and sends it; the wizard once the server answered, null when a step failed.
    ContactChangeWizard* sendFromNewAccount(Kind kind, const QString& contact, const QString& password);
};

ContactChangeWizard* TestGuiContactChange::openWizard(QPushButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
    return shown(m_window->contactChangeWizard());
}

void TestGuiContactChange::fillDetails(ContactChangeWizard* wizard, const QString& contact,
                                       const QString& password)
{
    ContactDetailsPage* page = wizard->detailsPage();
    typeContact(page->emailEdit(), page->phoneEdit(), wizard->kind() == Kind::Email, contact);
    retype(page->passwordEdit(), password);
    clickNext(wizard);
}

ContactChangeWizard* TestGuiContactChange::sendFromNewAccount(Kind kind, const QString& contact,
                                                              const QString& password)
{
    if (signInNewAccount(kEmail, {}) <= 0)
        return nullptr;
    AccountPage* account = m_window->accountPage();
    ContactChangeWizard* wizard
        = openWizard(kind == Kind::Email ? account->changeEmailButton() : account->changePhoneButton());
    if (!wizard)
        return nullptr;
    fillDetails(wizard, contact, password);
    const QPointer<ContactChangeWizard> guard(wizard);
    return waitUntilSettled(wizard) ? guard.data() : nullptr;
}

void TestGuiContactChange::addPhoneToEmailOnlyAccount_data()
{
    addLanguages();
}

void TestGuiContactChange::addPhoneToEmailOnlyAccount()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = signInNewAccount(kEmail, {});
    QVERIFY(id > 0);
    AccountPage* account = m_window->accountPage();
    // The guide's advice: a phone for recovery, offered gently.
    QVERIFY(account->phoneHint()->isVisible());
    QCOMPARE(account->phoneLabel()->text(), AccountPage::tr("Not added"));
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("account-page-phone-hint")).isEmpty());

    ContactChangeWizard* wizard = openWizard(account->phoneHintButton());
    QVERIFY(wizard);
    QCOMPARE(wizard->kind(), Kind::Phone);
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-phone-details")).isEmpty());
    fillDetails(wizard, kPhoneNational, kPassword);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::CodePageId));
    QVERIFY(wizard->codePage()->sentToLabel()->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-phone-code")).isEmpty());
    enterCode(wizard, wizard->codePage(), latestCode(kPhone, QStringLiteral("phone-change")));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::DonePageId));
    QVERIFY(wizard->donePage()->messageLabel()->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-phone-done")).isEmpty());
    // The account page shows it at once, and the hint is gone.
    QCOMPARE(account->phoneLabel()->text(), QStringLiteral("+7 *** ***-45-67"));
    QVERIFY(!account->phoneHint()->isVisible());
    QCOMPARE(account->changePhoneButton()->text(), AccountPage::tr("Change Phone Number"));
    clickNext(wizard);
    QTRY_VERIFY(!m_window->contactChangeWizard());
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("account-page-full")).isEmpty());

    // Signing in by phone works now, through the app.
    QVERIFY(signOutThroughDialog(kPassword));
    QVERIFY(signInAs(LoginPage::Method::Phone, kPhoneNational, id, kPassword));
}

void TestGuiContactChange::changeEmail_data()
{
    addLanguages();
}

void TestGuiContactChange::changeEmail()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(signInNewAccount(kEmail, kPhone) > 0);
    AccountPage* account = m_window->accountPage();
    QVERIFY(!account->phoneHint()->isVisible());
    QCOMPARE(account->changeEmailButton()->text(), AccountPage::tr("Change Email"));
    ContactChangeWizard* wizard = openWizard(account->changeEmailButton());
    QVERIFY(wizard);
    QCOMPARE(wizard->kind(), Kind::Email);
    fillDetails(wizard, kNewEmail, kPassword);
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-email-details")).isEmpty());
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::CodePageId));
    // The code goes to the NEW address.
    QCOMPARE(latestCode(kEmail, QStringLiteral("email-change")), QString());
    enterCode(wizard, wizard->codePage(), latestCode(kNewEmail, QStringLiteral("email-change")));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::DonePageId));
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-email-done")).isEmpty());
    QCOMPARE(account->emailLabel()->text(), QStringLiteral("a***@example.org"));
    QCOMPARE(messageCount(kEmail, QStringLiteral("email-changed")), 1);
    QVERIFY(!signInError(kNewEmail, kPassword));
    QVERIFY(signInError(kEmail, kPassword)); // the old address no longer signs in
}

void TestGuiContactChange::wrongPasswordKeepsInput_data()
{
    addLanguages();
}

void TestGuiContactChange::wrongPasswordKeepsInput()
{
    QFETCH(QString, language);
    createApp(language);
    ContactChangeWizard* wizard
        = sendFromNewAccount(Kind::Phone, kPhoneNational, QStringLiteral("NotMyPassword1"));
    QVERIFY(wizard);
    ContactDetailsPage* page = wizard->detailsPage();
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::DetailsPageId));
    QVERIFY(hasReference(page->passwordError(), "E-PASSWORD-WRONG"));
    QCOMPARE(page->passwordError()->message(), ApiError(ErrorCode::PasswordWrong).userMessage());
    QCOMPARE(page->phoneEdit()->e164(), kPhone);
    QCOMPARE(page->passwordEdit()->text(), QStringLiteral("NotMyPassword1"));
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-wrong-password")).isEmpty());
    QCOMPARE(messageCount(kPhone, QStringLiteral("phone-change")), 0);
}

void TestGuiContactChange::alreadyUsedDestination_data()
{
    addLanguages();
}

void TestGuiContactChange::alreadyUsedDestination()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(addAccount(kNewEmail) > 0);
    ContactChangeWizard* wizard = sendFromNewAccount(Kind::Email, kNewEmail, kPassword);
    QVERIFY(wizard);
    // The server answers as for a free address (it does not tell whose addresses have accounts):
    // the code page, while the address's owner is told of the attempt instead of getting a code.
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::CodePageId));
    QCOMPARE(messageCount(kNewEmail, QStringLiteral("email-change")), 0);
    QCOMPARE(messageCount(kNewEmail, QStringLiteral("contact-taken")), 1);
    QVERIFY(!screenshot(wizard, QStringLiteral("contact-already-used")).isEmpty());
}

void TestGuiContactChange::wrongCodeShowsAttemptsLeft()
{
    ContactChangeWizard* wizard = sendFromNewAccount(Kind::Email, kNewEmail, kPassword);
    QVERIFY(wizard);
    const QString right = latestCode(kNewEmail, QStringLiteral("email-change"));
    enterCode(wizard, wizard->codePage(), TestAccountFlows::wrongCode(right));
    QVERIFY(waitUntilSettled(wizard));
    CodeEntryPage* code = wizard->codePage();
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::CodePageId));
    QVERIFY(hasReference(code->codeError(), "E-CODE-WRONG"));
    QVERIFY2(code->codeError()->message().endsWith(QStringLiteral("4 attempts left.")),
             qPrintable(code->codeError()->message()));
    QCOMPARE(m_window->accountPage()->emailLabel()->text(), QStringLiteral("a***@example.com"));
    enterCode(wizard, code, right);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::DonePageId));
}

void TestGuiContactChange::serverDownKeepsInput()
{
    QVERIFY(signInNewAccount(kEmail, {}) > 0);
    ContactChangeWizard* wizard = openWizard(m_window->accountPage()->changePhoneButton());
    QVERIFY(wizard);
    QVERIFY(m_server->stop());
    fillDetails(wizard, kPhoneNational, kPassword);
    QVERIFY(waitUntilSettled(wizard));
    ContactDetailsPage* page = wizard->detailsPage();
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::DetailsPageId));
    QVERIFY(hasReference(page->pageError(), "E-SERVER-UNREACHABLE"));
    QCOMPARE(page->phoneEdit()->e164(), kPhone);
    QCOMPARE(page->passwordEdit()->text(), kPassword);
    QVERIFY(page->passwordEdit()->isEnabled());
}

void TestGuiContactChange::cancelChangesNothing()
{
    ContactChangeWizard* wizard = sendFromNewAccount(Kind::Email, kNewEmail, kPassword);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::CodePageId));
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(discardWork(wizard)); // a code was sent: closing asks first
    QTRY_VERIFY(!m_window->contactChangeWizard());
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_window->accountPage()->emailLabel()->text(), QStringLiteral("a***@example.com"));
    QVERIFY(!signInError(kEmail, kPassword));
}

QTEST_MAIN(TestGuiContactChange)
#include "TestGuiContactChange.moc"
