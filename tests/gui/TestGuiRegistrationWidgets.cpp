// SPDX-License-Identifier: Apache-2.0
// The reusable sign-up pages on their own, with no server: what the user sees before anything
// is sent, and how server answers are shown.
#include "CodeEntryPage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "RegionComboBox.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "StatusColors.h"
#include "Translations.h"
#include "api/AccountApi.h"
#include "protocol/ApiError.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"
#include "validation/PasswordStrength.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>
#include <memory>

using Problem = PasswordPolicy::Problem;

namespace {
CodeChallenge smsChallenge(int resendAfter)
{
    CodeChallenge challenge;
    challenge.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    challenge.sentTo = QStringLiteral("+7 *** ***-45-67");
    challenge.channel = QStringLiteral("sms");
    challenge.resendAfter = resendAfter;
    challenge.expiresIn = 600;
    challenge.codeLength = 6;
    return challenge;
}

ApiError wrongCode(int attemptsLeft)
{
    ApiError error(ErrorCode::CodeWrong, QStringLiteral("code"));
    error.attemptsLeft = attemptsLeft;
    error.requestId = QStringLiteral("5e1f");
    return error;
}
} // namespace

class TestGuiRegistrationWidgets : public GuiTestBase
{
    Q_OBJECT

public:
    // Nothing listens where the app points: these tests never get an answer from a server.
    TestGuiRegistrationWidgets()
        : GuiTestBase(Server::None)
    {
    }

private slots:
    void init() override;
    void cleanup() override;
    void codePasteKeepsDigitsOnly();
    void codeCountdownAndResend();
    void codeWrongAttemptsPluralsInRussian();
    void codeWrongAttemptsPluralsInEnglish();
    void codeDeadAsksForResend();
    void codeTooShortIsCaughtHere();
    void passwordChecklistFollowsTyping();
    void passwordMeterAndMismatch();
    void passwordServerReasonsAtTheField();
    void detailsInvalidEmail();
    void detailsInvalidPhoneForRegion();
    void detailsEmptyCaptcha();
    void screenshots_data();
    void screenshots();

private:
    // The sign-up wizard on its own, without the main window.
    void createWizard(const QString& language);

    std::unique_ptr<RegistrationWizard> m_wizard;
};

void TestGuiRegistrationWidgets::init()
{
    createWizard(QStringLiteral("en"));
}

