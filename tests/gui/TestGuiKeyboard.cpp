// SPDX-License-Identifier: Apache-2.0
// Every wizard by keyboard alone (issue #17): Tab, Shift+Tab, Space, Enter, Esc and the
// mnemonics, against a real account-server. Each page's Tab chain is walked once round and must
// follow reading order with the first field focused, no two visible controls share an Alt key,
// and Esc on typed work asks before anything is thrown away; in English and Russian.
#include "AccountPage.h"
#include "BackupCodesPage.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "ContactChangeWizard.h"
#include "ContactDetailsPage.h"
#include "DeleteAccountWizard.h"
#include "DeletionConfirmPage.h"
#include "GuiTestBase.h"
#include "KeyboardUser.h"
#include "LoginWizard.h"
#include "NewPasswordPage.h"
#include "PasswordChangeWizard.h"
#include "PasswordEdit.h"
#include "RecoveryLoginPage.h"
#include "RecoveryWizard.h"
#include "RegionComboBox.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationMethodPage.h"
#include "RegistrationWizard.h"
#include "TestTotp.h"
#include "TwoStepCodePage.h"
#include "TwoStepPasswordPage.h"
#include "TwoStepQrPage.h"
#include "TwoStepSetupWizard.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

// A step in a helper that may fail: the test stops there, as a QVERIFY in the test itself would.
#define STEP(call)                                                                                           \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace {

const QString kNewEmail = QStringLiteral("keys.only@example.com");

QString describeChain(const QList<QWidget*>& chain)
{
    QStringList names;
    for (const QWidget* widget : chain)
        names << KeyboardUser::describe(widget);
    return names.join(QStringLiteral(" -> "));
}

} // namespace

class TestGuiKeyboard : public GuiTestBase
{
    Q_OBJECT

private slots:
    void registerByKeyboard_data() { everyLanguage(); }
    void registerByKeyboard();
    void recoverByKeyboard_data() { everyLanguage(); }
    void recoverByKeyboard();
    void changePasswordByKeyboard_data() { everyLanguage(); }
    void changePasswordByKeyboard();
    void changeEmailByKeyboard_data() { everyLanguage(); }
    void changeEmailByKeyboard();
    void twoStepByKeyboard_data() { everyLanguage(); }
    void twoStepByKeyboard();
    void deleteByKeyboard_data() { everyLanguage(); }
    void deleteByKeyboard();

private:
    // en, ru and zh_CN: the mnemonics differ in each.
    static void everyLanguage()
    {
        addLanguages();
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    // Starts the app in the test's language, active, with the keyboard on its main window.
    bool startApp();
    // Signs in with a new account and waits for the account page, keyboard on it.
    qint64 startSignedIn();
    // Tabs to button and presses Space; the window that opens, active.
    template<typename Window> Window* openWith(QAbstractButton* button, Window* (MainWindow::*which)() const)
    {
        if (!KeyboardUser::tabTo(button) || !KeyboardUser::press(Qt::Key_Space))
            return nullptr;
        Window* window = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (window = (m_window.get()->*which)()) && window->isVisible(); }, 10000);
        return shown && KeyboardUser::waitForKeyboard(window) ? window : nullptr;
    }
    // The page now shown: first is focused, the Tab chain follows reading order and comes round,
    // and no Alt key is taken twice.
    void checkPage(QWizard* wizard, QWidget* first);
    // Enter on the page; waits for page `to` (or the wizard to settle there).
    void enterTo(QWizard* wizard, int to);
    // Esc on typed work: the "Discard…?" question, answered by Esc, keeps field's text.
    void escapeKeeps(QWizard* wizard, QLineEdit* field);
    // The code of this purpose that went to the account's email or phone (whichever the send page
    // had chosen: the first choice, left as it was); empty unless exactly one of them got one.
    QString sentCode(const QString& purpose) const
    {
        const QString byEmail = latestCode(kEmail, purpose);
        const QString byPhone = latestCode(kPhone, purpose);
        return byEmail.isEmpty() != byPhone.isEmpty() ? byEmail + byPhone : QString();
    }
    // The code page: focused on the code, which is typed, then Enter to page `to`.
    void typeCode(QWizard* wizard, CodeEntryPage* page, const QString& code, int to);
    // A new password page: the password, Tab to the confirmation, the same again, Enter to `to`.
    void typeNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password, int to);
    // Done: Enter closes the wizard.
    void finish(QWizard* wizard);
};

bool TestGuiKeyboard::startApp()
{
    QFETCH(QString, language);
    createApp(language);
    m_window->activateWindow();
    return KeyboardUser::waitForKeyboard(m_window.get());
}

