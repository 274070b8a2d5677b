// SPDX-License-Identifier: Apache-2.0
// Two-step verification against a real account-server, as a user clicks and types it: turned on
// from the account page (password, QR code and key, the first code, the backup codes), then asked
// for at sign-in, at a recovery's completion and at deletion; a wrong code, a backup code that
// works once, and turning it off. The codes are those an authenticator app would show for the key
// read off the page (TestTotp), never one the server is asked for.
#include "AccountPage.h"
#include "BackupCodesPage.h"
#include "BoundDevicesPage.h"
#include "CaptchaPage.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "DeleteAccountWizard.h"
#include "DeletionConfirmPage.h"
#include "DonePage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "RecoveryLoginPage.h"
#include "RecoveryWizard.h"
#include "TestTotp.h"
#include "TwoStepCodePage.h"
#include "TwoStepDisableDialog.h"
#include "TwoStepPasswordPage.h"
#include "TwoStepQrPage.h"
#include "TwoStepSetupWizard.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTest>

using Method = LoginPage::Method;

namespace {
// Every message the app logs during a test, to look for secrets in it.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestGuiTwoStep : public GuiTestBase
{
    Q_OBJECT

private slots:
    void init() override;
    void cleanup() override;
    void turnOnThenSignIn_data();
    void turnOnThenSignIn();
    void backupCodeSignsInOnce();
    void captchaComesWithTheCode();
    void turnOff();
    void recoveryAsksForTheCode();
    void deletionAsksForTheCode();

private:
    // Through the account page and the setup wizard: the key as read off the page and the backup
    // codes shown; false when a step failed. With `pictures`, a screenshot of every page.
    bool turnOn(QString* secret, QStringList* backupCodes, bool pictures = false);
    // What most tests here start from: a new account with kEmail (and phone, unless empty), signed
    // in, two-step turned on through the page. Its id is 0 when a step failed.
    struct TwoStepAccount
    {
        qint64 id = 0;
        QString secret;
        QStringList backupCodes;
    };
    TwoStepAccount signInWithTwoStepOn(const QString& phone);
    // The code the app shows that the server has not seen yet: the current step, or the next one
    // (inside the server's ±1 step) when the current one was used; waits when even that was used.
    QString nextCode(const QString& secret);
    // A six-digit code that is none of those the server accepts now.
    static QString wrongCode(const QString& secret);
    // Opens the sign-in wizard, types the account ID and password, signs in; the wizard once it
    // shows the two-step page, else null.
    LoginWizard* signInUntilTwoStep(qint64 accountId);
    // Types into whichever field the two-step page shows and clicks the wizard's button.
    static void enterTwoStepCode(QWizard* wizard, TwoStepCodePage* page, const QString& code);

    qint64 m_lastStep = 0; // the newest TOTP step a code was sent for
};

void TestGuiTwoStep::init()
{
    m_lastStep = 0;
    g_logged.clear();
    // The app's verbose logging on (as --verbose does), so that its debug lines are looked at too.
    QLoggingCategory::setFilterRules(QStringLiteral("am.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(collect);
    GuiTestBase::init();
}

void TestGuiTwoStep::cleanup()
{
    GuiTestBase::cleanup();
    qInstallMessageHandler(g_previousHandler);
}

QString TestGuiTwoStep::nextCode(const QString& secret)
{
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_lastStep >= now / 30 + 1) {
        // Both the current step and the next were used: wait for the step after.
        QTest::qWait(int((m_lastStep * 30 - now) * 1000) + 500);
        now = QDateTime::currentSecsSinceEpoch();
    }
    m_lastStep = qMax(now / 30, m_lastStep + 1);
    return TestTotp::code(secret, QDateTime::fromSecsSinceEpoch(m_lastStep * 30, Qt::UTC));
}

QString TestGuiTwoStep::wrongCode(const QString& secret)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList accepted;
    for (int step = -2; step <= 2; ++step)
        accepted << TestTotp::code(secret, now.addSecs(step * 30));
    QString wrong = QStringLiteral("000000");
    for (int i = 1; accepted.contains(wrong); ++i)
        wrong = QStringLiteral("%1").arg(i * 111111 % 1000000, 6, 10, QLatin1Char('0'));
    return wrong;
}

bool TestGuiTwoStep::turnOn(QString* secret, QStringList* backupCodes, bool pictures)
{
    AccountPage* account = m_window->accountPage();
    const QString offText = account->twoStepStateLabel()->text();
    QTest::mouseClick(account->twoStepButton(), Qt::LeftButton);
    TwoStepSetupWizard* wizard = shown(m_window->twoStepSetupWizard());
    if (!wizard || wizard->currentId() != TwoStepSetupWizard::PasswordPageId)
        return false;
    if (pictures)
        screenshot(wizard, QStringLiteral("twostep-password"));
    retype(wizard->page<TwoStepPasswordPage>()->passwordEdit(), kPassword);
    clickNext(wizard);
    if (!waitUntilSettled(wizard) || wizard->currentId() != TwoStepSetupWizard::QrPageId)
        return false;
    // The key as the user reads it off the page, the spaces between its groups left out.
    *secret = wizard->page<TwoStepQrPage>()->secretLabel()->text().remove(QLatin1Char(' '));
    if (secret->isEmpty() || TestTotp::code(*secret).isEmpty())
        return false;
    if (pictures)
        screenshot(wizard, QStringLiteral("twostep-qr"));
    clickNext(wizard);
    if (wizard->currentId() != TwoStepSetupWizard::CodePageId)
        return false;
    enterTwoStepCode(wizard, wizard->page<TwoStepCodePage>(), nextCode(*secret));
    if (!waitUntilSettled(wizard) || wizard->currentId() != TwoStepSetupWizard::BackupPageId)
        return false;
    BackupCodesPage* backup = wizard->page<BackupCodesPage>();
    *backupCodes = backup->codes();
    if (pictures)
        screenshot(wizard, QStringLiteral("twostep-backup"));
    backup->savedCheckBox()->click();
    clickNext(wizard);
    if (wizard->currentId() != TwoStepSetupWizard::DonePageId)
        return false;
    if (pictures)
        screenshot(wizard, QStringLiteral("twostep-done"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !m_window->twoStepSetupWizard(); }, 5000)
        && QTest::qWaitFor([&] { return m_session->profile().twoStep; }, 20000)
        && QTest::qWaitFor([&] { return account->twoStepStateLabel()->text() != offText; }, 5000);
}

TestGuiTwoStep::TwoStepAccount TestGuiTwoStep::signInWithTwoStepOn(const QString& phone)
{
    TwoStepAccount account;
    const qint64 id = signInNewAccount(kEmail, phone);
    if (id > 0 && turnOn(&account.secret, &account.backupCodes))
        account.id = id;
    return account;
}

LoginWizard* TestGuiTwoStep::signInUntilTwoStep(qint64 accountId)
{
    LoginWizard* wizard = openLoginWizard();
    if (!wizard)
        return nullptr;
    typeLogin(wizard, Method::AccountId, QString::number(accountId), kPassword);
    clickSignIn(wizard);
    if (!waitUntilSettled(wizard) || wizard->currentId() != LoginWizard::TwoStepPageId)
        return nullptr;
    return wizard;
}

void TestGuiTwoStep::enterTwoStepCode(QWizard* wizard, TwoStepCodePage* page, const QString& code)
{
    retype(page->isBackupMode() ? page->backupEdit() : page->codeEdit(), code);
    clickNext(wizard);
}

void TestGuiTwoStep::turnOnThenSignIn_data()
{
    addLanguages();
}

void TestGuiTwoStep::turnOnThenSignIn()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = signInNewAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    AccountPage* account = m_window->accountPage();
    QVERIFY(!m_session->profile().twoStep);
    QVERIFY(account->twoStepButton()->isEnabled());
    const QString offText = account->twoStepStateLabel()->text();

