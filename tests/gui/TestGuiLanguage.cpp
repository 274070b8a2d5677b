// SPDX-License-Identifier: Apache-2.0
// The language menu: a running MainWindow with the sign-in wizard open switches between English,
// Russian and Chinese; every window, page and open wizard speaks the new language at once, an
// error from the server is said again in it, Qt's own buttons follow, and the choice is kept.
// Signed in, the email or phone change (its own messages and the "sent to" line) and the About box
// follow too, and the account's emails and SMS follow the app's language on the server.
#include "CodeEntryPage.h"
#include "ContactChangeWizard.h"
#include "ContactDetailsPage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginPage.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "RegionComboBox.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "Translations.h"
#include "VisibleTexts.h"
#include "WelcomePage.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

namespace {
struct Expected
{
    QString language;
    QString welcomeSignIn; // WelcomePage "Sign In"
    QString wizardTitle; // LoginWizard "Sign In"
    QString pageTitle; // LoginPage "Sign in to your account"
    QString wrongPassword; // ErrorCatalog, from the server's answer
    QString cancel; // Qt's own QWizard "Cancel"
    QString help; // MainWindow "&Help"
};

const Expected kEnglish { QStringLiteral("en"),
                          QStringLiteral("Sign In"),
                          QStringLiteral("Sign In"),
                          QStringLiteral("Sign in to your account"),
                          QStringLiteral("Wrong login or password."),
                          QStringLiteral("Cancel"),
                          QStringLiteral("&Help") };
const Expected kRussian { QStringLiteral("ru"),
                          QStringLiteral("Войти"),
                          QStringLiteral("Войти"),
                          QStringLiteral("Вход в аккаунт"),
                          QStringLiteral("Неверный логин или пароль."),
                          QStringLiteral("Отмена"),
                          QStringLiteral("&Справка") };
const Expected kChinese { QStringLiteral("zh_CN"),
                          QStringLiteral("登录"),
                          QStringLiteral("登录"),
                          QStringLiteral("登录您的账号"),
                          QStringLiteral("账号或密码错误。"),
                          QStringLiteral("取消"),
                          QStringLiteral("帮助(&H)") };
} // namespace

class TestGuiLanguage : public GuiTestBase
{
    Q_OBJECT

private slots:
    void switchWithWizardOpen();
    void contactChangeAndAboutFollow();
    void accountFollowsTheAppLanguage();
    void countryNamesFollow();
    void menuListsTheLanguages();
    void embedsEveryTsFile();

private:
    void check(LoginWizard* wizard, const Expected& expected);
};

void TestGuiLanguage::check(LoginWizard* wizard, const Expected& expected)
{
    QCOMPARE(Translations::current(), expected.language);
    QCOMPARE(m_window->welcomePage()->signInButton()->text(), expected.welcomeSignIn);
    // The wizards retranslate after their pages (a queued call): wait for it.
    QTRY_COMPARE(wizard->windowTitle(), expected.wizardTitle);
    QCOMPARE(wizard->page<LoginPage>()->title(), expected.pageTitle);
    QCOMPARE(wizard->page<LoginPage>()->passwordError()->message(), expected.wrongPassword);
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), expected.cancel);
    QCOMPARE(m_window->menuBar()->actions().constLast()->text(), expected.help);
    QCOMPARE(m_settings->language(), expected.language);
    // Nothing left in the old language: no English source string in either window.
    if (expected.language != QLatin1String("en")) {
        const QSet<QString> english = VisibleTexts::englishStrings();
        QCOMPARE(VisibleTexts::englishLeftovers(wizard, english), QStringList());
        QCOMPARE(VisibleTexts::englishLeftovers(m_window.get(), english), QStringList());
    }
    screenshot(wizard, QStringLiteral("language-switch-") + expected.language);
}

