// SPDX-License-Identifier: Apache-2.0
// Creating an account against a real account-server, as a user clicks and types it: by email and
// by phone, and every way it can go wrong on the way.
#include "AccountPage.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginPage.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationDonePage.h"
#include "RegistrationWizard.h"
#include "StatusColors.h"
#include "TestServer.h"
#include "TestTls.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

using Method = RegistrationMethodPage::Method;

class TestGuiRegistration : public GuiTestBase
{
    Q_OBJECT

private slots:
    void registerByEmail_data();
    void registerByEmail();
    void registerByPhone_data();
    void registerByPhone();
    void emailLinkMovesOnByItself();
    void createAccountFromLoginPage();
    void wrongCaptcha_data();
    void wrongCaptcha();
    void wrongCodeShowsAttemptsLeft_data();
    void wrongCodeShowsAttemptsLeft();
    void expiredCodeAsksForANewOne_data();
    void expiredCodeAsksForANewOne();
    void resendCountdownAndTooEarly();
    void weakPasswordReasonsFromServer_data();
    void weakPasswordReasonsFromServer();
    void alreadyRegisteredEmailOffersSignIn_data();
    void alreadyRegisteredEmailOffersSignIn();
    void alreadyRegisteredPhoneOffersSignIn();
    void deliveryFailedKeepsInput_data();
    void deliveryFailedKeepsInput();
    void serverDownOnDetailsKeepsInput();
    void serverDownOnCodePageKeepsInput_data();
    void serverDownOnCodePageKeepsInput();
    void backKeepsInputAndStartsAgain();
    void cancelLeavesNothingBehind();

private:
    static inline const QString kNewUserEmail = QStringLiteral("new.user@example.com");
    static inline const QString kPurpose = QStringLiteral("registration");

    RegistrationWizard* openRegistration();
    // openRegistration() in an app made anew in `language`; with serverArgs, on a server started
    // with them in place of the one init() started. Null when a step failed.
    RegistrationWizard* openRegistrationIn(const QString& language, const QStringList& serverArgs = {});
    // From the welcome page to the code page; false when something else happened.
    bool reachCodePage(RegistrationWizard* wizard, Method method, const QString& contact);
    bool enterCode(RegistrationWizard* wizard, const QString& code);
    bool choosePassword(RegistrationWizard* wizard, const QString& password);
    QString shot(QWidget* widget, const QString& name) { return screenshot(widget, name); }
};

RegistrationWizard* TestGuiRegistration::openRegistration()
{
    QTest::mouseClick(m_window->welcomePage()->createAccountButton(), Qt::LeftButton);
    return shown(m_window->registrationWizard());
}

RegistrationWizard* TestGuiRegistration::openRegistrationIn(const QString& language,
                                                            const QStringList& serverArgs)
{
    if (!serverArgs.isEmpty() && !startServer(serverArgs))
        return nullptr;
    createApp(language);
    return openRegistration();
}

bool TestGuiRegistration::reachCodePage(RegistrationWizard* wizard, Method method, const QString& contact)
{
    if (!fillRegistrationDetails(wizard, method, contact))
        return false;
    clickNext(wizard);
    return waitUntilSettled(wizard) && wizard->currentId() == RegistrationWizard::CodePageId;
}

bool TestGuiRegistration::enterCode(RegistrationWizard* wizard, const QString& code)
{
    QLineEdit* field = wizard->page<CodeEntryPage>()->codeEdit();
    field->clear();
    QTest::keyClicks(field, code);
    clickNext(wizard);
    return waitUntilSettled(wizard);
}

bool TestGuiRegistration::choosePassword(RegistrationWizard* wizard, const QString& password)
{
    NewPasswordPage* page = wizard->page<NewPasswordPage>();
    page->passwordEdit()->clear();
    QTest::keyClicks(page->passwordEdit(), password);
    page->confirmEdit()->clear();
    QTest::keyClicks(page->confirmEdit(), password);
    clickNext(wizard);
    return waitUntilSettled(wizard);
}