    // A wrong password first: said under the field, and nothing is made on the server.
    QTest::mouseClick(account->twoStepButton(), Qt::LeftButton);
    TwoStepSetupWizard* wizard = shown(m_window->twoStepSetupWizard());
    QVERIFY(wizard);
    TwoStepPasswordPage* passwordPage = wizard->page<TwoStepPasswordPage>();
    QTest::keyClicks(passwordPage->passwordEdit(), QStringLiteral("Wrong2026pass"));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(TwoStepSetupWizard::PasswordPageId));
    QVERIFY(passwordPage->passwordError()->isVisible());
    QVERIFY(hasReference(passwordPage->passwordError(), "E-PASSWORD-WRONG"));
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-wrong-password")).isEmpty());

    retype(passwordPage->passwordEdit(), kPassword);
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(TwoStepSetupWizard::QrPageId));
    // The password does not stay in the page once it has done its work.
    QVERIFY(passwordPage->passwordEdit()->text().isEmpty());
    TwoStepQrPage* qrPage = wizard->page<TwoStepQrPage>();
    const QString secret = qrPage->secretLabel()->text().remove(QLatin1Char(' '));
    QVERIFY(!TestTotp::code(secret).isEmpty());
    // The QR code: square, large enough to scan, black and white modules (no decoder at hand).
    const QPixmap qr = qrPage->qrLabel()->pixmap();
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    QVERIFY(qr.deviceIndependentSize().width() >= 150);
    const QImage qrImage = qr.toImage().convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(qGray(qrImage.pixel(2, 2)), 255); // the quiet zone
    int dark = 0;
    for (int y = 0; y < qrImage.height(); ++y) {
        for (int x = 0; x < qrImage.width(); ++x)
            dark += qGray(qrImage.pixel(x, y)) < 128 ? 1 : 0;
    }
    const int all = qrImage.width() * qrImage.height();
    QVERIFY2(dark > all / 5 && dark < all * 3 / 5, qPrintable(QString::number(dark * 100 / all)));
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-qr")).isEmpty());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(TwoStepSetupWizard::CodePageId));

    // A wrong first code: under the field, with the tries left, and what was typed stays.
    TwoStepCodePage* codePage = wizard->page<TwoStepCodePage>();
    QVERIFY(!codePage->switchButton()->isVisible()); // no backup codes yet
    // The setup's own title, not the one the page has at sign-in.
    QVERIFY(codePage->title() != TwoStepCodePage::tr("Two-step verification"));
    const QString wrong = wrongCode(secret);
    enterTwoStepCode(wizard, codePage, wrong);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(TwoStepSetupWizard::CodePageId));
    QVERIFY(codePage->codeError()->isVisible());
    QVERIFY(hasReference(codePage->codeError(), "E-CODE-WRONG"));
    QCOMPARE(codePage->codeEdit()->text(), wrong);
    QVERIFY(!wizard->isEnabled());
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-wrong-code")).isEmpty());

    enterTwoStepCode(wizard, codePage, nextCode(secret));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(TwoStepSetupWizard::BackupPageId));
    QVERIFY(wizard->isEnabled());
    BackupCodesPage* backup = wizard->page<BackupCodesPage>();
    const QStringList backupCodes = backup->codes();
    QCOMPARE(backupCodes.size(), 10);
    // No way on or out until the user says the codes are kept.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled()
            || !wizard->button(QWizard::BackButton)->isVisible());
    wizard->reject();
    QVERIFY(wizard->isVisible());
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-backup")).isEmpty());
    backup->savedCheckBox()->click();
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(TwoStepSetupWizard::DonePageId));
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-done")).isEmpty());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->twoStepSetupWizard(), 5000);

    // The profile says it is on, and so does the account page.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->profile().twoStep, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(account->twoStepStateLabel()->text() != offText, 5000);
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("twostep-account-on")).isEmpty());

    // Signing in again asks for the code after the password.
    QVERIFY(signOutThroughDialog(kPassword));
    LoginWizard* login = signInUntilTwoStep(id);
    QVERIFY(login);
    TwoStepCodePage* page = login->page<TwoStepCodePage>();
    QVERIFY(page->codeEdit()->isVisible());
    QVERIFY(page->codeEdit()->hasFocus());
    QVERIFY(page->switchButton()->isVisible());
    // Its button signs in: the last page of the sign-in.
    QVERIFY(login->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!login->button(QWizard::NextButton)->isVisible());
    QVERIFY(!screenshot(login, QStringLiteral("twostep-signin")).isEmpty());

    // A wrong code: at the field, kept, and still on the page.
    const QString wrongAgain = wrongCode(secret);
    enterTwoStepCode(login, page, wrongAgain);
    QVERIFY(waitUntilSettled(login));
    QCOMPARE(login->currentId(), int(LoginWizard::TwoStepPageId));
    QVERIFY(page->codeError()->isVisible());
    QVERIFY(!page->codeError()->reference().isEmpty());
    QCOMPARE(page->codeEdit()->text(), wrongAgain);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!screenshot(login, QStringLiteral("twostep-signin-wrong")).isEmpty());

    // The app's next code (the one confirmed is spent): signed in.
    enterTwoStepCode(login, page, nextCode(secret));
    QVERIFY(waitForAccountPage(id));
    QVERIFY(m_session->profile().twoStep);
    QCOMPARE(account->twoStepStateLabel()->text(), m_window->accountPage()->twoStepStateLabel()->text());

    // Without the code the password alone does not get another device in.
    QCOMPARE(signInError(kEmail, kPassword).code, ErrorCode::TwoStepRequired);

    // Neither the key nor a backup code ever reached the app's log (its verbose lines included).
    QVERIFY(!g_logged.isEmpty());
    for (const QString& line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(secret, Qt::CaseInsensitive), qPrintable(line));
        for (const QString& code : backupCodes)
            QVERIFY2(!line.contains(code, Qt::CaseInsensitive), qPrintable(line));
    }
}

