// SPDX-License-Identifier: Apache-2.0
// The devices of an account, signing this computer out, several accounts on one computer and the
// new-device code at sign-in, against a real account-server, as a user clicks and types them.
#include "AccountMenu.h"
#include "AccountPage.h"
#include "CodeEntryPage.h"
#include "DeviceListWidget.h"
#include "DeviceRow.h"
#include "DeviceUnbinder.h"
#include "DevicesPage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "PasswordConfirmDialog.h"
#include "PasswordEdit.h"
#include "SignOutDialog.h"
#include "TestAccountFlows.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "settings/AccountSettings.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

class TestGuiDevices : public GuiTestBase
{
    Q_OBJECT

private slots:
    void listAndUnbind_data();
    void listAndUnbind();
    void lastSeenPlurals();
    void signOutOnAllOtherDevices_data();
    void signOutOnAllOtherDevices();
    void signOutWrongPassword_data();
    void signOutWrongPassword();
    void signOutKeepsData();
    void signOutRemovesData();
    void twoAccountsSideBySide();
    void newDeviceNeedsCode_data();
    void newDeviceNeedsCode();

private:
    DevicesPage* openDevices();
    // The app, in language, signed in to a new account, and a phone signed in to it with the core
    // client ("phone-2"); false, with a warning, when either failed.
    bool signInHereAndOnPhone(const QString& language, qint64* id, TokenResponse* phone);
};

bool TestGuiDevices::signInHereAndOnPhone(const QString& language, qint64* id, TokenResponse* phone)
{
    createApp(language);
    *id = signInNewAccount(kEmail, kPhone);
    ApiError error;
    *phone = signInElsewhere(kEmail, kPassword, QStringLiteral("phone-2"), &error);
    if (error)
        qWarning() << "the phone's sign-in failed:" << error.wireName();
    return *id > 0 && !error;
}

DevicesPage* TestGuiDevices::openDevices()
{
    AccountPage* account = m_window->accountPage();
    account->tabs()->setCurrentWidget(account->devicesPage());
    DevicesPage* page = account->devicesPage();
    if (!QTest::qWaitFor([&] { return !page->isLoading() && page->list()->count() > 0; }, 20000))
        return nullptr;
    return page;
}

void TestGuiDevices::listAndUnbind_data()
{
    addLanguages();
}

void TestGuiDevices::listAndUnbind()
{
    QFETCH(QString, language);
    qint64 id = 0;
    TokenResponse phone;
    QVERIFY(signInHereAndOnPhone(language, &id, &phone));
    // A band made with the operator command.
    const QString bandId = m_server->addDevice(id, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    QVERIFY(!bandId.isEmpty());

    DevicesPage* page = openDevices();
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->count(), 3, 20000);
    const QString thisId = m_settings->thisDevice().id;
    DeviceRow* self = page->list()->row(thisId);
    QVERIFY(self);
    QVERIFY(self->device().current);
    QVERIFY(self->nameLabel()->text().contains(language == QLatin1String("ru")
                                                   ? QStringLiteral("этот компьютер")
                                                   : QStringLiteral("this computer")));
    DeviceRow* band = page->list()->row(bandId);
    QVERIFY(band);
    QCOMPARE(band->nameLabel()->text(), QStringLiteral("Mi Band 8"));
    QVERIFY(band->detailsLabel()->text().startsWith(DeviceRow::kindName(QStringLiteral("band"))));
    // To a screen reader: an item of the devices list, read as its name and details in one go.
    QAccessibleInterface* item = QAccessible::queryAccessibleInterface(band);
    QCOMPARE(item->role(), QAccessible::ListItem);
    QCOMPARE(item->text(QAccessible::Name),
             band->nameLabel()->text() + QStringLiteral(". ") + band->detailsLabel()->text());
    QCOMPARE(item->parent()->role(), QAccessible::List);
    QVERIFY(page->list()->row(QStringLiteral("phone-2")));
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("devices")).isEmpty());

    // Unbinding the phone: a wrong password is refused at the field and the dialog stays.
    QTest::mouseClick(page->list()->row(QStringLiteral("phone-2"))->actionButton(), Qt::LeftButton);
    PasswordConfirmDialog* dialog = page->unbinder()->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->actionButton()->isEnabled());
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("Wrong2026pass"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordError()->isVisible(), 20000);
    QVERIFY(dialog->passwordError()->reference().contains(QLatin1String("E-PASSWORD-WRONG")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->passwordEdit()->text(), QStringLiteral("Wrong2026pass"));
    QVERIFY(!screenshot(dialog, QStringLiteral("unbind-wrong-password")).isEmpty());
    QCOMPARE(refreshElsewhere(phone.refreshToken).code, ErrorCode::None);

    // The right one: the row goes, and the phone's refresh token is refused from now on.
    dialog->passwordEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), kPassword);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->list()->row(QStringLiteral("phone-2")), 20000);
    QCOMPARE(page->list()->count(), 2);
    const ErrorCode refused = refreshElsewhere(phone.refreshToken).code;
    QVERIFY2(refused == ErrorCode::RefreshTokenInvalid || refused == ErrorCode::RefreshTokenReused,
             qPrintable(ApiError(refused).wireName()));

    // The band too; the list from the server agrees.
    QTest::mouseClick(page->list()->row(bandId)->actionButton(), Qt::LeftButton);
    dialog = page->unbinder()->dialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->passwordEdit(), kPassword);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->list()->row(bandId), 20000);
    QTest::mouseClick(page->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->list()->count(), 1);
    QVERIFY(page->list()->row(thisId));
}