void TestGuiRegistration::registerByEmail_data()
{
    addLanguages();
}

void TestGuiRegistration::registerByEmail()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard = openRegistrationIn(language);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::MethodPageId));
    QVERIFY(wizard->page<RegistrationMethodPage>()->methodButton(Method::Email)->isChecked());
    QVERIFY(!shot(wizard, QStringLiteral("register-method")).isEmpty());

    QVERIFY(fillRegistrationDetails(wizard, Method::Email, QStringLiteral(" New.User@Example.com ")));
    RegistrationDetailsPage* details = wizard->detailsPage();
    QVERIFY(details->emailEdit()->isVisible());
    QVERIFY(!details->phoneEdit()->isVisible());
    // News only when asked for.
    QVERIFY(!details->newsCheckBox()->isChecked());
    QVERIFY(!shot(wizard, QStringLiteral("register-details-email")).isEmpty());
    clickNext(wizard);
    QVERIFY(wizard->isBusy());
    QVERIFY(!details->emailEdit()->isEnabled());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::CodePageId));

    CodeEntryPage* code = wizard->page<CodeEntryPage>();
    QVERIFY(code->sentToLabel()->text().contains(QStringLiteral("n***@example.com")));
    QVERIFY(!code->sentToLabel()->text().contains(QStringLiteral("new.user")));
    QVERIFY(!code->resendButton()->isEnabled());
    QVERIFY(code->countdownLabel()->isVisible());
    QVERIFY(!shot(wizard, QStringLiteral("register-code-email")).isEmpty());
    const QString sent = latestCode(kNewUserEmail, kPurpose);
    QCOMPARE(sent.size(), 6);
    QVERIFY(enterCode(wizard, sent));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
    // A verified code is behind the user: no way back to it.
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled()
            || !wizard->button(QWizard::BackButton)->isVisible());

    NewPasswordPage* password = wizard->page<NewPasswordPage>();
    QTest::keyClicks(password->passwordEdit(), kPassword);
    QTest::keyClicks(password->confirmEdit(), kPassword);
    QVERIFY(!shot(wizard, QStringLiteral("register-password")).isEmpty());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DonePageId));

    const qint64 id = wizard->accountId();
    QVERIFY(id > 0);
    RegistrationDonePage* done = wizard->page<RegistrationDonePage>();
    QCOMPARE(done->accountIdLabel()->text(), QString::number(id));
    QVERIFY(!done->signInError()->isVisible());
    QVERIFY(!shot(wizard, QStringLiteral("register-done")).isEmpty());

    // Signed in on this computer: the account page behind the wizard, a keychain entry.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QCOMPARE(m_settings->currentAccount(m_serverUrl), id);
    ApiError readError;
    QVERIFY(!readToken(id, &readError).isEmpty());
    clickNext(wizard); // "Done"
    QTRY_VERIFY(!m_window->registrationWizard());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->accountIdLabel()->text(), QString::number(id), 20000);
    // The app's language went with the registration: the code came in it, and the account keeps
    // it (GET /v1/account, as the session fetched it) for its emails and SMS from now on.
    QCOMPARE(m_server->latestMessage(kNewUserEmail, kPurpose).value(QStringLiteral("language")).toString(),
             language);
    QCOMPARE(m_session->profile().language, language);

    // Sign out, and in again with what was just chosen.
    QVERIFY(signOutThroughDialog(kPassword));
    LoginWizard* login = openLoginWizard();
    QVERIFY(login);
    typeLogin(login, LoginPage::Method::Email, kNewUserEmail, kPassword);
    clickSignIn(login);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->accountIdLabel()->text(), QString::number(id), 20000);
}

void TestGuiRegistration::registerByPhone_data()
{
    addLanguages();
}