qint64 TestGuiKeyboard::startSignedIn()
{
    if (!startApp())
        return 0;
    const qint64 id = signInNewAccount(kEmail, kPhone);
    m_window->activateWindow();
    return id > 0 && KeyboardUser::waitForKeyboard(m_window.get()) ? id : 0;
}

void TestGuiKeyboard::checkPage(QWizard* wizard, QWidget* first)
{
    const QString where
        = QStringLiteral("%1, page %2").arg(wizard->metaObject()->className()).arg(wizard->currentId());
    QTRY_VERIFY2(QApplication::focusWidget() == first,
                 qPrintable(QStringLiteral("%1: the focus is on %2, not on %3")
                                .arg(where, KeyboardUser::describe(QApplication::focusWidget()),
                                     KeyboardUser::describe(first))));
    const QList<QWidget*> chain = KeyboardUser::tabChain();
    QVERIFY2(QApplication::focusWidget() == first,
             qPrintable(QStringLiteral("%1: Tab does not come round: %2").arg(where, describeChain(chain))));
    const QStringList order = KeyboardUser::readingOrderProblems(chain, wizard->currentPage());
    QVERIFY2(order.isEmpty(),
             qPrintable(QStringLiteral("%1: %2\nchain: %3")
                            .arg(where, order.join(QStringLiteral("; ")), describeChain(chain))));
    // Shift+Tab goes the same way back.
    KeyboardUser::press(Qt::Key_Tab, Qt::ShiftModifier);
    QVERIFY2(QApplication::focusWidget() == chain.last(),
             qPrintable(QStringLiteral("%1: Shift+Tab from the first field reaches %2, not %3")
                            .arg(where, KeyboardUser::describe(QApplication::focusWidget()),
                                 KeyboardUser::describe(chain.last()))));
    KeyboardUser::press(Qt::Key_Tab);
    const QStringList clashes = KeyboardUser::mnemonicClashes(wizard);
    QVERIFY2(clashes.isEmpty(),
             qPrintable(where + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
}

void TestGuiKeyboard::enterTo(QWizard* wizard, int to)
{
    QWidget* focus = QApplication::focusWidget();
    const int from = wizard->currentId();
    QVERIFY(KeyboardUser::press(Qt::Key_Return));
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentId() == to,
                              qPrintable(QStringLiteral("Enter on %1 (page %2) led to page %3, not %4")
                                             .arg(KeyboardUser::describe(focus))
                                             .arg(from)
                                             .arg(wizard->currentId())
                                             .arg(to)),
                              20000);
}

void TestGuiKeyboard::escapeKeeps(QWizard* wizard, QLineEdit* field)
{
    const QString typed = field->text();
    QVERIFY(KeyboardUser::press(Qt::Key_Escape));
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = wizard->findChild<QMessageBox*>(QStringLiteral("discardQuestion")))
                && question->isVisible());
    QVERIFY(KeyboardUser::waitForKeyboard(question));
    // The safe answer has the focus: Enter keeps the work as Esc does.
    QVERIFY2(QApplication::focusWidget() == question->findChild<QPushButton*>(QStringLiteral("keepButton")),
             qPrintable(QStringLiteral("the question's focus is on ")
                        + KeyboardUser::describe(QApplication::focusWidget())));
    QVERIFY(KeyboardUser::press(Qt::Key_Escape));
    QTRY_VERIFY(!question || !question->isVisible());
    QVERIFY(wizard->isVisible());
    // The window system gives the keyboard back to the question's parent; the offscreen one
    // leaves that to the application.
    if (QApplication::activeWindow() != wizard)
        wizard->activateWindow();
    QVERIFY(KeyboardUser::waitForKeyboard(wizard));
    QCOMPARE(field->text(), typed);
    field->setFocus(); // where the user was (the focus comes back to the wizard's last one)
    QTRY_COMPARE(QApplication::focusWidget(), field);
}

void TestGuiKeyboard::typeCode(QWizard* wizard, CodeEntryPage* page, const QString& code, int to)
{
    STEP(checkPage(wizard, page->codeEdit()));
    QVERIFY(KeyboardUser::type(code));
    STEP(enterTo(wizard, to));
}

void TestGuiKeyboard::typeNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password, int to)
{
    STEP(checkPage(wizard, page->passwordEdit()));
    QVERIFY(KeyboardUser::type(password));
    QVERIFY(KeyboardUser::press(Qt::Key_Tab));
    QCOMPARE(QApplication::focusWidget(), page->confirmEdit());
    QVERIFY(KeyboardUser::type(password));
    STEP(enterTo(wizard, to));
}

