// SPDX-License-Identifier: Apache-2.0
// Deleting the account through the wizard against a real account-server: refused while another
// device is bound, each unbound right there, then the code, the password and "I understand";
// afterwards nothing of the account is left, here or on the server.
#include "AccountPage.h"
#include "BoundDevicesPage.h"
#include "CodeEntryPage.h"
#include "DeleteAccountWizard.h"
#include "DeletionConfirmPage.h"
#include "DeviceListWidget.h"
#include "DeviceRow.h"
#include "DeviceUnbinder.h"
#include "DonePage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "PasswordConfirmDialog.h"
#include "PasswordEdit.h"
#include "SendCodePage.h"
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "WelcomePage.h"
#include "protocol/ApiError.h"
#include "settings/AccountSettings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

class TestGuiDeleteAccount : public GuiTestBase
{
    Q_OBJECT

private slots:
    void deleteAfterUnbindingBand_data();
    void deleteAfterUnbindingBand();
    void deviceBoundMeanwhileIsListed();

private:
    static inline const QString kPurpose = QStringLiteral("account-deletion");

    DeleteAccountWizard* openWizard();
    bool unbindRow(BoundDevicesPage* page, const QString& deviceId);
};

DeleteAccountWizard* TestGuiDeleteAccount::openWizard()
{
    QTest::mouseClick(m_window->accountPage()->deleteAccountButton(), Qt::LeftButton);
    return shown(m_window->deleteAccountWizard());
}

bool TestGuiDeleteAccount::unbindRow(BoundDevicesPage* page, const QString& deviceId)
{
    DeviceRow* row = page->list()->row(deviceId);
    if (!row)
        return false;
    QTest::mouseClick(row->actionButton(), Qt::LeftButton);
    PasswordConfirmDialog* dialog = page->unbinder()->dialog();
    if (!dialog)
        return false;
    QTest::keyClicks(dialog->passwordEdit(), kPassword);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !page->list()->row(deviceId); }, 20000);
}

void TestGuiDeleteAccount::deleteAfterUnbindingBand_data()
{
    addLanguages();
}