void TestGuiRegistration::registerByPhone()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard = openRegistrationIn(language);
    QVERIFY(wizard);
    QVERIFY(fillRegistrationDetails(wizard, Method::Phone, kPhoneNational));
    RegistrationDetailsPage* details = wizard->detailsPage();
    QVERIFY(details->phoneEdit()->isVisible());
    QVERIFY(!details->emailEdit()->isVisible());
    QCOMPARE(details->phoneEdit()->numberEdit()->text(), QStringLiteral("916 123-45-67"));
    QVERIFY(!shot(wizard, QStringLiteral("register-details-phone")).isEmpty());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::CodePageId));
    QVERIFY(
        wizard->page<CodeEntryPage>()->sentToLabel()->text().contains(QStringLiteral("+7 *** ***-45-67")));
    QVERIFY(!shot(wizard, QStringLiteral("register-code-sms")).isEmpty());

    // Pasted with the text around it, as people copy it from a message.
    const QString code = latestCode(kPhone, kPurpose);
    QLineEdit* field = wizard->page<CodeEntryPage>()->codeEdit();
    field->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("Code: %1 %2").arg(code.left(3), code.mid(3)));
    QTest::keySequence(field, QKeySequence::Paste);
    QGuiApplication::clipboard()->clear();
    QCOMPARE(field->text(), code);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
    QVERIFY(choosePassword(wizard, kPassword));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DonePageId));
    const qint64 id = wizard->accountId();
    QCOMPARE(wizard->page<RegistrationDonePage>()->accountIdLabel()->text(), QString::number(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    clickNext(wizard);
    QTRY_VERIFY(!m_window->registrationWizard());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->phoneLabel()->text(),
                              QStringLiteral("+7 *** ***-45-67"), 20000);

    QVERIFY(signOutThroughDialog(kPassword));
    QVERIFY(signInAs(LoginPage::Method::Phone, kPhoneNational, id, kPassword));
}

void TestGuiRegistration::emailLinkMovesOnByItself()
{
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    wizard->setStatusPollInterval(200);
    QVERIFY(reachCodePage(wizard, Method::Email, kNewUserEmail));
    const QJsonObject message = m_server->latestMessage(kNewUserEmail, kPurpose);
    QVERIFY(!message.value(QStringLiteral("code")).toString().isEmpty());
    const QString link = message.value(QStringLiteral("link")).toString();
    QVERIFY(link.startsWith(QLatin1String("https://")));

    // The user opens the link in a browser and presses Confirm (a form posting to the same
    // address); the app notices without a click of its own.
    QNetworkAccessManager browser;
    QNetworkRequest request { QUrl(link) };
    request.setSslConfiguration(TestTls::configuration());
    QNetworkReply* page = browser.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 20000);
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(page->readAll().contains("<form method=\"post\">"));
    page->deleteLater();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = browser.post(request, QByteArray());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RegistrationWizard::PasswordPageId), 20000);
    QVERIFY(choosePassword(wizard, kPassword));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DonePageId));
    QVERIFY(wizard->accountId() > 0);
}

void TestGuiRegistration::createAccountFromLoginPage()
{
    LoginWizard* login = openLoginWizard();
    QVERIFY(login);
    QVERIFY(login->page<LoginPage>()->createAccountButton()->isVisible());
    QTest::mouseClick(login->page<LoginPage>()->createAccountButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->loginWizard());
    RegistrationWizard* wizard = m_window->registrationWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::MethodPageId));
}

void TestGuiRegistration::wrongCaptcha_data()
{
    addLanguages();
}

