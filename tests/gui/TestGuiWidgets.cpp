// SPDX-License-Identifier: Apache-2.0
// The widgets on their own, with no server: what the user sees before anything is sent.
#include "AccountPage.h"
#include "CaptchaPage.h"
#include "CountryNames.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginPage.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "api/AccountApi.h"
#include "protocol/AccountMessages.h"
#include "protocol/ApiError.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestGuiWidgets : public GuiTestBase
{
    Q_OBJECT

public:
    // Nothing listens where the app points: these tests must never get as far as sending.
    TestGuiWidgets()
        : GuiTestBase(Server::None)
    {
    }

private slots:
    void startsOnWelcomePage();
    void emptyFieldsAreReportedUnderThem();
    void closingAsksBeforeDiscardingWhatWasTyped();
    void invalidEmailIsReported();
    void accountIdMustBeNumeric();
    void accountIdHasAtMostEighteenDigits();
    void toggleActionPicksTheMethod();
    void loginFieldsHaveAccessibleNames();
    void phoneIsFormattedAsTyped();
    void internationalNumberPicksItsCountry();
    void countryNamesFollowTheLanguage();
    void invalidPhoneForRegionIsReported();
    void passwordCanBeShownAndHidden();
    void lockAndKeychainErrorsShowAtTheTop();
    void russianTexts();
    void accountPageMasksContacts();
    void screenshots_data();
    void screenshots();

private:
    void typeInto(QWidget* widget, const QString& text);
};

void TestGuiWidgets::typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TestGuiWidgets::startsOnWelcomePage()
{
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());
    QCOMPARE(m_window->welcomePage()->signInButton()->text(), QStringLiteral("Sign In"));
    QVERIFY(m_window->welcomePage()->signInButton()->isEnabled());
    QVERIFY(!m_window->welcomePage()->errorLabel()->isVisible());
}

void TestGuiWidgets::emptyFieldsAreReportedUnderThem()
{
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    QCOMPARE(wizard->currentPage(), page);
    QVERIFY(page->methodButton(LoginPage::Method::Email)->isChecked());

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(page->loginError()->isVisible());
    QCOMPARE(page->loginError()->message(), QStringLiteral("Enter your email address."));
    QVERIFY(page->passwordError()->isVisible());
    QCOMPARE(page->passwordError()->message(), QStringLiteral("Enter your password."));
    // Our own checks have no server reference to give.
    QVERIFY(page->loginError()->reference().isEmpty());
    QVERIFY(!wizard->isBusy());
    QVERIFY(!page->pageError()->isVisible());
    QVERIFY(wizard->isVisible());

    // Typing into a field takes its complaint away.
    typeInto(page->passwordEdit(), QStringLiteral("x"));
    QVERIFY(!page->passwordError()->isVisible());
    QVERIFY(page->loginError()->isVisible());
}

void TestGuiWidgets::closingAsksBeforeDiscardingWhatWasTyped()
{
    // Nothing typed: Escape closes at once.
    // The wizard is deleted once closed: QPointer tells.
    QPointer<LoginWizard> wizard = openLoginWizard();
    QVERIFY(wizard);
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->loginWizard()); // closed and gone

    wizard = openLoginWizard();
    QVERIFY(wizard);
    typeInto(wizard->page<LoginPage>()->emailEdit(), QStringLiteral("anna@example.com"));
    QTest::keyClick(wizard, Qt::Key_Escape);
    auto* question = wizard->findChild<QMessageBox*>(QStringLiteral("discardQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(wizard->isVisible());
    // Enter keeps the work: the safe answer is the default one.
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("keepButton"));
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!wizard->findChild<QMessageBox*>(QStringLiteral("discardQuestion")));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->page<LoginPage>()->emailEdit()->text(), QStringLiteral("anna@example.com"));

    // Asked again, Discard closes it.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY((question = wizard->findChild<QMessageBox*>(QStringLiteral("discardQuestion"))));
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("discardButton")), Qt::LeftButton);
    QTRY_VERIFY(!wizard || !wizard->isVisible());
}