void TestGuiLanguage::switchWithWizardOpen()
{
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    // An answer of the server on show: its message is rendered again in each language.
    typeLogin(wizard, LoginPage::Method::AccountId, QStringLiteral("1234567890"),
              QStringLiteral("Wrong2026pass"));
    clickSignIn(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->page<LoginPage>()->passwordError()->message(), kEnglish.wrongPassword);

    for (const Expected& expected : { kRussian, kChinese, kEnglish, kChinese }) {
        m_window->setLanguage(expected.language);
        QCoreApplication::processEvents(); // LanguageChange is posted
        check(wizard, expected);
    }

    // Kept for the next start: a new app on the same settings speaks Chinese.
    AccountSettings reread(m_dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    m_window->setLanguage(QString());
    QCOMPARE(m_settings->language(), QString());
}

void TestGuiLanguage::contactChangeAndAboutFollow()
{
    QVERIFY(signInNewAccount(kEmail, {}) > 0);
    ContactChangeWizard* wizard = shown(m_window->openContactChangeWizard(ContactChangeWizard::Kind::Email));
    QVERIFY(wizard);
    ContactDetailsPage* details = wizard->detailsPage();
    // Sent with nothing typed: the page's own messages, in English.
    clickNext(wizard);
    QCOMPARE(details->contactError()->message(), QStringLiteral("Enter the new email address."));
    QCOMPARE(details->passwordError()->message(), QStringLiteral("Enter your current password."));
    QMessageBox* about = shown(m_window->showAbout());
    QVERIFY(about);
    QVERIFY(about->text().contains(QStringLiteral("Sign in to your account")));

    m_window->setLanguage(QStringLiteral("ru"));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QTRY_COMPARE(details->contactError()->message(),
                 QStringLiteral("Введите новый адрес электронной почты."));
    QCOMPARE(details->passwordError()->message(), QStringLiteral("Введите текущий пароль."));
    QCOMPARE(details->subTitle(),
             QStringLiteral("Мы отправим код на новый адрес, чтобы подтвердить, что он ваш."));
    QVERIFY2(about->text().contains(QStringLiteral("Менеджер аккаунтов")), qPrintable(about->text()));
    QCOMPARE(about->windowTitle(), QStringLiteral("О программе «Менеджер аккаунтов»"));
    const QSet<QString> english = VisibleTexts::englishStrings();
    QTRY_COMPARE(VisibleTexts::englishLeftovers(wizard, english), QStringList());
    QCOMPARE(VisibleTexts::englishLeftovers(about, english).join(QLatin1Char('|')), QString());
    screenshot(wizard, QStringLiteral("language-switch-contact-details-ru"));
    screenshot(about, QStringLiteral("language-switch-about-ru"));

    // On to the code page in Russian; then Chinese, with the "sent to" line said again.
    retype(details->emailEdit(), QStringLiteral("anna.new@example.org"));
    retype(details->passwordEdit(), kPassword);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(ContactChangeWizard::CodePageId));
    QLabel* sentTo = wizard->codePage()->sentToLabel();
    QVERIFY2(sentTo->text().startsWith(QStringLiteral("Мы отправили код на a***@example.org.")),
             qPrintable(sentTo->text()));
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QTRY_VERIFY2(sentTo->text().startsWith(QStringLiteral("验证码已发送至 a***@example.org，")),
                 qPrintable(sentTo->text()));
    QVERIFY2(about->text().contains(QStringLiteral("账号管理器")), qPrintable(about->text()));
    QTRY_COMPARE(VisibleTexts::englishLeftovers(wizard, english), QStringList());
    QCOMPARE(VisibleTexts::englishLeftovers(about, english).join(QLatin1Char('|')), QString());
    screenshot(wizard, QStringLiteral("language-switch-contact-code-zh_CN"));
    m_window->setLanguage(QStringLiteral("en"));
}