void TestGuiRegistration::wrongCaptcha()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard = openRegistrationIn(language);
    QVERIFY(wizard);
    QVERIFY(fillRegistrationDetails(wizard, Method::Email, kNewUserEmail, false));
    RegistrationDetailsPage* page = wizard->detailsPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->captcha()->isLoaded(), 20000);
    const QString firstId = page->captcha()->answer().id;
    QTest::keyClicks(page->captcha()->answerEdit(), QStringLiteral("WRONG9"));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QVERIFY(page->captchaError()->isVisible());
    QCOMPARE(page->captchaError()->message(), ApiError(ErrorCode::CaptchaWrong).userMessage());
    QVERIFY(hasReference(page->captchaError(), "E-CAPTCHA-WRONG"));
    QCOMPARE(page->emailEdit()->text(), kNewUserEmail);
    // A used picture is replaced.
    QTRY_VERIFY_WITH_TIMEOUT(page->captcha()->isLoaded(), 20000);
    QVERIFY(page->captcha()->answer().id != firstId);
    QVERIFY(!shot(wizard, QStringLiteral("register-captcha-wrong")).isEmpty());
    QVERIFY(solveCaptcha(wizard->detailsPage()->captcha()));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::CodePageId));
}

void TestGuiRegistration::wrongCodeShowsAttemptsLeft_data()
{
    addLanguages();
}

void TestGuiRegistration::wrongCodeShowsAttemptsLeft()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard
        = openRegistrationIn(language, { QStringLiteral("--resend-interval"), QStringLiteral("0") });
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Phone, kPhoneNational));
    CodeEntryPage* page = wizard->page<CodeEntryPage>();
    const QString right = latestCode(kPhone, kPurpose);
    const QString wrong
        = right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");

    QVERIFY(enterCode(wizard, wrong));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::CodePageId));
    QVERIFY(page->codeError()->isVisible());
    QVERIFY(hasReference(page->codeError(), "E-CODE-WRONG"));
    // Plurals in both languages: English's come from account-manager_en.ts.
    const QString fourLeft = language == QLatin1String("ru") ? QStringLiteral("Осталось 4 попытки.")
                                                             : QStringLiteral("4 attempts left.");
    QVERIFY2(page->codeError()->message().endsWith(fourLeft), qPrintable(page->codeError()->message()));
    QCOMPARE(page->codeEdit()->text(), wrong); // kept and selected, to be corrected
    QVERIFY(!shot(wizard, QStringLiteral("register-code-wrong")).isEmpty());

    for (int i = 0; i < 3; ++i)
        QVERIFY(enterCode(wizard, wrong));
    const QString oneLeft = language == QLatin1String("ru") ? QStringLiteral("Осталась 1 попытка.")
                                                            : QStringLiteral("1 attempt left.");
    QVERIFY2(page->codeError()->message().endsWith(oneLeft), qPrintable(page->codeError()->message()));

    // The fifth wrong code kills it: the field locks and Resend is the way on.
    QVERIFY(enterCode(wizard, wrong));
    QVERIFY(page->isCodeDead());
    QVERIFY(!page->codeEdit()->isEnabled());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(page->resendButton()->isEnabled());
    QVERIFY(!shot(wizard, QStringLiteral("register-code-dead")).isEmpty());

    QTest::mouseClick(page->resendButton(), Qt::LeftButton);
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(!page->isCodeDead());
    QVERIFY(page->codeEdit()->isEnabled());
    QCOMPARE(messageCount(kPhone, kPurpose), 2);
    QVERIFY(enterCode(wizard, latestCode(kPhone, kPurpose)));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
}

void TestGuiRegistration::expiredCodeAsksForANewOne_data()
{
    addLanguages();
}

