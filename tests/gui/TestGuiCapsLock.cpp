// SPDX-License-Identifier: Apache-2.0
// The Caps Lock warning of password fields (#17), on a real X server (Xvfb, run by CTest through
// xvfb-run): the test locks and unlocks the Caps Lock modifier through XKB, as the key would.
#include "CapsLockState.h"
#include "PasswordEdit.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QtGui/qguiapplication_platform.h>
// After Qt's headers: Xlib's macros clash with Qt's names.
#include <X11/XKBlib.h>

class TestGuiCapsLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void warnsWhileCapsLockIsOn();

private:
    static void setCapsLock(bool on);
};

void TestGuiCapsLock::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
}

void TestGuiCapsLock::cleanup()
{
    setCapsLock(false);
}

void TestGuiCapsLock::setCapsLock(bool on)
{
    Display* display = qGuiApp->nativeInterface<QNativeInterface::QX11Application>()->display();
    XkbLockModifiers(display, XkbUseCoreKbd, LockMask, on ? LockMask : 0);
    XSync(display, False);
}

void TestGuiCapsLock::warnsWhileCapsLockIsOn()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* other = new QLineEdit(&window);
    auto* password = new PasswordEdit(&window);
    layout->addWidget(other);
    layout->addWidget(password);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Xvfb has no window manager to activate the window; focus needs an active one.
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(window.isActiveWindow());
    QCOMPARE(CapsLockState::current(), CapsLockState::State::Off);

    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("abc"));
    QVERIFY(!password->capsLockAction()->isVisible());

    setCapsLock(true);
    QCOMPARE(CapsLockState::current(), CapsLockState::State::On);
    QTest::keyClick(password, Qt::Key_D);
    QVERIFY(password->capsLockAction()->isVisible());
    QCOMPARE(password->capsLockAction()->toolTip(), QStringLiteral("Caps Lock is on"));
    QCOMPARE(password->accessibleDescription(), QStringLiteral("Caps Lock is on"));

    // Only the focused password field warns.
    other->setFocus();
    QTRY_VERIFY(!password->capsLockAction()->isVisible());
    password->setFocus();
    QTRY_VERIFY(password->capsLockAction()->isVisible());

    setCapsLock(false);
    QTest::keyClick(password, Qt::Key_E);
    QVERIFY(!password->capsLockAction()->isVisible());
    QVERIFY(password->accessibleDescription().isEmpty());
}

QTEST_MAIN(TestGuiCapsLock)
#include "TestGuiCapsLock.moc"
