// SPDX-License-Identifier: Apache-2.0
#include "GuiTestBase.h"

#include "AccountPage.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "ErrorLabel.h"
#include "LoginWizard.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "ScreenshotHelper.h"
#include "SignOutDialog.h"
#include "TestServer.h"
#include "TestWait.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "api/AccountApi.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

GuiTestBase::GuiTestBase(Server server)
    : m_serverKind(server)
{
    if (server == Server::None)
        m_serverUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
}

void GuiTestBase::init()
{
    if (m_serverKind == Server::Real)
        QVERIFY(startServer());
    createApp();
}

bool GuiTestBase::startServer(const QStringList& serverArgs)
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->start(serverArgs)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return false;
    }
    m_serverUrl = m_server->url();
    return true;
}

void GuiTestBase::cleanup()
{
    // Leave no test entries in the keychain, whatever the test did.
    if (m_settings) {
        QList<qint64> accounts = m_settings->accounts(m_serverUrl);
        accounts += m_settings->knownAccounts(m_serverUrl);
        for (qint64 accountId : accounts) {
            TestWait::forCallback(
                [&](QObject* context, auto done) {
                    m_tokens->remove(m_serverUrl, accountId, context, [done](const ApiError&) { done(); });
                },
                10000);
        }
    }
    destroyApp();
    m_server.reset();
    // The next test's server may get this one's port back from the kernel, and so the same URL: the
    // settings would then remember this test's account there, and its app would try to restore it
    // (and fail with E-NOT-SIGNED-IN) while the test signs in. Each test starts with none.
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

void GuiTestBase::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

bool GuiTestBase::hasReference(const ErrorLabel* label, const char* wireName)
{
    return label->reference().contains(QLatin1String(wireName));
}

void GuiTestBase::retype(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

void GuiTestBase::typeContact(QLineEdit* emailEdit, PhoneNumberEdit* phoneEdit, bool isEmail,
                              const QString& contact)
{
    if (isEmail) {
        retype(emailEdit, contact);
    } else {
        phoneEdit->setRegion(QStringLiteral("RU"));
        retype(phoneEdit->numberEdit(), contact);
    }
}

void GuiTestBase::createSession(const QString& language, const QString& caFile)
{
    destroyApp();
    m_language = language;
    QCOMPARE(Translations::install(language), language);
    m_settings = std::make_unique<AccountSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_api = std::make_unique<AccountApi>();
    m_api->setServerUrl(m_serverUrl);
    const QString ca = caFile.isEmpty() && m_server ? m_server->caCertificatePath() : caFile;
    QString reason;
    if (!ca.isEmpty())
        QVERIFY2(m_api->addTrustedCaFile(ca, &reason), qPrintable(reason));
    m_tokens = std::make_unique<TokenStore>();
    m_tokens->setServiceName(QStringLiteral("account-manager-gui-tests"));
    m_session = std::make_unique<Session>(m_api.get(), m_tokens.get(), m_settings.get());
}

void GuiTestBase::createApp(const QString& language, const QString& caFile)
{
    createSession(language, caFile);
    if (QTest::currentTestFailed())
        return;
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
}

void GuiTestBase::destroyApp()
{
    m_window.reset();
    m_session.reset();
    m_tokens.reset();
    m_api.reset();
    m_settings.reset();
}

LoginWizard* GuiTestBase::openLoginWizard()
{
    QTest::mouseClick(m_window->welcomePage()->signInButton(), Qt::LeftButton);
    return shown(m_window->loginWizard());
}

void GuiTestBase::typeLogin(LoginWizard* wizard, LoginPage::Method method, const QString& login,
                            const QString& password)
{
    LoginPage* page = wizard->page<LoginPage>();
    QTest::mouseClick(page->methodButton(method), Qt::LeftButton);
    QLineEdit* field = page->emailEdit();
    if (method == LoginPage::Method::Phone)
        field = page->phoneEdit()->numberEdit();
    else if (method == LoginPage::Method::AccountId)
        field = page->accountIdEdit();
    retype(field, login);
    retype(page->passwordEdit(), password);
}

void GuiTestBase::clickSignIn(LoginWizard* wizard)
{
    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    QTest::mouseClick(finish->isVisible() ? finish : next, Qt::LeftButton);
}

LoginWizard* GuiTestBase::submitLogin(LoginPage::Method method, const QString& login, const QString& password)
{
    LoginWizard* wizard = openLoginWizard();
    if (!wizard)
        return nullptr;
    typeLogin(wizard, method, login, password);
    clickSignIn(wizard);
    QPointer<LoginWizard> guard(wizard);
    return waitUntilSettled(wizard) ? guard.data() : nullptr;
}

bool GuiTestBase::signInAs(LoginPage::Method method, const QString& login, qint64 accountId,
                           const QString& password)
{
    LoginWizard* wizard = openLoginWizard();
    if (!wizard) {
        qWarning("signInAs: the sign-in wizard did not open");
        return false;
    }
    if (method == LoginPage::Method::Phone)
        wizard->page<LoginPage>()->phoneEdit()->setRegion(QStringLiteral("RU"));
    typeLogin(wizard, method, login, password);
    clickSignIn(wizard);
    QPointer<LoginWizard> guard(wizard);
    if (waitForAccountPage(accountId))
        return true;
    // Why not, for the log of a failure that does not come back when run again.
    const QString wizardState = !guard ? QStringLiteral("closed")
        : guard->isBusy()              ? QStringLiteral("still waiting for the server")
                                       : QStringLiteral("on page %1").arg(guard->currentId());
    qWarning("signInAs: no account page for %lld; the sign-in wizard is %s, the session in state "
             "%s for account %lld, the window on page '%s'",
             accountId, qPrintable(wizardState),
             QMetaEnum::fromType<Session::State>().valueToKey(int(m_session->state())),
             m_session->accountId(), qPrintable(m_window->currentPage()->objectName()));
    return false;
}

bool GuiTestBase::waitForAccountPage(qint64 accountId)
{
    return QTest::qWaitFor(
        [&] {
            return m_window->currentPage() == m_window->accountPage()
                && m_window->accountPage()->accountIdLabel()->text() == QString::number(accountId)
                && m_window->accountPage()->changePasswordButton()->isEnabled();
        },
        20000);
}
qint64 GuiTestBase::addAccount(const QString& email, const QString& phone)
{
    const qint64 id = m_server->addAccount(email, phone, QStringLiteral("RU"), kPassword);
    if (id <= 0)
        qWarning("addAccount: the server refused %s: %s", qPrintable(email.isEmpty() ? phone : email),
                 qPrintable(m_server->errorString()));
    return id;
}

qint64 GuiTestBase::signInNewAccount(const QString& email, const QString& phone)
{
    const qint64 id = addAccount(email, phone);
    return id > 0 && signInWithId(id, kPassword) ? id : 0;
}

bool GuiTestBase::signOutThroughDialog(const QString& password, bool removeData)
{
    QTest::mouseClick(m_window->accountPage()->signOutButton(), Qt::LeftButton);
    SignOutDialog* dialog = m_window->signOutDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    QTest::keyClicks(dialog->passwordEdit(), password);
    dialog->removeDataCheckBox()->setChecked(removeData);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return m_window->currentPage() == m_window->welcomePage(); }, 20000);
}

