// SPDX-License-Identifier: Apache-2.0
#include "WizardRun.h"

#include "AccountPage.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "LoginPage.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationMethodPage.h"
#include "RegistrationWizard.h"
#include "SignOutDialog.h"
#include "StallMeter.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "api/AccountApi.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

namespace {
void clickWizardButton(QWizard* wizard)
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
} // namespace

WizardRun::WizardRun(TestServer* server, StallMeter* meter)
    : m_server(server)
    , m_meter(meter)
{
}

WizardRun::~WizardRun()
{
    // Leave no bench entries in the keychain.
    if (m_settings && m_tokens) {
        for (qint64 accountId : m_settings->accounts(m_server->url())) {
            QEventLoop loop;
            m_tokens->remove(m_server->url(), accountId, &loop, [&loop](const ApiError&) { loop.quit(); });
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    m_window.reset();
    m_session.reset();
    m_tokens.reset();
    m_api.reset();
    m_settings.reset();
}

bool WizardRun::fail(const QString& what)
{
    m_error = what;
    return false;
}

bool WizardRun::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(1);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (condition())
                loop.quit();
        });
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        poll.start();
        loop.exec();
        // Objects the app deleteLater()s (closed wizards) go when control is back at this level, as
        // in the app's own loop; a nested loop never runs them (QTest::qWaitFor does the same).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

void WizardRun::runLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void WizardRun::type(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QTest::keyClicks(widget, QString(ch));
        runLoop(3);
    }
}

void WizardRun::step(const QString& name)
{
    // The gap so far belongs to the step that just ended.
    runLoop(1);
    const QString previous = m_meter->step();
    if (!previous.isEmpty())
        m_stepStalls[previous] = qMax(m_stepStalls.value(previous), m_meter->worstMs());
    const double flowWorst = m_meter->worstMs();
    if (flowWorst > m_flowStalls.value(m_flowStep)) {
        m_flowStalls[m_flowStep] = flowWorst;
        m_flowStallCpu[m_flowStep] = m_meter->worstCpuMs();
        m_flowStallWait[m_flowStep] = m_meter->worstWaitMs();
    }
    m_flowOwnStalls[m_flowStep] = qMax(m_flowOwnStalls.value(m_flowStep), m_meter->worstOwnMs());
    m_meter->reset();
    m_meter->setStep(name);
}

void WizardRun::finishFlow(const QString& flow)
{
    step(QString());
    m_flowStep = flow;
}

bool WizardRun::createApp()
{
    m_settings = std::make_unique<AccountSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_api = std::make_unique<AccountApi>();
    m_api->setServerUrl(m_server->url());
    QString reason;
    if (!m_api->addTrustedCaFile(m_server->caCertificatePath(), &reason))
        return fail(reason);
    m_tokens = std::make_unique<TokenStore>();
    m_tokens->setServiceName(QStringLiteral("account-manager-bench"));
    m_session = std::make_unique<Session>(m_api.get(), m_tokens.get(), m_settings.get());
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    m_window->start();
    if (!waitFor([&] { return m_window->currentPage() == m_window->welcomePage(); }))
        return fail(QStringLiteral("no welcome page"));
    // A person reads the window before the first click; the app loads what the wizards need in that
    // time, off the UI thread (MainWindow). Half a second is a quick reader.
    runLoop(500);
    return true;
}