void TestGuiDevices::signOutOnAllOtherDevices_data()
{
    addLanguages();
}

void TestGuiDevices::signOutOnAllOtherDevices()
{
    // #17: "Sign Out on All Other Devices…": the other sessions end, this one stays, nothing is unbound.
    QFETCH(QString, language);
    qint64 id = 0;
    TokenResponse phone;
    QVERIFY(signInHereAndOnPhone(language, &id, &phone));
    DevicesPage* page = openDevices();
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->count(), 2, 20000);

    QTest::mouseClick(page->signOutOthersButton(), Qt::LeftButton);
    auto* dialog = page->findChild<PasswordConfirmDialog*>(QStringLiteral("signOutOthersDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("Wrong2026pass"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordError()->isVisible(), 20000);
    QVERIFY(dialog->passwordError()->reference().contains(QLatin1String("E-PASSWORD-WRONG")));
    QCOMPARE(refreshElsewhere(phone.refreshToken).code, ErrorCode::None);
    QVERIFY(!screenshot(dialog, QStringLiteral("sign-out-others")).isEmpty());

    dialog->passwordEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), kPassword);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->noteLabel()->isVisible(), 20000);
    QTRY_VERIFY(!page->findChild<PasswordConfirmDialog*>(QStringLiteral("signOutOthersDialog")));
    const ErrorCode refused = refreshElsewhere(phone.refreshToken).code;
    QVERIFY2(refused == ErrorCode::RefreshTokenInvalid || refused == ErrorCode::RefreshTokenReused,
             qPrintable(ApiError(refused).wireName()));
    // This computer is still signed in, and both devices are still bound.
    QVERIFY(m_session->isSignedIn());
    QTest::mouseClick(page->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->list()->count(), 2);
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("signed-out-others")).isEmpty());
}

void TestGuiDevices::lastSeenPlurals()
{
    createApp(QStringLiteral("ru"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(DeviceRow::lastSeenText(now.addSecs(-30), now), QStringLiteral("Сейчас в сети"));
    QCOMPARE(DeviceRow::lastSeenText(now.addDays(-1), now),
             QStringLiteral("Последняя активность: 1 день назад"));
    QCOMPARE(DeviceRow::lastSeenText(now.addDays(-3), now),
             QStringLiteral("Последняя активность: 3 дня назад"));
    QCOMPARE(DeviceRow::lastSeenText(now.addDays(-5), now),
             QStringLiteral("Последняя активность: 5 дней назад"));
    createApp(QStringLiteral("en"));
    QCOMPARE(DeviceRow::lastSeenText(now.addDays(-1), now), QStringLiteral("Last seen 1 day ago"));
    QCOMPARE(DeviceRow::lastSeenText(now.addDays(-3), now), QStringLiteral("Last seen 3 days ago"));
    QCOMPARE(DeviceRow::lastSeenText(now.addSecs(-5 * 3600), now), QStringLiteral("Last seen 5 hours ago"));
}

void TestGuiDevices::signOutWrongPassword_data()
{
    addLanguages();
}

void TestGuiDevices::signOutWrongPassword()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInWithId(id, kPassword));
    QTest::mouseClick(m_window->accountPage()->signOutButton(), Qt::LeftButton);
    SignOutDialog* dialog = m_window->signOutDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!screenshot(dialog, QStringLiteral("sign-out-dialog")).isEmpty());
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("Wrong2026pass"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordError()->isVisible(), 20000);
    QVERIFY(dialog->passwordError()->reference().contains(QLatin1String("E-PASSWORD-WRONG")));
    QVERIFY(!screenshot(dialog, QStringLiteral("sign-out-wrong-password")).isEmpty());
    // Nothing changed: still signed in, the token still in the keychain.
    QCOMPARE(m_window->currentPage(), m_window->accountPage());
    ApiError error;
    QVERIFY(!readToken(id, &error).isEmpty());
    QCOMPARE(m_settings->accounts(m_serverUrl), QList<qint64> { id });
}

