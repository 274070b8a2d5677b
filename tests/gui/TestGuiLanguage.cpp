// SPDX-License-Identifier: Apache-2.0
// The language menu: a running MainWindow with the sign-in wizard open switches between English,
// Russian and Chinese; every window, page and open wizard speaks the new language at once, an
// error from the server is said again in it, Qt's own buttons follow, and the choice is kept.
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginPage.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "Translations.h"
#include "VisibleTexts.h"
#include "WelcomePage.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
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
    QCOMPARE(wizard->loginPage()->title(), expected.pageTitle);
    QCOMPARE(wizard->loginPage()->passwordError()->message(), expected.wrongPassword);
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
    QCOMPARE(wizard->loginPage()->passwordError()->message(), kEnglish.wrongPassword);

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