void TestGuiLanguage::accountFollowsTheAppLanguage()
{
    QVERIFY(signInNewAccount(kEmail, {}) > 0);
    QCOMPARE(m_session->profile().language, QStringLiteral("en"));
    m_window->setLanguage(QStringLiteral("ru"));
    // In the background: the app is Russian at once, the account once the server answered.
    QCOMPARE(Translations::current(), QStringLiteral("ru"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->profile().language, QStringLiteral("ru"), 20000);
    // What the server keeps, read afresh (GET /v1/account).
    QString fetched;
    const QMetaObject::Connection connection
        = connect(m_session.get(), &Session::profileChanged, this,
                  [&fetched](const AccountProfile& profile) { fetched = profile.language; });
    m_session->refreshProfile();
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty(), 20000);
    disconnect(connection);
    QCOMPARE(fetched, QStringLiteral("ru"));
    // The system's language (English here) and Chinese follow too.
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->profile().language, QStringLiteral("zh_CN"), 20000);
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->profile().language, QStringLiteral("en"), 20000);
    // No failure was reported.
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
}

void TestGuiLanguage::countryNamesFollow()
{
    // The region list and the phone codes name countries in the app's language (ICU's names):
    // after a switch they are named and sorted anew, with the same country chosen and the number
    // typed still there.
    RegistrationWizard* wizard = shown(m_window->openRegistrationWizard());
    QVERIFY(wizard);
    QVERIFY(fillRegistrationDetails(wizard, RegistrationMethodPage::Method::Phone, kPhoneNational, false));
    RegistrationDetailsPage* details = wizard->detailsPage();
    RegionComboBox* region = details->regionBox();
    PhoneNumberEdit* phone = details->phoneEdit();
    region->setRegion(QStringLiteral("DE"));
    phone->setRegion(QStringLiteral("DE"));
    QCOMPARE(region->currentText(), QStringLiteral("Germany"));
    QCOMPARE(phone->countryBox()->currentText(), QStringLiteral("Germany +49"));
    const QString typed = phone->nationalNumber();
    QVERIFY(!typed.isEmpty());

    for (const auto& [language, germany] :
         { std::pair { QStringLiteral("ru"), QStringLiteral("Германия") },
           std::pair { QStringLiteral("zh_CN"), QStringLiteral("德国") } }) {
        m_window->setLanguage(language);
        QCoreApplication::processEvents(); // LanguageChange is posted
        QTRY_COMPARE(region->currentText(), germany);
        QCOMPARE(region->region(), QStringLiteral("DE"));
        QCOMPARE(phone->countryBox()->currentText(), germany + QStringLiteral(" +49"));
        QCOMPARE(phone->region(), QStringLiteral("DE"));
        QCOMPARE(phone->nationalNumber(), typed);
        // No name left in English, and the list in the new language's order.
        QCOMPARE(region->findText(QStringLiteral("Germany")), -1);
        QVERIFY(phone->countryBox()->accessibleName() != QStringLiteral("Country code"));
    }
    QCOMPARE(region->count(), phone->countryBox()->count());
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QTRY_COMPARE(region->currentText(), QStringLiteral("Germany"));
    closeWizard(wizard);
}

void TestGuiLanguage::menuListsTheLanguages()
{
    QMenu* menu = m_window->languageMenu();
    QVERIFY(menu);
    QStringList names;
    for (QAction* action : menu->actions()) {
        if (action->isCheckable())
            names << action->text();
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(
        names.mid(1),
        (QStringList { QStringLiteral("English"), QStringLiteral("Русский"), QStringLiteral("简体中文") }));
}

// The one list of languages (translations/*.ts, AM_LANGUAGES in the root CMakeLists.txt) is what
// the app embeds, so the menu, --lang and --help offer exactly the languages the packages announce.
void TestGuiLanguage::embedsEveryTsFile()
{
    const QStringList tsList = QStringLiteral(AM_LANGUAGES).split(QLatin1Char(','));
    QCOMPARE(tsList.constFirst(), QStringLiteral("en"));
    QVERIFY(tsList.contains(QStringLiteral("zh_CN")));
    QCOMPARE(Translations::available(), tsList);
    for (const QString& language : tsList)
        QCOMPARE(Translations::install(language), language);
    Translations::install(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiLanguage)
#include "TestGuiLanguage.moc"