void TestGuiTwoStep::backupCodeSignsInOnce()
{
    const auto [id, secret, backupCodes] = signInWithTwoStepOn(kPhone);
    QVERIFY(id > 0);
    QCOMPARE(backupCodes.size(), 10);
    QVERIFY(signOutThroughDialog(kPassword));

    // "Use a backup code": its own field and hint; the first code signs in.
    LoginWizard* login = signInUntilTwoStep(id);
    QVERIFY(login);
    TwoStepCodePage* page = login->page<TwoStepCodePage>();
    const QString appHint = page->hintLabel()->text();
    QTest::mouseClick(page->switchButton(), Qt::LeftButton);
    QVERIFY(page->isBackupMode());
    QVERIFY(page->backupEdit()->isVisible());
    QVERIFY(page->backupEdit()->hasFocus());
    QVERIFY(page->hintLabel()->text() != appHint);
    QVERIFY(!screenshot(login, QStringLiteral("twostep-signin-backup")).isEmpty());
    enterTwoStepCode(login, page, backupCodes.first());
    QVERIFY(waitForAccountPage(id));
    QVERIFY(signOutThroughDialog(kPassword));

    // The same code again: refused at the field, kept as typed; another one works.
    login = signInUntilTwoStep(id);
    QVERIFY(login);
    page = login->page<TwoStepCodePage>();
    QTest::mouseClick(page->switchButton(), Qt::LeftButton);
    enterTwoStepCode(login, page, backupCodes.first());
    QVERIFY(waitUntilSettled(login));
    QCOMPARE(login->currentId(), int(LoginWizard::TwoStepPageId));
    QVERIFY(page->codeError()->isVisible());
    QCOMPARE(page->backupEdit()->text(), backupCodes.first());
    QVERIFY(!m_session->isSignedIn());
    enterTwoStepCode(login, page, backupCodes.at(1));
    QVERIFY(waitForAccountPage(id));
}