void TestGuiWidgets::invalidEmailIsReported()
{
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    typeInto(page->emailEdit(), QStringLiteral("anna@example"));
    typeInto(page->passwordEdit(), QStringLiteral("Secret123"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(page->loginError()->message(),
             QStringLiteral("This is not a valid email address. Check it for typos."));
    QVERIFY(!page->passwordError()->isVisible());
    QVERIFY(!wizard->isBusy());
    QCOMPARE(page->emailEdit()->text(), QStringLiteral("anna@example"));
}

void TestGuiWidgets::accountIdMustBeNumeric()
{
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    QTest::mouseClick(page->methodButton(LoginPage::Method::AccountId), Qt::LeftButton);
    QVERIFY(page->accountIdEdit()->isVisible());
    QVERIFY(!page->emailEdit()->isVisible());
    typeInto(page->accountIdEdit(), QStringLiteral("12ab"));
    typeInto(page->passwordEdit(), QStringLiteral("Secret123"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(page->loginError()->message(), QStringLiteral("An account ID consists of digits only."));
    QVERIFY(!wizard->isBusy());
}

void TestGuiWidgets::accountIdHasAtMostEighteenDigits()
{
    // The server's IDs fit in 18 digits; a longer one is refused here, under the field.
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    QTest::mouseClick(page->methodButton(LoginPage::Method::AccountId), Qt::LeftButton);
    typeInto(page->accountIdEdit(), QStringLiteral("1234567890123456789"));
    typeInto(page->passwordEdit(), QStringLiteral("Secret123"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(page->loginError()->message(), QStringLiteral("An account ID has at most 18 digits."));
    QVERIFY(!wizard->isBusy());
    page->accountIdEdit()->clear();
    typeInto(page->accountIdEdit(), QStringLiteral("123456789012345678"));
    QVERIFY(page->loginEdit()->check());
}

void TestGuiWidgets::toggleActionPicksTheMethod()
{
    // What a screen reader or voice control does: the accessibility "Toggle" action, no click.
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    QAccessibleInterface* phone
        = QAccessible::queryAccessibleInterface(page->methodButton(LoginPage::Method::Phone));
    QVERIFY(phone && phone->actionInterface());
    phone->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(page->methodButton(LoginPage::Method::Phone)->isChecked());
    QCOMPARE(page->method(), LoginPage::Method::Phone);
    QVERIFY(page->phoneEdit()->isVisible());
    QVERIFY(!page->emailEdit()->isVisible());
}

void TestGuiWidgets::loginFieldsHaveAccessibleNames()
{
    // A screen reader names a field by what the accessibility interface says, not by its placeholder.
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    const auto nameOf = [](QWidget* widget) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        return accessible ? accessible->text(QAccessible::Name) : QString();
    };
    QCOMPARE(nameOf(page->emailEdit()), QStringLiteral("Email address"));
    QCOMPARE(nameOf(page->passwordEdit()), QStringLiteral("Password"));
    QTest::mouseClick(page->methodButton(LoginPage::Method::Phone), Qt::LeftButton);
    QVERIFY(!nameOf(page->phoneEdit()->numberEdit()).isEmpty());
    QVERIFY(!nameOf(page->phoneEdit()->countryBox()).isEmpty());
    QTest::mouseClick(page->methodButton(LoginPage::Method::AccountId), Qt::LeftButton);
    QCOMPARE(nameOf(page->accountIdEdit()), QStringLiteral("Account ID"));
}

void TestGuiWidgets::countryNamesFollowTheLanguage()
{
    // ICU's names in the UI's language: no .ts keeps them (#19).
    QCOMPARE(CountryNames::name(QStringLiteral("de")), QStringLiteral("Germany"));
    QCOMPARE(CountryNames::name(QStringLiteral("AC")), QStringLiteral("Ascension Island"));
    QCOMPARE(Translations::install(QStringLiteral("ru")), QStringLiteral("ru"));
    QCOMPARE(CountryNames::name(QStringLiteral("DE")), QStringLiteral("Германия"));
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(CountryNames::name(QStringLiteral("RU")), QStringLiteral("俄罗斯"));
    Translations::install(QStringLiteral("en"));
    // Unknown codes and anything that is not a two-letter code come back as they are.
    QCOMPARE(CountryNames::name(QStringLiteral("XY")), QStringLiteral("XY"));
    QCOMPARE(CountryNames::name(QStringLiteral("RUS")), QStringLiteral("RUS"));
}

void TestGuiWidgets::phoneIsFormattedAsTyped()
{
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    QTest::mouseClick(page->methodButton(LoginPage::Method::Phone), Qt::LeftButton);
    PhoneNumberEdit* phone = page->phoneEdit();
    QVERIFY(phone->isVisible());
    phone->setRegion(QStringLiteral("RU"));
    QCOMPARE(phone->countryBox()->currentText(), QStringLiteral("Russia +7"));
    typeInto(phone->numberEdit(), QStringLiteral("9123456789"));
    QCOMPARE(phone->numberEdit()->text(), QStringLiteral("912 345-67-89"));
    QCOMPARE(phone->e164(), QStringLiteral("+79123456789"));
    QCOMPARE(page->login(), QStringLiteral("+79123456789"));

    // The same digits in another country are another number.
    phone->setRegion(QStringLiteral("DE"));
    QCOMPARE(phone->countryBox()->currentText(), QStringLiteral("Germany +49"));
}

void TestGuiWidgets::internationalNumberPicksItsCountry()
{
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    page->setMethod(LoginPage::Method::Phone);
    PhoneNumberEdit* phone = page->phoneEdit();
    phone->setRegion(QStringLiteral("US"));
    // Typed digit by digit: left alone while incomplete, then moved into the right country.
    typeInto(phone->numberEdit(), QStringLiteral("+7916123456"));
    QCOMPARE(phone->region(), QStringLiteral("US"));
    QVERIFY(phone->numberEdit()->text().startsWith(QLatin1Char('+')));
    typeInto(phone->numberEdit(), QStringLiteral("7"));
    QCOMPARE(phone->region(), QStringLiteral("RU"));
    QCOMPARE(phone->numberEdit()->text(), QStringLiteral("916 123-45-67"));
    QCOMPARE(page->login(), QStringLiteral("+79161234567"));

    // Pasted whole, with the punctuation people copy from a web page.
    phone->numberEdit()->clear();
    phone->numberEdit()->insert(QStringLiteral("+49 30 123456"));
    emit phone->numberEdit()->textEdited(phone->numberEdit()->text());
    QCOMPARE(phone->region(), QStringLiteral("DE"));
    QCOMPARE(phone->e164(), QStringLiteral("+4930123456"));
}

void TestGuiWidgets::invalidPhoneForRegionIsReported()
{
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    page->setMethod(LoginPage::Method::Phone);
    page->phoneEdit()->setRegion(QStringLiteral("RU"));
    typeInto(page->phoneEdit()->numberEdit(), QStringLiteral("12345"));
    typeInto(page->passwordEdit(), QStringLiteral("Secret123"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(page->loginError()->message(),
             QStringLiteral(
                 "This is not a valid phone number for the country code +7. Check the number and the code."));
    QVERIFY(!wizard->isBusy());
}

void TestGuiWidgets::passwordCanBeShownAndHidden()
{
    LoginWizard* wizard = openLoginWizard();
    PasswordEdit* password = wizard->page<LoginPage>()->passwordEdit();
    typeInto(password, QStringLiteral("Secret123"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->toggleAction()->toolTip(), QStringLiteral("Show password"));
    password->toggleAction()->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QCOMPARE(password->toggleAction()->toolTip(), QStringLiteral("Hide password"));
    // Even shown, the password never goes to the clipboard.
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    password->selectAll();
    QTest::keySequence(password, QKeySequence::Copy);
    QTest::keySequence(password, QKeySequence::Cut);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    QCOMPARE(password->text(), QStringLiteral("Secret123"));
    password->toggleAction()->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->text(), QStringLiteral("Secret123"));
}

void TestGuiWidgets::lockAndKeychainErrorsShowAtTheTop()
{
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    // What the server answers after ten failures: the lock's end, in the user's time zone.
    ApiError locked(ErrorCode::LoginLocked);
    locked.requestId = QStringLiteral("3f2a9c");
    locked.until = QDateTime::currentDateTimeUtc().addSecs(15 * 60);
    page->showError(locked);
    QVERIFY(page->pageError()->isVisible());
    QVERIFY(!page->passwordError()->isVisible());
    QCOMPARE(page->pageError()->message(), locked.userMessage());
    QVERIFY(page->pageError()->message().contains(
        QLocale().toString(locked.until.toLocalTime().time(), QLocale::ShortFormat)));
    QCOMPARE(page->pageError()->reference(), QStringLiteral("Reference: E-LOGIN-LOCKED \u00b7 3f2a9c"));
    QVERIFY(!screenshot(wizard, QStringLiteral("login-locked")).isEmpty());

    page->showError(ApiError(ErrorCode::KeychainUnavailable));
    QCOMPARE(page->pageError()->message(), ErrorCatalog::userMessage(ErrorCode::KeychainUnavailable));
    QCOMPARE(page->pageError()->reference(), QStringLiteral("Reference: E-KEYCHAIN-UNAVAILABLE"));
    QVERIFY(!screenshot(wizard, QStringLiteral("login-keychain")).isEmpty());
}

void TestGuiWidgets::russianTexts()
{
    createApp(QStringLiteral("ru"));

    QCOMPARE(m_window->welcomePage()->signInButton()->text(), QStringLiteral("Войти"));
    LoginWizard* wizard = openLoginWizard();
    LoginPage* page = wizard->page<LoginPage>();
    QCOMPARE(page->title(), QStringLiteral("Вход в аккаунт"));
    QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("Войти"));
    // Qt's own strings come from qtbase_ru.qm.
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Отмена"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(page->loginError()->message(), QStringLiteral("Введите адрес электронной почты."));
    QCOMPARE(page->passwordError()->message(), QStringLiteral("Введите пароль."));
    page->setMethod(LoginPage::Method::Phone);
    page->phoneEdit()->setRegion(QStringLiteral("RU"));
    QCOMPARE(page->phoneEdit()->countryBox()->currentText(), QStringLiteral("Россия +7"));
    page->showError(ApiError(ErrorCode::KeychainUnavailable));
    QVERIFY(page->pageError()->reference().startsWith(
        QStringLiteral("Код для поддержки: E-KEYCHAIN-UNAVAILABLE")));
    QVERIFY(!screenshot(wizard, QStringLiteral("login-keychain")).isEmpty());
    QLabel* message = page->pageError()->findChild<QLabel*>(QStringLiteral("errorMessage"));
    QVERIFY(message->height() >= message->heightForWidth(message->width()));
    Translations::install(QStringLiteral("en"));
}

void TestGuiWidgets::accountPageMasksContacts()
{
    AccountProfile profile;
    profile.accountId = 1234567890;
    profile.email = QStringLiteral("anna@example.com");
    profile.phone = QStringLiteral("+79123456789");
    profile.region = QStringLiteral("RU");
    profile.createdAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    AccountPage* page = m_window->accountPage();
    page->setProfile(profile);
    QCOMPARE(page->accountIdLabel()->text(), QStringLiteral("1234567890"));
    QCOMPARE(page->emailLabel()->text(), QStringLiteral("a***@example.com"));
    QCOMPARE(page->phoneLabel()->text(), QStringLiteral("+7 *** ***-67-89"));
    QCOMPARE(page->regionLabel()->text(), QStringLiteral("Russia"));

    profile.phone.clear();
    page->setProfile(profile);
    QCOMPARE(page->phoneLabel()->text(), QStringLiteral("Not added"));
}

void TestGuiWidgets::screenshots_data()
{
    addLanguages();
}

void TestGuiWidgets::screenshots()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QVERIFY(!screenshot(m_window.get(), QStringLiteral("welcome")).isEmpty());

    LoginWizard* wizard = openLoginWizard();
    QVERIFY(!screenshot(wizard, QStringLiteral("login-empty")).isEmpty());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!screenshot(wizard, QStringLiteral("login-validation")).isEmpty());
    wizard->page<LoginPage>()->setMethod(LoginPage::Method::Phone);
    wizard->page<LoginPage>()->phoneEdit()->setRegion(QStringLiteral("RU"));
    typeInto(wizard->page<LoginPage>()->phoneEdit()->numberEdit(), QStringLiteral("9123456789"));
    QVERIFY(!screenshot(wizard, QStringLiteral("login-phone")).isEmpty());
    closeWizard(wizard);
    Translations::install(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiWidgets)
#include "TestGuiWidgets.moc"