void TestGuiRegistrationWidgets::createWizard(const QString& language)
{
    m_wizard.reset();
    createSession(language);
    m_wizard = std::make_unique<RegistrationWizard>(m_session.get(), m_settings.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestGuiRegistrationWidgets::cleanup()
{
    m_wizard.reset();
    GuiTestBase::cleanup();
    Translations::install(QStringLiteral("en"));
}

void TestGuiRegistrationWidgets::codePasteKeepsDigitsOnly()
{
    CodeEntryPage page;
    page.setChallenge(smsChallenge(42));
    page.show();
    QSignalSpy verify(&page, &CodeEntryPage::verifyRequested);
    QLineEdit* field = page.codeEdit();
    field->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("Your code: 123-456. Do not share it."));
    QTest::keySequence(field, QKeySequence::Paste);
    QGuiApplication::clipboard()->clear();
    QCOMPARE(page.code(), QStringLiteral("123456"));
    // Typing past the length adds nothing; letters are dropped.
    QTest::keyClicks(field, QStringLiteral("7a"));
    QCOMPARE(page.code(), QStringLiteral("123456"));
    QVERIFY(!page.validatePage()); // the owner verifies; the page only asks
    QCOMPARE(verify.count(), 1);
    QCOMPARE(verify.at(0).at(0).toString(), QStringLiteral("123456"));
    QVERIFY(page.sentToLabel()->text().contains(QStringLiteral("+7 *** ***-45-67")));
}

void TestGuiRegistrationWidgets::codeCountdownAndResend()
{
    CodeEntryPage page;
    page.show();
    page.setChallenge(smsChallenge(42));
    QVERIFY(!page.resendButton()->isEnabled());
    QVERIFY(page.countdownLabel()->isVisible());
    // 42 s, or 41 if a second ticked over since: the text follows the time left.
    const QString text = page.countdownLabel()->text();
    QVERIFY2(text == QLatin1String("Resend code in 0:42") || text == QLatin1String("Resend code in 0:41"),
             qPrintable(text));
    QCOMPARE(page.resendButton()->text(), QStringLiteral("&Resend code"));

    page.setChallenge(smsChallenge(125));
    QVERIFY(page.countdownLabel()->text().startsWith(QLatin1String("Resend code in 2:0")));

    page.setChallenge(smsChallenge(0));
    QVERIFY(page.resendButton()->isEnabled());
    QVERIFY(!page.countdownLabel()->isVisible());
    QSignalSpy resend(&page, &CodeEntryPage::resendRequested);
    QTest::mouseClick(page.resendButton(), Qt::LeftButton);
    QCOMPARE(resend.count(), 1);

    // The server's "too early" restarts the wait until its time.
    ApiError early(ErrorCode::ResendTooEarly);
    early.until = QDateTime::currentDateTimeUtc().addSecs(30);
    page.showError(early);
    QVERIFY(!page.resendButton()->isEnabled());
    QVERIFY(page.countdownLabel()->text().startsWith(QLatin1String("Resend code in 0:")));
    QVERIFY(page.pageError()->reference().contains(QLatin1String("E-RESEND-TOO-EARLY")));
}

void TestGuiRegistrationWidgets::codeWrongAttemptsPluralsInRussian()
{
    createWizard(QStringLiteral("ru"));
    CodeEntryPage page;
    page.show();
    page.setChallenge(smsChallenge(0));
    const std::pair<int, QString> cases[] = {
        { 1, QStringLiteral("Осталась 1 попытка.") },
        { 2, QStringLiteral("Осталось 2 попытки.") },
        { 4, QStringLiteral("Осталось 4 попытки.") },
        { 5, QStringLiteral("Осталось 5 попыток.") },
    };
    for (const auto& [left, expected] : cases) {
        page.showError(wrongCode(left));
        QVERIFY2(page.codeError()->message().endsWith(expected), qPrintable(page.codeError()->message()));
        QVERIFY(page.codeError()->message().startsWith(ErrorCatalog::userMessage(ErrorCode::CodeWrong)));
        QVERIFY(page.codeError()->reference().contains(QStringLiteral("E-CODE-WRONG \u00b7 5e1f")));
        QVERIFY(!page.isCodeDead());
    }
    QCOMPARE(page.resendButton()->text(), QStringLiteral("&Отправить код повторно"));
    page.setChallenge(smsChallenge(42));
    QVERIFY(
        page.countdownLabel()->text().startsWith(QStringLiteral("Отправить код повторно можно через 0:4")));
}

void TestGuiRegistrationWidgets::codeWrongAttemptsPluralsInEnglish()
{
    createWizard(QStringLiteral("en"));
    CodeEntryPage page;
    page.show();
    page.setChallenge(smsChallenge(0));
    page.showError(wrongCode(1));
    QVERIFY2(page.codeError()->message().endsWith(QLatin1String("1 attempt left.")),
             qPrintable(page.codeError()->message()));
    page.showError(wrongCode(3));
    QVERIFY2(page.codeError()->message().endsWith(QLatin1String("3 attempts left.")),
             qPrintable(page.codeError()->message()));
}

void TestGuiRegistrationWidgets::codeDeadAsksForResend()
{
    CodeEntryPage page;
    page.show();
    page.setChallenge(smsChallenge(0));
    QTest::keyClicks(page.codeEdit(), QStringLiteral("111111"));
    page.showError(wrongCode(0));
    QVERIFY(page.isCodeDead());
    QVERIFY(!page.codeEdit()->isEnabled());
    QVERIFY(page.code().isEmpty());
    QVERIFY(!page.isComplete());
    QVERIFY(page.codeError()->message().endsWith(QLatin1String("Request a new code.")));
    QVERIFY(page.resendButton()->isEnabled());

    page.setChallenge(smsChallenge(60));
    QVERIFY(!page.isCodeDead());
    QVERIFY(page.codeEdit()->isEnabled());
    QVERIFY(!page.codeError()->isVisible());

    page.showError(ApiError(ErrorCode::CodeExpired, QStringLiteral("code")));
    QVERIFY(page.isCodeDead());
    QCOMPARE(page.codeError()->message(), ErrorCatalog::userMessage(ErrorCode::CodeExpired));
    // The next code may not be asked for yet: the countdown still says when.
    QVERIFY(!page.resendButton()->isEnabled());
    QVERIFY(page.countdownLabel()->isVisible());
}

void TestGuiRegistrationWidgets::codeTooShortIsCaughtHere()
{
    CodeEntryPage page;
    page.show();
    page.setChallenge(smsChallenge(0));
    QSignalSpy verify(&page, &CodeEntryPage::verifyRequested);
    QVERIFY(!page.validatePage());
    QCOMPARE(page.codeError()->message(), QStringLiteral("Enter the code from the message."));
    QTest::keyClicks(page.codeEdit(), QStringLiteral("123"));
    QVERIFY(!page.validatePage());
    QCOMPARE(page.codeError()->message(), QStringLiteral("The code has 6 digits."));
    QCOMPARE(verify.count(), 0);
}

void TestGuiRegistrationWidgets::passwordChecklistFollowsTyping()
{
    NewPasswordPage page;
    page.setLogin(QStringLiteral("anna@example.com"));
    page.show();
    const auto met = [&page](Problem rule) { return page.ruleLabel(rule)->property("met").toBool(); };
    for (Problem rule :
         { Problem::TooShort, Problem::NoLetter, Problem::NoDigit, Problem::EqualsLogin, Problem::Common })
        QVERIFY(!met(rule));
    QVERIFY(page.ruleLabel(Problem::TooShort)->text().contains(QLatin1String("At least 8 characters")));
    QVERIFY(!page.ruleLabel(Problem::TooLong)->isVisible());

    QTest::keyClicks(page.passwordEdit(), QStringLiteral("12345678"));
    QVERIFY(met(Problem::TooShort));
    QVERIFY(met(Problem::NoDigit));
    QVERIFY(!met(Problem::NoLetter));
    QVERIFY(page.ruleLabel(Problem::TooShort)->text().startsWith(QStringLiteral("\u2714")));
    QVERIFY(page.ruleLabel(Problem::NoLetter)->text().startsWith(QStringLiteral("\u2022")));

    page.passwordEdit()->setText(QStringLiteral("password1"));
    QVERIFY(met(Problem::NoLetter));
    QVERIFY(!met(Problem::Common)); // one of the most used passwords

    page.passwordEdit()->setText(QStringLiteral("anna@example.com"));
    QVERIFY(!met(Problem::EqualsLogin));
    QVERIFY(!met(Problem::NoDigit));

    page.passwordEdit()->setText(QStringLiteral("Mi2026secure"));
    for (Problem rule :
         { Problem::TooShort, Problem::NoLetter, Problem::NoDigit, Problem::EqualsLogin, Problem::Common })
        QVERIFY(met(rule));

    page.passwordEdit()->setText(QString(65, QLatin1Char('a')) + QLatin1Char('1'));
    QVERIFY(page.ruleLabel(Problem::TooLong)->isVisible());
    QVERIFY(!met(Problem::TooLong));
}

void TestGuiRegistrationWidgets::passwordMeterAndMismatch()
{
    NewPasswordPage page;
    page.show();
    QCOMPARE(page.strengthMeter()->value(), 0);
    QCOMPARE(page.strengthLabel()->text(), QStringLiteral("None yet"));
    page.passwordEdit()->setText(QStringLiteral("password1"));
    // Refused by the policy: never better than weak.
    QVERIFY(page.strengthMeter()->value() <= 2);
    QVERIFY(page.strengthMeter()->value() >= 1);
    const QString strong = QStringLiteral("Vq7#tundra-Glacier-42");
    page.passwordEdit()->setText(strong);
    const int score = PasswordStrength::estimate(strong).score;
    QCOMPARE(page.strengthMeter()->value(), score + 1);
    QCOMPARE(page.strengthLabel()->text(), PasswordStrength::scoreText(score));
    QVERIFY(score >= 3);

    QSignalSpy chosen(&page, &NewPasswordPage::passwordChosen);
    QVERIFY(!page.validatePage());
    QCOMPARE(page.confirmError()->message(), QStringLiteral("Repeat the password."));
    page.confirmEdit()->setText(strong + QLatin1Char('x'));
    QVERIFY(!page.validatePage());
    QCOMPARE(page.confirmError()->message(), QStringLiteral("The passwords do not match."));
    QCOMPARE(chosen.count(), 0);
    page.confirmEdit()->setText(strong);
    QVERIFY(!page.validatePage());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), strong);

    // Showing one shows both.
    page.passwordEdit()->toggleAction()->trigger();
    QVERIFY(page.confirmEdit()->isPasswordShown());
}

