#include "GuiTestBase.h"

#include "AccountPage.h"
#include "LoginWizard.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "ScreenshotHelper.h"
#include "SignOutDialog.h"
#include "TestServer.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "api/AccountApi.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

void GuiTestBase::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_serverUrl = m_server->url();
    createApp();
}

void GuiTestBase::cleanup()
{
    // Leave no test entries in the keychain, whatever the test did.
    if (m_settings) {
        QList<qint64> accounts = m_settings->accounts(m_serverUrl);
        accounts += m_settings->knownAccounts(m_serverUrl);
        for (qint64 accountId : accounts) {
            QEventLoop loop;
            m_tokens->remove(m_serverUrl, accountId, &loop, [&loop](const ApiError&) { loop.quit(); });
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    destroyApp();
    m_server.reset();
}

void GuiTestBase::createApp(const QString& language, const QString& caFile)
{
    destroyApp();
    m_language = language;
    QCOMPARE(Translations::install(language), language);
    m_settings = std::make_unique<AccountSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_api = std::make_unique<AccountApi>();
    m_api->setServerUrl(m_serverUrl);
    QString reason;
    const QString ca = caFile.isEmpty() ? m_server->caCertificatePath() : caFile;
    QVERIFY2(m_api->addTrustedCaFile(ca, &reason), qPrintable(reason));
    m_tokens = std::make_unique<TokenStore>();
    m_tokens->setServiceName(QStringLiteral("account-manager-gui-tests"));
    m_session = std::make_unique<Session>(m_api.get(), m_tokens.get(), m_settings.get());
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
    LoginWizard* wizard = m_window->loginWizard();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    return wizard;
}

void GuiTestBase::typeLogin(LoginWizard* wizard, LoginPage::Method method, const QString& login,
                            const QString& password)
{
    LoginPage* page = wizard->loginPage();
    QTest::mouseClick(page->methodButton(method), Qt::LeftButton);
    QLineEdit* field = page->emailEdit();
    if (method == LoginPage::Method::Phone)
        field = page->phoneEdit()->numberEdit();
    else if (method == LoginPage::Method::AccountId)
        field = page->accountIdEdit();
    field->clear();
    QTest::keyClicks(field, login);
    page->passwordEdit()->clear();
    QTest::keyClicks(page->passwordEdit(), password);
}

void GuiTestBase::clickSignIn(LoginWizard* wizard)
{
    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    QTest::mouseClick(finish->isVisible() ? finish : next, Qt::LeftButton);
}

bool GuiTestBase::waitUntilSettled(LoginWizard* wizard)
{
    QPointer<LoginWizard> guard(wizard);
    return QTest::qWaitFor([&] { return !guard || !guard->isVisible() || !guard->isBusy(); }, 20000);
}

bool GuiTestBase::signInWithId(qint64 accountId, const QString& password)
{
    LoginWizard* wizard = openLoginWizard();
    if (!wizard)
        return false;
    typeLogin(wizard, LoginPage::Method::AccountId, QString::number(accountId), password);
    clickSignIn(wizard);
    return QTest::qWaitFor(
        [&] {
            return m_window->currentPage() == m_window->accountPage()
                && m_window->accountPage()->accountIdLabel()->text() == QString::number(accountId)
                && m_window->accountPage()->changePasswordButton()->isEnabled();
        },
        20000);
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

QString GuiTestBase::readToken(qint64 accountId, ApiError* error)
{
    QEventLoop loop;
    QString token;
    bool done = false;
    m_tokens->read(m_serverUrl, accountId, &loop, [&](const QString& value, const ApiError& readError) {
        token = value;
        *error = readError;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return token;
}

QString GuiTestBase::screenshot(QWidget* widget, const QString& name)
{
    return ScreenshotHelper::save(widget, name, m_language);
}