void TestGuiDevices::signOutKeepsData()
{
    createApp(QStringLiteral("ru"));
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInWithId(id, kPassword));
    ApiError error;
    const QString token = readToken(id, &error);
    QVERIFY(!token.isEmpty());
    QVERIFY(signOutThroughDialog(kPassword, false));
    QCOMPARE(m_window->welcomePage()->noteLabel()->text(), QStringLiteral("Вы вышли из аккаунта."));
    // The keychain entry is gone (its token was revoked with the device), the account is remembered.
    QVERIFY(readToken(id, &error).isEmpty());
    QCOMPARE(error.code, ErrorCode::NotSignedIn);
    QVERIFY(m_settings->accounts(m_serverUrl).isEmpty());
    QCOMPARE(m_settings->knownAccounts(m_serverUrl), QList<qint64> { id });
    QCOMPARE(m_settings->accountLabel(m_serverUrl, id), QStringLiteral("a***@example.com"));
    QCOMPARE(refreshElsewhere(token).code == ErrorCode::None, false);
    // This computer is no longer among the account's devices.
    const TokenResponse other = signInElsewhere(kEmail, kPassword, QStringLiteral("checker"), &error);
    QVERIFY(!error);

    // The switcher offers it again; choosing it opens the sign-in with the ID typed in.
    m_window->accountMenu()->rebuild();
    QAction* again = m_window->accountMenu()->findChild<QAction*>(QStringLiteral("signIn_%1").arg(id));
    QVERIFY(again);
    again->trigger();
    LoginWizard* wizard = m_window->loginWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->page<LoginPage>()->accountIdEdit()->text(), QString::number(id));
}

void TestGuiDevices::signOutRemovesData()
{
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInWithId(id, kPassword));
    QVERIFY(!m_settings->knownAccounts(m_serverUrl).isEmpty());
    QVERIFY(signOutThroughDialog(kPassword, true));
    ApiError error;
    QVERIFY(readToken(id, &error).isEmpty());
    QCOMPARE(error.code, ErrorCode::NotSignedIn);
    QVERIFY(m_settings->accounts(m_serverUrl).isEmpty());
    QVERIFY(m_settings->knownAccounts(m_serverUrl).isEmpty());
    QVERIFY(m_settings->accountLabel(m_serverUrl, id).isEmpty());
    QCOMPARE(m_settings->currentAccount(m_serverUrl), qint64(0));
    m_window->accountMenu()->rebuild();
    QVERIFY(!m_window->accountMenu()->findChild<QAction*>(QStringLiteral("signIn_%1").arg(id)));
}