void TestGuiKeyboard::finish(QWizard* wizard)
{
    QPointer<QWizard> guard(wizard);
    QVERIFY2(KeyboardUser::waitForKeyboard(wizard),
             qPrintable(QStringLiteral("the keyboard is with %1 in %2")
                            .arg(KeyboardUser::describe(QApplication::focusWidget()),
                                 KeyboardUser::describe(QApplication::activeWindow()))));
    QVERIFY(KeyboardUser::press(Qt::Key_Return));
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestGuiKeyboard::registerByKeyboard()
{
    QVERIFY(startApp());
    auto* wizard = openWith(m_window->welcomePage()->createAccountButton(), &MainWindow::registrationWizard);
    QVERIFY(wizard);
    STEP(checkPage(wizard, wizard->page<RegistrationMethodPage>()->methodButton(RegistrationMethodPage::Method::Email)));
    STEP(enterTo(wizard, RegistrationWizard::DetailsPageId));

    RegistrationDetailsPage* details = wizard->detailsPage();
    QTRY_VERIFY_WITH_TIMEOUT(details->captcha()->isLoaded(), 20000);
    STEP(checkPage(wizard, details->regionBox()));
    QVERIFY(KeyboardUser::tabTo(details->emailEdit()));
    QVERIFY(KeyboardUser::type(kNewEmail));
    STEP(escapeKeeps(wizard, details->emailEdit()));
    QVERIFY(KeyboardUser::tabTo(details->captcha()->answerEdit()));
    QVERIFY(KeyboardUser::type(m_server->captchaAnswer(details->captcha()->answer().id)));
    QVERIFY(KeyboardUser::tabTo(details->newsCheckBox()));
    QVERIFY(KeyboardUser::press(Qt::Key_Space));
    QVERIFY(details->newsCheckBox()->isChecked());
    STEP(enterTo(wizard, RegistrationWizard::CodePageId));

    STEP(typeCode(wizard, wizard->page<CodeEntryPage>(), latestCode(kNewEmail, QStringLiteral("registration")),
                  RegistrationWizard::PasswordPageId));
    STEP(typeNewPassword(wizard, wizard->page<NewPasswordPage>(), kPassword, RegistrationWizard::DonePageId));
    const qint64 id = wizard->accountId();
    QVERIFY(id > 0);
    finish(wizard);
    QVERIFY(waitForAccountPage(id));
}

void TestGuiKeyboard::recoverByKeyboard()
{
    QVERIFY(addAccount(kEmail, kPhone) > 0);
    QVERIFY(startApp());
    auto* login = openWith(m_window->welcomePage()->signInButton(), &MainWindow::loginWizard);
    QVERIFY(login);
    // The wizard gives the focus to the first control of the page: the sign-in method.
    STEP(checkPage(login, login->page<LoginPage>()->methodButton(LoginPage::Method::Email)));
    QVERIFY(KeyboardUser::tabTo(login->page<LoginPage>()->forgotPasswordButton()));
    QVERIFY(KeyboardUser::press(Qt::Key_Space));
    RecoveryWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->recoveryWizard()) && wizard->isVisible());
    QVERIFY(KeyboardUser::waitForKeyboard(wizard));

    RecoveryLoginPage* page = wizard->loginPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->captcha()->isLoaded(), 20000);
    STEP(checkPage(wizard, page->emailEdit()));
    QVERIFY(KeyboardUser::type(kEmail));
    STEP(escapeKeeps(wizard, page->emailEdit()));
    QVERIFY(KeyboardUser::tabTo(page->captcha()->answerEdit()));
    QVERIFY(KeyboardUser::type(m_server->captchaAnswer(page->captcha()->answer().id)));
    // Recovery by email sends the code to that address at once: no page to choose where.
    STEP(enterTo(wizard, RecoveryWizard::CodePageId));
    STEP(typeCode(wizard, wizard->page<CodeEntryPage>(), sentCode(QStringLiteral("recovery")),
                  RecoveryWizard::PasswordPageId));
    STEP(typeNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword, RecoveryWizard::DonePageId));
    finish(wizard);
    QVERIFY(!signInError(kEmail, kNewPassword));
}

void TestGuiKeyboard::changePasswordByKeyboard()
{
    QVERIFY(startSignedIn() > 0);
    auto* wizard
        = openWith(m_window->accountPage()->changePasswordButton(), &MainWindow::passwordChangeWizard);
    QVERIFY(wizard);
    STEP(checkPage(wizard, QApplication::focusWidget()));
    STEP(enterTo(wizard, PasswordChangeWizard::CodePageId));
    STEP(checkPage(wizard, wizard->page<CodeEntryPage>()->codeEdit()));
    QVERIFY(KeyboardUser::type(sentCode(QStringLiteral("password-change"))));
    STEP(escapeKeeps(wizard, wizard->page<CodeEntryPage>()->codeEdit()));
    STEP(enterTo(wizard, PasswordChangeWizard::PasswordPageId));
    STEP(typeNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword, PasswordChangeWizard::DonePageId));
    finish(wizard);
    QVERIFY(!signInError(kEmail, kNewPassword));
}