void TestGuiRegistrationWidgets::passwordServerReasonsAtTheField()
{
    NewPasswordPage page;
    page.show();
    page.passwordEdit()->setText(QStringLiteral("Qwerty123"));
    ApiError weak(ErrorCode::PasswordWeak, QStringLiteral("password"));
    weak.reasons = { QStringLiteral("common"), QStringLiteral("equals_login") };
    weak.requestId = QStringLiteral("77aa");
    page.showError(weak);
    QVERIFY(page.passwordError()->isVisible());
    QVERIFY(page.passwordError()->message().startsWith(ErrorCatalog::userMessage(ErrorCode::PasswordWeak)));
    QVERIFY(page.passwordError()->message().contains(PasswordPolicy::ruleText(Problem::Common)));
    QVERIFY(page.passwordError()->message().contains(PasswordPolicy::ruleText(Problem::EqualsLogin)));
    QCOMPARE(page.passwordError()->reference(), QStringLiteral("Reference: E-PASSWORD-WEAK \u00b7 77aa"));
    // Marked in the error colour (one with AA contrast on the page's palette).
    QCOMPARE(page.ruleLabel(Problem::Common)->palette().color(QPalette::WindowText),
             StatusColors::color(StatusColors::Kind::Error, page.palette()));
    QVERIFY(!page.pageError()->isVisible());
}