bool WizardRun::registerAccount(const QString& email, const QString& password)
{
    finishFlow(QStringLiteral("registration"));
    using Method = RegistrationMethodPage::Method;
    step(QStringLiteral("registration: open the wizard"));
    QTest::mouseClick(m_window->welcomePage()->createAccountButton(), Qt::LeftButton);
    RegistrationWizard* wizard = m_window->registrationWizard();
    if (!wizard || !waitFor([&] { return wizard->isVisible(); }))
        return fail(QStringLiteral("no sign-up wizard"));

    step(QStringLiteral("registration: method page"));
    QTest::mouseClick(wizard->page<RegistrationMethodPage>()->methodButton(Method::Email), Qt::LeftButton);
    clickWizardButton(wizard);
    if (!waitFor([&] { return wizard->currentId() == RegistrationWizard::DetailsPageId; }))
        return fail(QStringLiteral("no details page"));

    step(QStringLiteral("registration: details and captcha"));
    RegistrationDetailsPage* details = wizard->detailsPage();
    type(details->emailEdit(), email);
    CaptchaWidget* captcha = details->captcha();
    if (!waitFor([&] { return captcha->isLoaded(); }))
        return fail(QStringLiteral("no captcha"));
    type(captcha->answerEdit(), m_server->captchaAnswer(captcha->answer().id));

    step(QStringLiteral("registration: send code"));
    clickWizardButton(wizard);
    if (!waitFor([&] { return !wizard->isBusy() && wizard->currentId() == RegistrationWizard::CodePageId; }))
        return fail(QStringLiteral("no code page"));

    step(QStringLiteral("registration: code"));
    QString code;
    const QList<QJsonObject> entries = m_server->outboxEntries();
    for (const QJsonObject& entry : entries) {
        if (entry.value(QStringLiteral("destination")).toString() == email)
            code = entry.value(QStringLiteral("code")).toString();
    }
    type(wizard->page<CodeEntryPage>()->codeEdit(), code);
    clickWizardButton(wizard);
    if (!waitFor(
            [&] { return !wizard->isBusy() && wizard->currentId() == RegistrationWizard::PasswordPageId; }))
        return fail(QStringLiteral("no password page"));

    step(QStringLiteral("registration: password typing"));
    type(wizard->page<NewPasswordPage>()->passwordEdit(), password);
    type(wizard->page<NewPasswordPage>()->confirmEdit(), password);

    step(QStringLiteral("registration: create account (hash, keychain)"));
    clickWizardButton(wizard);
    if (!waitFor([&] { return !wizard->isBusy() && wizard->currentId() == RegistrationWizard::DonePageId; }))
        return fail(QStringLiteral("no done page"));
    if (!waitFor([&] { return m_window->currentPage() == m_window->accountPage(); }))
        return fail(QStringLiteral("not signed in after sign-up"));

    step(QStringLiteral("registration: done"));
    clickWizardButton(wizard);
    if (!waitFor([&] { return !m_window->registrationWizard(); }))
        return fail(QStringLiteral("sign-up wizard still open (page %1, visible %2, finish %3)")
                        .arg(wizard->currentId())
                        .arg(wizard->isVisible())
                        .arg(wizard->button(QWizard::FinishButton)->isVisible()));
    finishFlow(QString());
    return true;
}

bool WizardRun::signOut(const QString& password)
{
    finishFlow(QStringLiteral("sign-out"));
    step(QStringLiteral("sign-out: open the dialog"));
    QTest::mouseClick(m_window->accountPage()->signOutButton(), Qt::LeftButton);
    SignOutDialog* dialog = m_window->signOutDialog();
    if (!dialog || !waitFor([&] { return dialog->isVisible(); }))
        return fail(QStringLiteral("no sign-out dialog"));
    step(QStringLiteral("sign-out: typing"));
    type(dialog->passwordEdit(), password);
    step(QStringLiteral("sign-out: sign out (password check, keychain)"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    if (!waitFor(
            [&] { return m_window->currentPage() == m_window->welcomePage() && !m_window->signOutDialog(); }))
        return fail(QStringLiteral("sign-out did not end on the welcome page"));
    finishFlow(QString());
    return true;
}

bool WizardRun::signIn(const QString& email, const QString& password)
{
    finishFlow(QStringLiteral("sign-in"));
    step(QStringLiteral("sign-in: open the wizard"));
    QTest::mouseClick(m_window->welcomePage()->signInButton(), Qt::LeftButton);
    QPointer<LoginWizard> wizard = m_window->loginWizard();
    if (!wizard || !waitFor([&] { return wizard->isVisible(); }))
        return fail(QStringLiteral("no sign-in wizard"));

    step(QStringLiteral("sign-in: typing"));
    LoginPage* page = wizard->page<LoginPage>();
    QTest::mouseClick(page->methodButton(LoginPage::Method::Email), Qt::LeftButton);
    type(page->emailEdit(), email);
    type(page->passwordEdit(), password);

    step(QStringLiteral("sign-in: sign in (hash, keychain, profile)"));
    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    QTest::mouseClick(finish->isVisible() ? finish : wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (!waitFor([&] {
            return m_window->currentPage() == m_window->accountPage() && !m_window->loginWizard()
                && !m_window->accountPage()->accountIdLabel()->text().isEmpty();
        }))
        return fail(QStringLiteral("not signed in"));
    runLoop(200); // whatever the account page loads after it shows
    finishFlow(QString());
    return true;
}