void TestGuiRegistration::expiredCodeAsksForANewOne()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard
        = openRegistrationIn(language,
                             { QStringLiteral("--code-ttl"), QStringLiteral("1"),
                               QStringLiteral("--resend-interval"), QStringLiteral("0") });
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Email, kNewUserEmail));
    const QString code = latestCode(kNewUserEmail, kPurpose);
    QTest::qWait(1500); // the user was slow: the code is older than its one-second life
    QVERIFY(enterCode(wizard, code));
    CodeEntryPage* page = wizard->page<CodeEntryPage>();
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::CodePageId));
    QVERIFY(hasReference(page->codeError(), "E-CODE-EXPIRED"));
    QCOMPARE(page->codeError()->message(), ApiError(ErrorCode::CodeExpired).userMessage());
    QVERIFY(page->isCodeDead());
    QVERIFY(page->resendButton()->isEnabled());
    QVERIFY(!shot(wizard, QStringLiteral("register-code-expired")).isEmpty());

    // The new code is entered at once, well within its second.
    QTest::mouseClick(page->resendButton(), Qt::LeftButton);
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(!page->isCodeDead());
    QVERIFY(enterCode(wizard, latestCode(kNewUserEmail, kPurpose)));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
}

void TestGuiRegistration::resendCountdownAndTooEarly()
{
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Phone, kPhoneNational));
    CodeEntryPage* page = wizard->page<CodeEntryPage>();
    // The server allows a resend after 60 s: the button waits and says how long.
    QVERIFY(!page->resendButton()->isEnabled());
    QVERIFY(page->secondsUntilResend() > 0);
    const QRegularExpression countdown(QStringLiteral("^Resend code in [01]:\\d\\d$"));
    QVERIFY2(countdown.match(page->countdownLabel()->text()).hasMatch(),
             qPrintable(page->countdownLabel()->text()));

    // Asked anyway (a clock off on this computer): the server's refusal and its time show.
    Q_EMIT page->resendRequested();
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(page->pageError()->isVisible());
    QVERIFY(hasReference(page->pageError(), "E-RESEND-TOO-EARLY"));
    QVERIFY(page->pageError()->message().startsWith(ErrorCatalog::userMessage(ErrorCode::ResendTooEarly)));
    QVERIFY(!page->resendButton()->isEnabled());
    QVERIFY(page->countdownLabel()->isVisible());
    QCOMPARE(messageCount(kPhone, kPurpose), 1);
    QVERIFY(!shot(wizard, QStringLiteral("register-resend-too-early")).isEmpty());
}

void TestGuiRegistration::weakPasswordReasonsFromServer_data()
{
    addLanguages();
}

void TestGuiRegistration::weakPasswordReasonsFromServer()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard = openRegistrationIn(language);
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Email, kNewUserEmail));
    QVERIFY(enterCode(wizard, latestCode(kNewUserEmail, kPurpose)));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
    NewPasswordPage* page = wizard->page<NewPasswordPage>();

    // The checklist stops a weak password before it is sent...
    QTest::keyClicks(page->passwordEdit(), QStringLiteral("password1"));
    QTest::keyClicks(page->confirmEdit(), QStringLiteral("password1"));
    QVERIFY(!page->ruleLabel(PasswordPolicy::Problem::Common)->property("met").toBool());
    clickNext(wizard);
    QVERIFY(!wizard->isBusy());
    QVERIFY(page->passwordError()->isVisible());
    QVERIFY(page->passwordError()->reference().isEmpty());

    // ...and an app with an older list still shows the server's reasons, at the field.
    Q_EMIT page->passwordChosen(QStringLiteral("password1"));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
    QVERIFY(hasReference(page->passwordError(), "E-PASSWORD-WEAK"));
    QVERIFY(page->passwordError()->message().startsWith(ErrorCatalog::userMessage(ErrorCode::PasswordWeak)));
    QVERIFY2(
        page->passwordError()->message().contains(PasswordPolicy::ruleText(PasswordPolicy::Problem::Common)),
        qPrintable(page->passwordError()->message()));
    QCOMPARE(page->ruleLabel(PasswordPolicy::Problem::Common)->palette().color(QPalette::WindowText),
             StatusColors::color(StatusColors::Kind::Error, page->palette()));
    QVERIFY(!shot(wizard, QStringLiteral("register-password-weak")).isEmpty());

    // The registration stays open: a good password goes through.
    QVERIFY(choosePassword(wizard, kPassword));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DonePageId));
}