void TestGuiTwoStep::captchaComesWithTheCode()
{
    const auto [id, secret, backupCodes] = signInWithTwoStepOn(kPhone);
    QVERIFY(id > 0);
    QVERIFY(signOutThroughDialog(kPassword));

    // Three wrong passwords: the right one needs a captcha now.
    LoginWizard* login = openLoginWizard();
    QVERIFY(login);
    for (int attempt = 0; attempt < 3; ++attempt) {
        typeLogin(login, Method::AccountId, QString::number(id), QStringLiteral("Wrong2026pass"));
        clickSignIn(login);
        QVERIFY(waitUntilSettled(login));
        QCOMPARE(login->currentId(), int(LoginWizard::LoginPageId));
    }
    typeLogin(login, Method::AccountId, QString::number(id), kPassword);
    clickSignIn(login);
    QVERIFY(waitUntilSettled(login));
    QCOMPARE(login->currentId(), int(LoginWizard::CaptchaPageId));
    QVERIFY(solveCaptcha(login->captchaPage()->captcha()));
    clickSignIn(login);
    QVERIFY(waitUntilSettled(login));

    // Password and captcha right: the code is asked, and since the failures still stand, a new
    // captcha with it (the first one is spent).
    QCOMPARE(login->currentId(), int(LoginWizard::TwoStepPageId));
    TwoStepCodePage* page = login->page<TwoStepCodePage>();
    QVERIFY(page->hasCaptcha());
    QVERIFY(page->captcha()->isVisible());
    QVERIFY(page->captchaError()->isVisible()); // why: the failed attempts
    QVERIFY(login->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!screenshot(login, QStringLiteral("twostep-signin-captcha")).isEmpty());
    // Not without the captcha's answer: said at the captcha, nothing sent.
    retype(page->codeEdit(), nextCode(secret));
    QTRY_VERIFY_WITH_TIMEOUT(page->captcha()->isLoaded(), 20000);
    clickSignIn(login);
    QVERIFY(page->captchaError()->isVisible());
    QVERIFY(!login->isBusy());
    QVERIFY(solveCaptcha(page->captcha()));
    clickSignIn(login);
    QVERIFY(waitForAccountPage(id));
}