bool GuiTestBase::discardWork(QWizard* wizard)
{
    QMessageBox* question = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (question = wizard->findChild<QMessageBox*>(QStringLiteral("discardQuestion")))
                    && question->isVisible();
            },
            5000))
        return false;
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("discardButton")), Qt::LeftButton);
    return true;
}

void GuiTestBase::closeWizard(QWizard* wizard)
{
    QPointer<QWizard> guard(wizard);
    wizard->reject();
    QCoreApplication::processEvents();
    if (guard && guard->isVisible() && guard->findChild<QMessageBox*>(QStringLiteral("discardQuestion")))
        discardWork(guard);
}

void GuiTestBase::clickNext(QWizard* wizard)
{
    for (QWizard::WizardButton which :
         { QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton }) {
        QAbstractButton* button = wizard->button(which);
        if (button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
}

void GuiTestBase::enterCode(QWizard* wizard, CodeEntryPage* page, const QString& code)
{
    retype(page->codeEdit(), code);
    clickNext(wizard);
}

void GuiTestBase::enterNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password,
                                   const QString& confirm)
{
    retype(page->passwordEdit(), password);
    retype(page->confirmEdit(), confirm.isEmpty() ? password : confirm);
    clickNext(wizard);
}

bool GuiTestBase::fillRegistrationDetails(RegistrationWizard* wizard, RegistrationMethodPage::Method method,
                                          const QString& contact, bool withCaptcha)
{
    if (wizard->currentId() == RegistrationWizard::MethodPageId) {
        QTest::mouseClick(wizard->page<RegistrationMethodPage>()->methodButton(method), Qt::LeftButton);
        clickNext(wizard);
    }
    if (wizard->currentId() != RegistrationWizard::DetailsPageId)
        return false;
    RegistrationDetailsPage* page = wizard->detailsPage();
    typeContact(page->emailEdit(), page->phoneEdit(), method == RegistrationMethodPage::Method::Email,
                contact);
    return !withCaptcha || solveCaptcha(page->captcha());
}

bool GuiTestBase::solveCaptcha(CaptchaWidget* captcha)
{
    if (!QTest::qWaitFor([&] { return captcha->isLoaded(); }, 20000))
        return false;
    const QString answer = m_server->captchaAnswer(captcha->answer().id);
    if (answer.isEmpty())
        return false;
    retype(captcha->answerEdit(), answer);
    return true;
}

TokenResponse GuiTestBase::signInElsewhere(const QString& login, const QString& password,
                                           const QString& deviceId, ApiError* error)
{
    SignInRequest request;
    request.login = login;
    request.password = password;
    request.device.id = deviceId;
    request.device.name = QStringLiteral("Second phone");
    request.device.kind = QStringLiteral("phone");
    request.device.platform = QStringLiteral("Android 14");
    TokenResponse result;
    TestWait::forCallback(
        [&](QObject* context, auto done) {
            m_api->signIn(request, context,
                          [&, done](const TokenResponse& tokens, const ApiError& signInError) {
                              result = tokens;
                              *error = signInError;
                              done();
                          });
        },
        20000);
    return result;
}

ApiError GuiTestBase::signInError(const QString& login, const QString& password)
{
    ApiError error;
    signInElsewhere(login, password, QStringLiteral("checker"), &error);
    return error;
}

ApiError GuiTestBase::refreshElsewhere(const QString& refreshToken)
{
    ApiError result(ErrorCode::Timeout);
    TestWait::forCallback(
        [&](QObject* context, auto done) {
            m_api->refresh(refreshToken, context, [&, done](const TokenResponse&, const ApiError& error) {
                result = error;
                done();
            });
        },
        20000);
    return result;
}

QString GuiTestBase::readToken(qint64 accountId, ApiError* error)
{
    QString token;
    TestWait::forCallback(
        [&](QObject* context, auto done) {
            m_tokens->read(m_serverUrl, accountId, context,
                           [&, done](const QString& value, const ApiError& readError) {
                               token = value;
                               *error = readError;
                               done();
                           });
        },
        10000);
    return token;
}

QString GuiTestBase::screenshot(QWidget* widget, const QString& name)
{
    return ScreenshotHelper::save(widget, name, m_language);
}

QString GuiTestBase::latestCode(const QString& destination, const QString& purpose) const
{
    return m_server->latestCode(destination, purpose);
}

int GuiTestBase::messageCount(const QString& destination, const QString& purpose) const
{
    return m_server->messageCount(destination, purpose);
}