void TestGuiRegistration::alreadyRegisteredEmailOffersSignIn_data()
{
    addLanguages();
}

void TestGuiRegistration::alreadyRegisteredEmailOffersSignIn()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(addAccount(kNewUserEmail) > 0);
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    QVERIFY(fillRegistrationDetails(wizard, Method::Email, QStringLiteral("New.User@example.com")));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    RegistrationDetailsPage* page = wizard->detailsPage();
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QVERIFY(page->contactError()->isVisible());
    QCOMPARE(page->contactError()->message(), ApiError(ErrorCode::AlreadyRegistered).userMessage());
    QVERIFY(hasReference(page->contactError(), "E-ALREADY-REGISTERED"));
    QVERIFY(page->signInButton()->isVisible());
    QVERIFY(page->forgotPasswordButton()->isVisible());
    QVERIFY(page->forgotPasswordButton()->isEnabled()); // TestGuiRecovery follows it
    QVERIFY(!shot(wizard, QStringLiteral("register-already-registered")).isEmpty());

    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->registrationWizard());
    LoginWizard* login = m_window->loginWizard();
    QVERIFY(login);
    QVERIFY(QTest::qWaitForWindowExposed(login));
    QCOMPARE(login->page<LoginPage>()->method(), LoginPage::Method::Email);
    QCOMPARE(login->page<LoginPage>()->emailEdit()->text(), QStringLiteral("New.User@example.com"));
    QTest::keyClicks(login->page<LoginPage>()->passwordEdit(), kPassword);
    clickSignIn(login);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
}

void TestGuiRegistration::alreadyRegisteredPhoneOffersSignIn()
{
    QVERIFY(addAccount({}, kPhone) > 0);
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    // The national form with a trunk 8 is the same number.
    QVERIFY(fillRegistrationDetails(wizard, Method::Phone, QStringLiteral("8") + kPhoneNational));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    RegistrationDetailsPage* page = wizard->detailsPage();
    QVERIFY(hasReference(page->contactError(), "E-ALREADY-REGISTERED"));
    QVERIFY(page->signInButton()->isVisible());
    // Correcting the number takes the offer away with the message.
    QTest::keyClick(page->phoneEdit()->numberEdit(), Qt::Key_Backspace);
    QVERIFY(!page->contactError()->isVisible());
    QVERIFY(!page->signInButton()->isVisible());
    QTest::keyClicks(page->phoneEdit()->numberEdit(), QStringLiteral("7"));
    QVERIFY(solveCaptcha(wizard->detailsPage()->captcha()));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QVERIFY(page->signInButton()->isVisible());
    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->loginWizard());
    LoginPage* login = m_window->loginWizard()->page<LoginPage>();
    QCOMPARE(login->method(), LoginPage::Method::Phone);
    QCOMPARE(login->phoneEdit()->region(), QStringLiteral("RU"));
    QCOMPARE(login->phoneEdit()->e164(), kPhone);
}

void TestGuiRegistration::deliveryFailedKeepsInput_data()
{
    addLanguages();
}

void TestGuiRegistration::deliveryFailedKeepsInput()
{
    QFETCH(QString, language);
    // An SMS gateway that is not there: every SMS fails.
    RegistrationWizard* wizard = openRegistrationIn(
        language, { QStringLiteral("--sms-webhook"), QStringLiteral("http://127.0.0.1:9/sms") });
    QVERIFY(wizard);
    QVERIFY(fillRegistrationDetails(wizard, Method::Phone, kPhoneNational));
    wizard->detailsPage()->newsCheckBox()->setChecked(true);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    RegistrationDetailsPage* page = wizard->detailsPage();
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QVERIFY(page->pageError()->isVisible());
    QCOMPARE(page->pageError()->message(), ApiError(ErrorCode::DeliveryFailed).userMessage());
    QVERIFY(hasReference(page->pageError(), "E-DELIVERY-FAILED"));
    QCOMPARE(page->phoneEdit()->e164(), kPhone);
    QVERIFY(page->newsCheckBox()->isChecked());
    QVERIFY(page->phoneEdit()->isEnabled());
    QVERIFY(!shot(wizard, QStringLiteral("register-delivery-failed")).isEmpty());
}