void TestGuiTwoStep::turnOff()
{
    const auto [id, secret, backupCodes] = signInWithTwoStepOn(kPhone);
    QVERIFY(id > 0);
    AccountPage* account = m_window->accountPage();
    const QString onText = account->twoStepStateLabel()->text();

    // On: the same button opens the dialog that turns it off.
    QTest::mouseClick(account->twoStepButton(), Qt::LeftButton);
    TwoStepDisableDialog* dialog = shown(m_window->twoStepDisableDialog());
    QVERIFY(dialog);
    QVERIFY(!m_window->twoStepSetupWizard());
    QVERIFY(!dialog->codeEdit()->accessibleName().isEmpty());

    // The password, then Tab to the code: a wrong code is said under it, everything stays typed.
    dialog->passwordEdit()->setFocus();
    QTest::keyClicks(dialog->passwordEdit(), kPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Tab);
    QVERIFY(dialog->codeEdit()->hasFocus());
    const QString wrong = wrongCode(secret);
    QTest::keyClicks(dialog->codeEdit(), wrong);
    QVERIFY(!screenshot(dialog, QStringLiteral("twostep-disable")).isEmpty());
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->codeError()->isVisible(), 20000);
    QCOMPARE(dialog->codeEdit()->text(), wrong);
    QCOMPARE(dialog->passwordEdit()->text(), kPassword);
    QVERIFY(m_session->profile().twoStep);
    QVERIFY(!screenshot(dialog, QStringLiteral("twostep-disable-wrong")).isEmpty());

    // A wrong password with a right code: under the password.
    const QString code = nextCode(secret);
    retype(dialog->passwordEdit(), QStringLiteral("Wrong2026pass"));
    retype(dialog->codeEdit(), code);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->passwordError()->isVisible(), 20000);
    QVERIFY(hasReference(dialog->passwordError(), "E-PASSWORD-WRONG"));

    // Both right: off, and the account page says so.
    retype(dialog->passwordEdit(), kPassword);
    retype(dialog->codeEdit(), nextCode(secret));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->twoStepDisableDialog(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->profile().twoStep, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(account->twoStepStateLabel()->text() != onText, 5000);
    // The password alone signs in again.
    ApiError error;
    signInElsewhere(kEmail, kPassword, QStringLiteral("checker"), &error);
    QVERIFY2(!error, qPrintable(error.wireName()));
}