void TestGuiRegistrationWidgets::detailsInvalidEmail()
{
    RegistrationDetailsPage* page = m_wizard->detailsPage();
    clickNext(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QTest::keyClicks(page->emailEdit(), QStringLiteral("anna@example"));
    clickNext(m_wizard.get());
    QCOMPARE(page->contactError()->message(),
             QStringLiteral("This is not a valid email address. Check it for typos."));
    QVERIFY(page->contactError()->reference().isEmpty());
    QVERIFY(!m_wizard->isBusy());
    QCOMPARE(m_wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QTest::keyClicks(page->emailEdit(), QStringLiteral(".com"));
    QVERIFY(!page->contactError()->isVisible());
}

void TestGuiRegistrationWidgets::detailsInvalidPhoneForRegion()
{
    m_wizard->page<RegistrationMethodPage>()->setMethod(RegistrationMethodPage::Method::Phone);
    clickNext(m_wizard.get());
    RegistrationDetailsPage* page = m_wizard->detailsPage();
    QVERIFY(page->phoneEdit()->isVisible());
    // The phone code follows the country of residence.
    page->regionBox()->setCurrentIndex(page->regionBox()->findData(QStringLiteral("DE")));
    QCOMPARE(page->phoneEdit()->region(), QStringLiteral("DE"));
    page->regionBox()->setCurrentIndex(page->regionBox()->findData(QStringLiteral("RU")));
    QTest::keyClicks(page->phoneEdit()->numberEdit(), QStringLiteral("12345"));
    clickNext(m_wizard.get());
    QCOMPARE(page->contactError()->message(),
             QStringLiteral(
                 "This is not a valid phone number for the country code +7. Check the number and the code."));
    QVERIFY(!m_wizard->isBusy());
}

void TestGuiRegistrationWidgets::detailsEmptyCaptcha()
{
    clickNext(m_wizard.get());
    RegistrationDetailsPage* page = m_wizard->detailsPage();
    QTest::keyClicks(page->emailEdit(), QStringLiteral("anna@example.com"));
    clickNext(m_wizard.get());
    QVERIFY(page->captchaError()->isVisible());
    QVERIFY(!page->contactError()->isVisible());
    QVERIFY(!m_wizard->isBusy());
    QCOMPARE(page->emailEdit()->text(), QStringLiteral("anna@example.com"));
}

void TestGuiRegistrationWidgets::screenshots_data()
{
    addLanguages();
}

void TestGuiRegistrationWidgets::screenshots()
{
    QFETCH(QString, language);
    createWizard(language);
    RegistrationWizard* wizard = m_wizard.get();
    wizard->page<RegistrationMethodPage>()->setMethod(RegistrationMethodPage::Method::Phone);
    clickNext(wizard);
    wizard->detailsPage()->regionBox()->setCurrentIndex(
        wizard->detailsPage()->regionBox()->findData(QStringLiteral("RU")));
    QTest::keyClicks(wizard->detailsPage()->phoneEdit()->numberEdit(), QStringLiteral("12345"));
    clickNext(wizard);
    QVERIFY(!screenshot(wizard, QStringLiteral("register-details-validation")).isEmpty());

    // The later pages, shown as the wizard shows them, with answers a server could give.
    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    code->setChallenge(smsChallenge(42));
    code->setTitle(QCoreApplication::translate("RegistrationWizard", "Confirm your phone number"));
    ApiError wrong = wrongCode(2);
    QWidget* page = code;
    wizard->removePage(RegistrationWizard::MethodPageId);
    wizard->removePage(RegistrationWizard::DetailsPageId);
    wizard->restart();
    QCOMPARE(wizard->currentPage(), page);
    QTest::keyClicks(code->codeEdit(), QStringLiteral("123450"));
    code->showError(wrong);
    QVERIFY(!screenshot(wizard, QStringLiteral("register-code-countdown")).isEmpty());

    NewPasswordPage* password = wizard->page<NewPasswordPage>();
    code->proceed(); // as after a verified code
    QCOMPARE(wizard->currentPage(), static_cast<QWidget*>(password));
    QTest::keyClicks(password->passwordEdit(), QStringLiteral("mi2026"));
    QTest::keyClicks(password->confirmEdit(), QStringLiteral("mi2025"));
    clickNext(wizard);
    QVERIFY(!screenshot(wizard, QStringLiteral("register-password-checklist")).isEmpty());
}

QTEST_MAIN(TestGuiRegistrationWidgets)
#include "TestGuiRegistrationWidgets.moc"