void TestGuiKeyboard::changeEmailByKeyboard()
{
    QVERIFY(startSignedIn() > 0);
    auto* wizard = openWith(m_window->accountPage()->changeEmailButton(), &MainWindow::contactChangeWizard);
    QVERIFY(wizard);
    ContactDetailsPage* details = wizard->detailsPage();
    STEP(checkPage(wizard, details->emailEdit()));
    QVERIFY(KeyboardUser::type(kNewEmail));
    QVERIFY(KeyboardUser::tabTo(details->passwordEdit()));
    QVERIFY(KeyboardUser::type(kPassword));
    STEP(escapeKeeps(wizard, details->passwordEdit()));
    STEP(enterTo(wizard, ContactChangeWizard::CodePageId));
    STEP(typeCode(wizard, wizard->codePage(), latestCode(kNewEmail, QStringLiteral("email-change")),
                  ContactChangeWizard::DonePageId));
    finish(wizard);
    QTRY_VERIFY(m_window->accountPage()->emailLabel()->text().startsWith(QLatin1Char('k')));
}

void TestGuiKeyboard::twoStepByKeyboard()
{
    QVERIFY(startSignedIn() > 0);
    auto* wizard = openWith(m_window->accountPage()->twoStepButton(), &MainWindow::twoStepSetupWizard);
    QVERIFY(wizard);
    STEP(checkPage(wizard, wizard->page<TwoStepPasswordPage>()->passwordEdit()));
    QVERIFY(KeyboardUser::type(kPassword));
    STEP(enterTo(wizard, TwoStepSetupWizard::QrPageId));
    STEP(checkPage(wizard, QApplication::focusWidget()));
    const QString secret = wizard->page<TwoStepQrPage>()->secretLabel()->text().remove(QLatin1Char(' '));
    STEP(enterTo(wizard, TwoStepSetupWizard::CodePageId));
    STEP(checkPage(wizard, wizard->page<TwoStepCodePage>()->codeEdit()));
    QVERIFY(KeyboardUser::type(TestTotp::code(secret)));
    STEP(enterTo(wizard, TwoStepSetupWizard::BackupPageId));
    BackupCodesPage* backup = wizard->page<BackupCodesPage>();
    STEP(checkPage(wizard, QApplication::focusWidget()));
    QVERIFY(KeyboardUser::tabTo(backup->savedCheckBox()));
    QVERIFY(KeyboardUser::press(Qt::Key_Space));
    QVERIFY(backup->savedCheckBox()->isChecked());
    STEP(enterTo(wizard, TwoStepSetupWizard::DonePageId));
    finish(wizard);
}

void TestGuiKeyboard::deleteByKeyboard()
{
    QVERIFY(startSignedIn() > 0);
    auto* wizard = openWith(m_window->accountPage()->deleteAccountButton(), &MainWindow::deleteAccountWizard);
    QVERIFY(wizard);
    STEP(checkPage(wizard, QApplication::focusWidget()));
    QVERIFY(KeyboardUser::press(Qt::Key_Return));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == DeleteAccountWizard::SendPageId
                                 || wizard->currentId() == DeleteAccountWizard::DevicesPageId,
                             20000);
    if (wizard->currentId() == DeleteAccountWizard::DevicesPageId) {
        // The list is loaded first: Next waits for it (no other device here, so it is empty).
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        STEP(checkPage(wizard, QApplication::focusWidget()));
        STEP(enterTo(wizard, DeleteAccountWizard::SendPageId));
    }
    STEP(checkPage(wizard, QApplication::focusWidget()));
    STEP(enterTo(wizard, DeleteAccountWizard::CodePageId));
    STEP(typeCode(wizard, wizard->page<CodeEntryPage>(), sentCode(QStringLiteral("account-deletion")),
                  DeleteAccountWizard::ConfirmPageId));
    DeletionConfirmPage* confirm = wizard->page<DeletionConfirmPage>();
    STEP(checkPage(wizard, confirm->passwordEdit()));
    QVERIFY(KeyboardUser::type(kPassword));
    QVERIFY(KeyboardUser::tabTo(confirm->understoodCheckBox()));
    QVERIFY(KeyboardUser::press(Qt::Key_Space));
    QVERIFY(KeyboardUser::tabTo(confirm->passwordEdit()));
    STEP(enterTo(wizard, DeleteAccountWizard::DonePageId));
    finish(wizard);
    QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->welcomePage()));
}

QTEST_MAIN(TestGuiKeyboard)
#include "TestGuiKeyboard.moc"