void TestGuiTwoStep::recoveryAsksForTheCode()
{
    const auto [id, secret, backupCodes] = signInWithTwoStepOn({});
    QVERIFY(id > 0);
    QVERIFY(signOutThroughDialog(kPassword));

    RecoveryWizard* wizard = m_window->openRecoveryWizard();
    QVERIFY(shown(wizard));
    LoginIdentity identity;
    identity.method = LoginIdentity::Method::Email;
    identity.email = kEmail;
    wizard->loginPage()->prefill(identity);
    QVERIFY(solveCaptcha(wizard->loginPage()->captcha()));
    clickNext(wizard);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::CodePageId));
    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(kEmail, QStringLiteral("recovery")));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::PasswordPageId));
    enterNewPassword(wizard, wizard->page<NewPasswordPage>(), kNewPassword);
    QVERIFY(waitUntilSettled(wizard));

    // The email's code is not enough on its own: the app's code is asked for.
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::TwoStepPageId));
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-recovery")).isEmpty());
    TwoStepCodePage* page = wizard->page<TwoStepCodePage>();
    const QString wrong = wrongCode(secret);
    enterTwoStepCode(wizard, page, wrong);
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::TwoStepPageId));
    QVERIFY(page->codeError()->isVisible());
    QCOMPARE(page->codeEdit()->text(), wrong);
    QCOMPARE(signInError(kEmail, kNewPassword).code, ErrorCode::InvalidCredentials); // not changed

    enterTwoStepCode(wizard, page, nextCode(secret));
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(RecoveryWizard::DonePageId));
    QCOMPARE(signInError(kEmail, kNewPassword).code, ErrorCode::TwoStepRequired); // changed; still on
}

void TestGuiTwoStep::deletionAsksForTheCode()
{
    const auto [id, secret, backupCodes] = signInWithTwoStepOn({});
    QVERIFY(id > 0);

    QTest::mouseClick(m_window->accountPage()->deleteAccountButton(), Qt::LeftButton);
    DeleteAccountWizard* wizard = shown(m_window->deleteAccountWizard());
    QVERIFY(wizard);
    clickNext(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->devicesPage()->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    clickNext(wizard);
    clickNext(wizard); // one channel: the code goes to the email
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::CodePageId), 20000);
    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(kEmail, QStringLiteral("account-deletion")));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::ConfirmPageId), 20000);
    QTest::keyClicks(wizard->page<DeletionConfirmPage>()->passwordEdit(), kPassword);
    wizard->page<DeletionConfirmPage>()->understoodCheckBox()->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(waitUntilSettled(wizard));

    // The password and the email's code are not enough: the app's code (here a backup code).
    QCOMPARE(wizard->currentId(), int(DeleteAccountWizard::TwoStepPageId));
    QVERIFY(!wizard->isDeleted());
    QVERIFY(!screenshot(wizard, QStringLiteral("twostep-delete")).isEmpty());
    TwoStepCodePage* page = wizard->page<TwoStepCodePage>();
    QTest::mouseClick(page->switchButton(), Qt::LeftButton);
    enterTwoStepCode(wizard, page, backupCodes.last());
    QVERIFY(waitUntilSettled(wizard));
    QCOMPARE(wizard->currentId(), int(DeleteAccountWizard::DonePageId));
    QVERIFY(wizard->isDeleted());
    QCOMPARE(signInError(kEmail, kPassword).code, ErrorCode::InvalidCredentials);
}

QTEST_MAIN(TestGuiTwoStep)
#include "TestGuiTwoStep.moc"
