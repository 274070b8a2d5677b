// SPDX-License-Identifier: Apache-2.0
// The captcha's audio alternative in the app, against a real account-server: the Listen button is
// reachable by keyboard, fetches the spoken characters and hands them to the player, says in words
// when the computer has no sound output (the offscreen test machine has none), and says when the
// server will not play a captcha again. The answer field and its answer stay as they were.
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "WelcomePage.h"

#include <QAudioDevice>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using Method = RegistrationMethodPage::Method;

class TestGuiCaptchaAudio : public GuiTestBase
{
    Q_OBJECT

private slots:
    void listenFetchesTheAudio();
    void listenIsLimitedPerCaptcha();

private:
    CaptchaWidget* openCaptcha();
    RegistrationWizard* m_wizard = nullptr;
};

CaptchaWidget* TestGuiCaptchaAudio::openCaptcha()
{
    createApp();
    QTest::mouseClick(m_window->welcomePage()->createAccountButton(), Qt::LeftButton);
    m_wizard = shown(m_window->registrationWizard());
    if (!m_wizard
        || !fillRegistrationDetails(m_wizard, Method::Email, QStringLiteral("listen@example.com"), false))
        return nullptr;
    CaptchaWidget* captcha = m_wizard->detailsPage()->captcha();
    return QTest::qWaitFor([captcha] { return captcha->isLoaded(); }, 20000) ? captcha : nullptr;
}

void TestGuiCaptchaAudio::listenFetchesTheAudio()
{
    CaptchaWidget* captcha = openCaptcha();
    QVERIFY(captcha);
    QPushButton* listen = captcha->listenButton();
    QVERIFY(listen->isVisible());
    QVERIFY(listen->isEnabled());
    QVERIFY(listen->focusPolicy() & Qt::TabFocus);
    QVERIFY(listen->text().contains(QLatin1Char('&')));
    QVERIFY(!listen->accessibleName().isEmpty());
    QVERIFY(!listen->accessibleDescription().isEmpty());
    // After "Another picture" in the tab order, before the answer.
    QCOMPARE(captcha->anotherButton()->nextInFocusChain(), listen);

    QSignalSpy fetched(captcha, &CaptchaWidget::audioFetched);
    // By keyboard: focus the button and press Space, as a screen reader user does.
    listen->setFocus();
    QTest::keyClick(listen, Qt::Key_Space);
    QVERIFY(fetched.wait(20000));
    const qsizetype bytes = fetched.takeFirst().at(0).value<qsizetype>();
    QVERIFY2(bytes > 44 + 22050, qPrintable(QString::number(bytes))); // a header and over a second of sound

    if (QMediaDevices::defaultAudioOutput().isNull()) {
        // No sound output: a sentence, not a hang and not a crash.
        QTRY_VERIFY_WITH_TIMEOUT(captcha->loadError()->isVisible(), 10000);
        QCOMPARE(captcha->loadError()->message(),
                 QStringLiteral("This computer has no sound output, so the audio cannot be played."));
    }
    QTRY_VERIFY_WITH_TIMEOUT(listen->isEnabled(), 10000);
    // The answer is the picture's: solving it as usual moves on.
    QVERIFY(solveCaptcha(captcha));
    clickNext(m_wizard);
    QVERIFY(waitUntilSettled(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(RegistrationWizard::CodePageId));
}

void TestGuiCaptchaAudio::listenIsLimitedPerCaptcha()
{
    CaptchaWidget* captcha = openCaptcha();
    QVERIFY(captcha);
    QSignalSpy fetched(captcha, &CaptchaWidget::audioFetched);
    for (int i = 0; i < 3; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(captcha->listenButton()->isEnabled(), 10000);
        QTest::mouseClick(captcha->listenButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), i + 1, 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(captcha->listenButton()->isEnabled(), 10000);
    QTest::mouseClick(captcha->listenButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        captcha->loadError()->message(),
        QStringLiteral("This audio captcha cannot be played again. Get another picture, "
                       "then listen to it."),
        20000);
    QCOMPARE(fetched.count(), 3);
    // Another picture can be heard again.
    const QString firstId = captcha->answer().id;
    QTest::mouseClick(captcha->anotherButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(captcha->isLoaded() && captcha->answer().id != firstId, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(captcha->listenButton()->isEnabled(), 10000);
    QTest::mouseClick(captcha->listenButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 4, 20000);
}

QTEST_MAIN(TestGuiCaptchaAudio)
#include "TestGuiCaptchaAudio.moc"
