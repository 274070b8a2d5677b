// SPDX-License-Identifier: Apache-2.0
// Settings → Network (#17): the proxy chosen in the dialog is saved without its password (that goes
// to the keychain), takes effect at once, and a sign-in goes through it: a real SOCKS5 proxy with a
// login (microsocks) on loopback.
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "NetworkSettingsDialog.h"
#include "PasswordEdit.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestGuiNetworkSettings : public GuiTestBase
{
    Q_OBJECT

private slots:
    void signInThroughManualProxy_data();
    void signInThroughManualProxy();
    void hostIsRequired();

private:
    NetworkSettingsDialog* openDialog();
    // A click on the radio button's circle: a click beyond its text does not count.
    static void choose(NetworkSettingsDialog* dialog, ProxySettings::Mode mode)
    {
        QRadioButton* button = dialog->modeButton(mode);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QVERIFY(button->isChecked());
    }
};

NetworkSettingsDialog* TestGuiNetworkSettings::openDialog()
{
    m_window->findChild<QAction*>(QStringLiteral("networkAction"))->trigger();
    auto* dialog = m_window->findChild<NetworkSettingsDialog*>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestGuiNetworkSettings::signInThroughManualProxy_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestGuiNetworkSettings::signInThroughManualProxy()
{
    QFETCH(QString, language);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess proxy;
    proxy.start(QStringLiteral("microsocks"),
                { QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(port), QStringLiteral("-u"), QStringLiteral("anna"), QStringLiteral("-P"),
                  QStringLiteral("socks-pass-7") });
    QVERIFY(proxy.waitForStarted());
    QVERIFY(QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        },
        10000));

    createApp(language);
    const qint64 id = addAccount(kEmail);
    NetworkSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->modeButton(m_settings->proxy().mode)->isChecked());
    choose(dialog, ProxySettings::Mode::None);
    QVERIFY(!dialog->hostEdit()->isEnabled());
    choose(dialog, ProxySettings::Mode::Manual);
    QVERIFY(dialog->hostEdit()->isEnabled());
    dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findText(QStringLiteral("SOCKS5")));
    retype(dialog->hostEdit(), QStringLiteral("127.0.0.1"));
    dialog->portBox()->setValue(port);
    retype(dialog->userEdit(), QStringLiteral("anna"));
    retype(dialog->passwordEdit(), QStringLiteral("socks-pass-7"));
    QVERIFY(!screenshot(dialog, QStringLiteral("network-settings")).isEmpty());
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<NetworkSettingsDialog*>(), 10000);

    // Saved without the password, which is in the keychain; in effect at once.
    const ProxySettings saved = m_settings->proxy();
    QCOMPARE(saved.mode, ProxySettings::Mode::Manual);
    QCOMPARE(saved.port, port);
    QCOMPARE(saved.user, QStringLiteral("anna"));
    m_settings->raw().sync();
    QFile ini(m_settings->raw().fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("socks-pass-7"));
    QString stored;
    bool read = false;
    m_tokens->readProxyPassword(QStringLiteral("127.0.0.1"), port, this,
                                [&](const QString& password, const ApiError&) {
                                    stored = password;
                                    read = true;
                                });
    QVERIFY(QTest::qWaitFor([&] { return read; }, 10000));
    QCOMPARE(stored, QStringLiteral("socks-pass-7"));
    QCOMPARE(m_api->proxyDescription(), QStringLiteral("socks5://127.0.0.1:%1, user set").arg(port));

    // The sign-in goes through the proxy: it works, and stops working once the proxy is gone.
    QVERIFY(signInWithId(id, kPassword));
    proxy.kill();
    proxy.waitForFinished();
    QCOMPARE(signInError(QString::number(id), kPassword).wireName(), QStringLiteral("E-PROXY"));

    // Opened again, the dialog shows what was saved, the password masked.
    dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->modeButton(ProxySettings::Mode::Manual)->isChecked());
    QCOMPARE(dialog->hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QTRY_COMPARE(dialog->passwordEdit()->text(), QStringLiteral("socks-pass-7"));
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    choose(dialog, ProxySettings::Mode::None);
    dialog->accept();
    QCOMPARE(m_settings->proxy().mode, ProxySettings::Mode::None);
    QCOMPARE(m_api->proxyDescription(), QStringLiteral("none"));
}

void TestGuiNetworkSettings::hostIsRequired()
{
    createApp();
    const ProxySettings before = m_settings->proxy();
    NetworkSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    choose(dialog, ProxySettings::Mode::Manual);
    dialog->hostEdit()->clear();
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->hostError()->isVisible());
    QVERIFY(dialog->hostEdit()->hasFocus());
    QVERIFY(m_settings->proxy() == before); // nothing saved
    dialog->reject();
}

QTEST_MAIN(TestGuiNetworkSettings)
#include "TestGuiNetworkSettings.moc"