void TestGuiDeleteAccount::deleteAfterUnbindingBand()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = signInNewAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    const QString bandId = m_server->addDevice(id, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    QVERIFY2(!bandId.isEmpty(), qPrintable(m_server->errorString()));

    DeleteAccountWizard* wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-intro")).isEmpty());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(DeleteAccountWizard::DevicesPageId));
    BoundDevicesPage* devices = wizard->devicesPage();
    QTRY_VERIFY_WITH_TIMEOUT(devices->isLoaded(), 20000);
    // The band is listed, this computer is not, and Next waits until it is unbound.
    QCOMPARE(devices->list()->count(), 1);
    QVERIFY(devices->list()->row(bandId));
    QVERIFY(!devices->list()->row(m_settings->thisDevice().id));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-devices")).isEmpty());
    QVERIFY(unbindRow(devices, bandId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    clickNext(wizard);

    // The code goes to the email, as chosen.
    QCOMPARE(wizard->currentId(), int(DeleteAccountWizard::SendPageId));
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-send")).isEmpty());
    QTest::mouseClick(wizard->page<SendCodePage>()->choiceButton(QStringLiteral("email")), Qt::LeftButton);
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::CodePageId), 20000);
    const QString code = latestCode(kEmail, kPurpose);
    QVERIFY(!code.isEmpty());
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-code")).isEmpty());
    enterCode(wizard, wizard->page<CodeEntryPage>(), code);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::ConfirmPageId), 20000);

    // The last page: "Delete Account" only with the password and the box ticked.
    DeletionConfirmPage* confirm = wizard->page<DeletionConfirmPage>();
    QAbstractButton* commit = wizard->button(QWizard::CommitButton);
    QVERIFY(!commit->isEnabled());
    QTest::keyClicks(confirm->passwordEdit(), QStringLiteral("Wrong2026pass"));
    QVERIFY(!commit->isEnabled());
    confirm->understoodCheckBox()->setChecked(true);
    QVERIFY(commit->isEnabled());
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-confirm")).isEmpty());
    QTest::mouseClick(commit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->passwordError()->isVisible(), 20000);
    QVERIFY(confirm->passwordError()->reference().contains(QLatin1String("E-PASSWORD-WRONG")));
    QCOMPARE(wizard->currentId(), int(DeleteAccountWizard::ConfirmPageId));
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-wrong-password")).isEmpty());

    confirm->passwordEdit()->clear();
    QTest::keyClicks(confirm->passwordEdit(), kPassword);
    QTest::mouseClick(commit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::DonePageId), 20000);
    QVERIFY(wizard->isDeleted());
    QVERIFY(!screenshot(wizard, QStringLiteral("delete-done")).isEmpty());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // Back at the welcome screen; nothing of the account here.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), m_window->welcomePage(), 20000);
    QCOMPARE(m_window->welcomePage()->noteLabel()->text(),
             language == QLatin1String("ru") ? QStringLiteral("Ваш аккаунт удалён.")
                                             : QStringLiteral("Your account has been deleted."));
    ApiError error;
    QTRY_VERIFY_WITH_TIMEOUT(m_settings->knownAccounts(m_serverUrl).isEmpty(), 20000);
    QVERIFY(readToken(id, &error).isEmpty());
    QCOMPARE(error.code, ErrorCode::NotSignedIn);
    QVERIFY(m_settings->accounts(m_serverUrl).isEmpty());

    // Nor on the server: no sign-in, no recovery (no code is sent), and the confirmation went out.
    signInElsewhere(kEmail, kPassword, QStringLiteral("checker"), &error);
    QCOMPARE(error.code, ErrorCode::InvalidCredentials);
    QVERIFY(messageCount(kEmail, QStringLiteral("account-deleted")) == 1);
    TestClient client(m_server->url());
    TestAccountFlows flows(m_server.get(), &client);
    const TestReply started = flows.startRecovery(kEmail);
    QVERIFY(started.networkError.isEmpty());
    const QString recoveryId = started.json.value(QStringLiteral("recoveryId")).toString();
    if (!recoveryId.isEmpty())
        flows.recoverySend(recoveryId, QStringLiteral("email"));
    QCOMPARE(messageCount(kEmail, QStringLiteral("recovery")), 0);
}

void TestGuiDeleteAccount::deviceBoundMeanwhileIsListed()
{
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInWithId(id, kPassword));
    DeleteAccountWizard* wizard = openWizard();
    QVERIFY(wizard);
    clickNext(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->devicesPage()->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    clickNext(wizard);
    // One channel only: the page says where and sends there.
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::CodePageId), 20000);
    enterCode(wizard, wizard->page<CodeEntryPage>(), latestCode(kEmail, kPurpose));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::ConfirmPageId), 20000);

    // A phone signs in meanwhile: the server refuses, and the wizard lists it to unbind.
    ApiError error;
    signInElsewhere(kEmail, kPassword, QStringLiteral("late-phone"), &error);
    QVERIFY(!error);
    QTest::keyClicks(wizard->page<DeletionConfirmPage>()->passwordEdit(), kPassword);
    wizard->page<DeletionConfirmPage>()->understoodCheckBox()->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteAccountWizard::DevicesPageId), 20000);
    BoundDevicesPage* devices = wizard->devicesPage();
    QVERIFY(devices->pageError()->reference().contains(QLatin1String("E-DEVICES-STILL-BOUND")));
    QVERIFY(devices->list()->row(QStringLiteral("late-phone")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard->isDeleted());
    // The account still works meanwhile.
    signInElsewhere(kEmail, kPassword, QStringLiteral("checker"), &error);
    QVERIFY(!error);
    QVERIFY(unbindRow(devices, QStringLiteral("late-phone")));
    QVERIFY(unbindRow(devices, QStringLiteral("checker"))
            || !devices->list()->row(QStringLiteral("checker")));
}

QTEST_MAIN(TestGuiDeleteAccount)
#include "TestGuiDeleteAccount.moc"