void TestGuiRegistration::serverDownOnDetailsKeepsInput()
{
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    QVERIFY(fillRegistrationDetails(wizard, Method::Email, kNewUserEmail));
    QVERIFY(m_server->stop());
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    RegistrationDetailsPage* page = wizard->detailsPage();
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QVERIFY(page->pageError()->isVisible());
    QVERIFY(hasReference(page->pageError(), "E-SERVER-UNREACHABLE"));
    QCOMPARE(page->emailEdit()->text(), kNewUserEmail);
    QVERIFY(page->emailEdit()->isEnabled());
}

void TestGuiRegistration::serverDownOnCodePageKeepsInput_data()
{
    addLanguages();
}

void TestGuiRegistration::serverDownOnCodePageKeepsInput()
{
    QFETCH(QString, language);
    RegistrationWizard* wizard = openRegistrationIn(language);
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Email, kNewUserEmail));
    const QString code = latestCode(kNewUserEmail, kPurpose);
    QVERIFY(m_server->stop());
    QVERIFY(enterCode(wizard, code));
    CodeEntryPage* page = wizard->page<CodeEntryPage>();
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::CodePageId));
    QVERIFY(page->pageError()->isVisible());
    QVERIFY(hasReference(page->pageError(), "E-SERVER-UNREACHABLE"));
    QCOMPARE(page->codeEdit()->text(), code);
    QVERIFY(!page->isCodeDead());
    QVERIFY(!shot(wizard, QStringLiteral("register-code-server-down")).isEmpty());
    // Back to the details: still all there.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QCOMPARE(wizard->detailsPage()->emailEdit()->text(), kNewUserEmail);
}

void TestGuiRegistration::backKeepsInputAndStartsAgain()
{
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Email, QStringLiteral("typo@example.com")));
    const QString firstId = wizard->registrationId();
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    RegistrationDetailsPage* page = wizard->detailsPage();
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::DetailsPageId));
    QCOMPARE(page->emailEdit()->text(), QStringLiteral("typo@example.com"));
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QVERIFY(wizard->page<RegistrationMethodPage>()->methodButton(Method::Email)->isChecked());
    clickNext(wizard);
    QCOMPARE(page->emailEdit()->text(), QStringLiteral("typo@example.com"));
    // The corrected address gets a sign-up of its own, with a new picture.
    QVERIFY(reachCodePage(wizard, Method::Email, kNewUserEmail));
    QVERIFY(wizard->registrationId() != firstId);
    QVERIFY(!latestCode(kNewUserEmail, kPurpose).isEmpty());
}

void TestGuiRegistration::cancelLeavesNothingBehind()
{
    RegistrationWizard* wizard = openRegistration();
    QVERIFY(wizard);
    QVERIFY(reachCodePage(wizard, Method::Email, kNewUserEmail));
    QVERIFY(enterCode(wizard, latestCode(kNewUserEmail, kPurpose)));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::PasswordPageId));
    QTest::keyClicks(wizard->page<NewPasswordPage>()->passwordEdit(), kPassword);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(discardWork(wizard));
    QTRY_VERIFY(!m_window->registrationWizard());
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());
    QVERIFY(m_settings->accounts(m_serverUrl).isEmpty());
    QCOMPARE(m_settings->currentAccount(m_serverUrl), 0);
    QCOMPARE(m_session->state(), Session::State::SignedOut);
}

QTEST_MAIN(TestGuiRegistration)
#include "TestGuiRegistration.moc"