void TestGuiDevices::twoAccountsSideBySide()
{
    const qint64 anna = addAccount(kEmail);
    const qint64 boris = addAccount({}, kPhone);
    QVERIFY(anna > 0 && boris > 0);
    QVERIFY(signInWithId(anna, kPassword));

    // "Add Account…" while signed in: the sign-in wizard, and the second account becomes current.
    m_window->accountMenu()->rebuild();
    QAction* add = m_window->accountMenu()->findChild<QAction*>(QStringLiteral("addAccount"));
    QVERIFY(add);
    add->trigger();
    LoginWizard* wizard = m_window->loginWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    typeLogin(wizard, LoginPage::Method::AccountId, QString::number(boris), kPassword);
    clickSignIn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->accountIdLabel()->text(), QString::number(boris),
                              20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountPage()->changePasswordButton()->isEnabled(), 20000);
    QCOMPARE(m_settings->accounts(m_serverUrl), (QList<qint64> { anna, boris }));
    ApiError error;
    QVERIFY(!readToken(anna, &error).isEmpty());
    QVERIFY(!readToken(boris, &error).isEmpty());

    // The switcher lists both, masked, the current one ticked.
    m_window->accountMenu()->rebuild();
    QAction* annaAction
        = m_window->accountMenu()->findChild<QAction*>(QStringLiteral("account_%1").arg(anna));
    QAction* borisAction
        = m_window->accountMenu()->findChild<QAction*>(QStringLiteral("account_%1").arg(boris));
    QVERIFY(annaAction && borisAction);
    QCOMPARE(annaAction->text(), QStringLiteral("%1 · a***@example.com").arg(anna));
    QCOMPARE(borisAction->text(), QStringLiteral("%1 · +7 *** ***-45-67").arg(boris));
    QVERIFY(borisAction->isChecked());
    QVERIFY(!annaAction->isChecked());
    m_window->accountMenu()->popup(m_window->mapToGlobal(QPoint(40, 40)));
    QVERIFY(!screenshot(m_window->accountMenu(), QStringLiteral("account-menu")).isEmpty());
    m_window->accountMenu()->hide();

    // Switch to Anna: her stored token is exchanged, Boris stays signed in. (Opening the menu
    // rebuilt it: find the action again.)
    annaAction = m_window->accountMenu()->findChild<QAction*>(QStringLiteral("account_%1").arg(anna));
    QVERIFY(annaAction);
    annaAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->accountIdLabel()->text(), QString::number(anna),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->emailLabel()->text(),
                              QStringLiteral("a***@example.com"), 20000);
    QCOMPARE(m_settings->currentAccount(m_serverUrl), anna);

    // Sign Anna out: Boris's entry and place stay.
    QVERIFY(signOutThroughDialog(kPassword, true));
    QVERIFY(m_window->welcomePage()->noteLabel()->text().contains(QLatin1String("other accounts")));
    QVERIFY(readToken(anna, &error).isEmpty());
    QVERIFY(!readToken(boris, &error).isEmpty());
    QCOMPARE(m_settings->accounts(m_serverUrl), QList<qint64> { boris });

    // And back to Boris from the switcher, no password needed.
    m_window->accountMenu()->rebuild();
    borisAction = m_window->accountMenu()->findChild<QAction*>(QStringLiteral("account_%1").arg(boris));
    QVERIFY(borisAction);
    borisAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->phoneLabel()->text(),
                              QStringLiteral("+7 *** ***-45-67"), 20000);
}

void TestGuiDevices::newDeviceNeedsCode_data()
{
    addLanguages();
}

void TestGuiDevices::newDeviceNeedsCode()
{
    QFETCH(QString, language);
    m_server->stop();
    m_server->setNewDeviceVerification(true);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_serverUrl = m_server->url();
    createApp(language);
    const qint64 id = addAccount(kEmail);
    QVERIFY(id > 0);

    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    typeLogin(wizard, LoginPage::Method::Email, kEmail, kPassword);
    clickSignIn(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(LoginWizard::DeviceCodePageId), 20000);
    QVERIFY(waitUntilSettled(wizard));
    CodeEntryPage* page = wizard->page<CodeEntryPage>();
    QVERIFY(page->sentToLabel()->text().contains(QLatin1String("a***@example.com")));
    const QString code = latestCode(kEmail, QStringLiteral("device-verification"));
    QVERIFY(!code.isEmpty());
    QVERIFY(!screenshot(wizard, QStringLiteral("login-device-code")).isEmpty());

    // A wrong code is refused at the field; no tokens yet.
    enterCode(wizard, page, TestAccountFlows::wrongCode(code));
    QVERIFY(waitUntilSettled(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(page->codeError()->isVisible(), 20000);
    QVERIFY(page->codeError()->reference().contains(QLatin1String("E-CODE-WRONG")));
    QCOMPARE(m_window->currentPage(), m_window->welcomePage());

    enterCode(wizard, page, code);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->accountPage()->accountIdLabel()->text(), QString::number(id), 20000);
    ApiError error;
    QVERIFY(!readToken(id, &error).isEmpty());

    // Signed out and in again: this computer is known now by the secret the server gave it (kept in
    // the keychain; its device ID alone would not do), so no code is asked for.
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    m_session->signOut();
    QVERIFY(signedOut.wait(20000));
    LoginWizard* again = openLoginWizard();
    QVERIFY(again);
    typeLogin(again, LoginPage::Method::Email, kEmail, kPassword);
    clickSignIn(again);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->accountPage(), 20000);
    QCOMPARE(messageCount(kEmail, QStringLiteral("device-verification")), 1);
}

QTEST_MAIN(TestGuiDevices)
#include "TestGuiDevices.moc"
