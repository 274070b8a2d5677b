// SPDX-License-Identifier: Apache-2.0
// The two-step verification widgets on their own, with no server: the QR code as drawn, the key in
// groups, the code page and its backup-code field, the backup codes page (Next waits for the tick,
// Save and Print write what the codes are), and the account page's On/Off.
#include "AccountPage.h"
#include "BackupCodesPage.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "QrCode.h"
#include "TwoStepCodePage.h"
#include "TwoStepQrPage.h"
#include "protocol/AccountMessages.h"
#include "protocol/TwoStepMessages.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

namespace {
const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const QString kUri
    = QStringLiteral("otpauth://totp/Account%20Manager:1234567890?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                     "&issuer=Account%20Manager&digits=6&period=30");

// Whether the image has both black and white pixels: a QR code, not a blank or a black square.
bool hasBothColours(const QImage& image)
{
    bool dark = false;
    bool light = false;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height() && !(dark && light); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            dark = dark || line[x] < 64;
            light = light || line[x] > 192;
        }
    }
    return dark && light;
}
} // namespace

class TestGuiTwoStepWidgets : public GuiTestBase
{
    Q_OBJECT

public:
    TestGuiTwoStepWidgets()
        : GuiTestBase(Server::None)
    {
    }

private slots:
    void qrCodeIsDrawnModuleForModule();
    void qrPageShowsCodeAndGroupedKey();
    void codePageSwitchesToBackupCode();
    void backupCodesWaitForTheTick();
    void accountPageSaysOnOrOff();
};

void TestGuiTwoStepWidgets::qrCodeIsDrawnModuleForModule()
{
    const QrCode code = QrCode::encode(kUri);
    QVERIFY(!code.isNull());
    // A version's side is 17 + 4 × version modules; this URI needs more than version 1.
    QCOMPARE((code.width() - 17) % 4, 0);
    QVERIFY(code.width() > 21);
    // The finder pattern in the top-left corner: a dark ring, a light ring, a dark centre.
    QVERIFY(code.isDark(0, 0));
    QVERIFY(code.isDark(6, 6));
    QVERIFY(!code.isDark(1, 1));
    QVERIFY(code.isDark(3, 3));
    QVERIFY(!code.isDark(7, 7)); // the separator

    const QImage image = code.image(250);
    QCOMPARE(image.width(), image.height());
    const int modules = code.width() + 2 * QrCode::kQuietZone;
    QCOMPARE(image.width() % modules, 0); // whole pixels a module: sharp edges
    const int scale = image.width() / modules;
    QVERIFY(scale >= 2);
    QVERIFY(image.width() <= 250);
    // Every module, read back at its centre, is what the encoder said; the quiet zone is white.
    for (int y = -QrCode::kQuietZone; y < code.width() + QrCode::kQuietZone; ++y) {
        for (int x = -QrCode::kQuietZone; x < code.width() + QrCode::kQuietZone; ++x) {
            const QPoint centre((x + QrCode::kQuietZone) * scale + scale / 2,
                                (y + QrCode::kQuietZone) * scale + scale / 2);
            const bool dark = qGray(image.pixel(centre)) < 128;
            QVERIFY2(dark == code.isDark(x, y), qPrintable(QStringLiteral("module %1,%2").arg(x).arg(y)));
        }
    }
    QVERIFY(QrCode().image(100).isNull());
}

void TestGuiTwoStepWidgets::qrPageShowsCodeAndGroupedKey()
{
    QWizard wizard;
    auto* page = new TwoStepQrPage;
    wizard.addPage(page);
    TwoStepSetup setup;
    setup.setupId = QStringLiteral("setup-1");
    setup.secret = kSecret;
    setup.otpauthUri = kUri;
    page->setSetup(setup);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Square, big enough to scan, and a code rather than a blank.
    const QPixmap pixmap = page->qrLabel()->pixmap();
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.width(), pixmap.height());
    QVERIFY(pixmap.deviceIndependentSize().width() >= 150);
    QVERIFY(hasBothColours(pixmap.toImage()));
    QVERIFY(!page->qrLabel()->accessibleName().isEmpty());

    // The key in groups of four, selectable, and copied without the spaces.
    QCOMPARE(page->secretLabel()->text(), QStringLiteral("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"));
    QVERIFY(page->secretLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(TwoStepQrPage::groupedSecret(QStringLiteral("ABCDEF")), QStringLiteral("ABCD EF"));
    QTest::mouseClick(page->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), kSecret);
    QApplication::clipboard()->clear();
}

void TestGuiTwoStepWidgets::codePageSwitchesToBackupCode()
{
    QWizard wizard;
    auto* page = new TwoStepCodePage;
    wizard.addPage(page);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // The app's code first: digits only, six at most, whatever is pasted.
    QVERIFY(page->codeEdit()->isVisible());
    QVERIFY(!page->backupEdit()->isVisible());
    QVERIFY(!page->codeEdit()->accessibleName().isEmpty());
    const QString appHint = page->hintLabel()->text();
    QVERIFY(appHint.contains(QLatin1String("authenticator app")));
    page->codeEdit()->setFocus();
    QTest::keyClicks(page->codeEdit(), QStringLiteral("12a3 45-6789"));
    QCOMPARE(page->codeEdit()->text(), QStringLiteral("123456"));
    QCOMPARE(page->code(), QStringLiteral("123456"));

    // Nothing typed in the backup field: Next says so under it, and nothing is sent.
    QSignalSpy submitted(page, &SubmitPage::submitted);
    QTest::mouseClick(page->switchButton(), Qt::LeftButton);
    QVERIFY(page->isBackupMode());
    QVERIFY(page->backupEdit()->isVisible());
    QVERIFY(!page->codeEdit()->isVisible());
    QVERIFY(page->backupEdit()->hasFocus());
    QVERIFY(!page->backupEdit()->accessibleName().isEmpty());
    QVERIFY(page->hintLabel()->text() != appHint);
    QVERIFY(page->hintLabel()->text().contains(QLatin1String("backup codes")));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(page->codeError()->isVisible());
    QCOMPARE(submitted.count(), 0);
    QTest::keyClicks(page->backupEdit(), QStringLiteral("abcd efgh"));
    QCOMPARE(page->code(), QStringLiteral("abcdefgh"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);

    // A server's "wrong code" shows under the field and keeps what was typed.
    ApiError wrong(ErrorCode::CodeWrong, QStringLiteral("twoStep.code"));
    page->showError(wrong);
    QVERIFY(page->codeError()->isVisible());
    QVERIFY(page->codeError()->reference().contains(QLatin1String("E-CODE-WRONG")));
    QCOMPARE(page->backupEdit()->text(), QStringLiteral("abcd efgh"));

    // Back to the app's code, which was kept; without backup codes there is no switch at all.
    QTest::mouseClick(page->switchButton(), Qt::LeftButton);
    QCOMPARE(page->code(), QStringLiteral("123456"));
    page->setBackupAllowed(false);
    QVERIFY(!page->switchButton()->isVisible());
    page->reset();
    QVERIFY(page->code().isEmpty());
}

void TestGuiTwoStepWidgets::backupCodesWaitForTheTick()
{
    QWizard wizard;
    auto* page = new BackupCodesPage;
    wizard.addPage(page);
    wizard.addPage(new QWizardPage);
    QStringList codes;
    for (int i = 0; i < 10; ++i)
        codes << QStringLiteral("%1-%2").arg(1000 + i * 7).arg(9000 - i * 13);
    page->setCodes(1234567890, codes);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QCOMPARE(page->codes(), codes);
    QCOMPARE(page->codesWidget()->findChildren<QLabel*>().size(), 10);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->warningLabel()->text().contains(QLatin1String("safe")));
    page->savedCheckBox()->click();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Saved: a header saying what they are and for which account, every code, for the owner only.
    QVERIFY(page->defaultFileName().endsWith(QLatin1String("account-manager-backup-codes-1234567890.txt")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codes.txt"));
    QVERIFY(page->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY(text.startsWith(QLatin1String("Account Manager: backup codes for two-step verification")));
    QVERIFY(text.contains(QLatin1String("1234567890")));
    for (const QString& code : codes)
        QVERIFY(text.contains(code));
    QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("codes.txt")));
    QVERIFY(!page->saveTo(dir.filePath(QStringLiteral("missing/folder/codes.txt"))));

    // Printed (to a PDF file here: the same path as a printer).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.filePath(QStringLiteral("codes.pdf"));
    printer.setOutputFileName(pdf);
    page->printTo(&printer);
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(4) == "%PDF");
    QVERIFY(printed.size() > 1000);
}

void TestGuiTwoStepWidgets::accountPageSaysOnOrOff()
{
    AccountPage* page = m_window->accountPage();
    AccountProfile profile;
    profile.accountId = 1234567890;
    profile.email = kEmail;
    profile.region = QStringLiteral("RU");
    page->setProfile(profile);
    QCOMPARE(page->twoStepStateLabel()->text(), QStringLiteral("Two-step verification: Off"));
    QVERIFY(page->twoStepButton()->isEnabled());
    profile.twoStep = true;
    page->setProfile(profile);
    QCOMPARE(page->twoStepStateLabel()->text(), QStringLiteral("Two-step verification: On"));
    page->showLoading(profile.accountId);
    QVERIFY(!page->twoStepButton()->isEnabled());
}

QTEST_MAIN(TestGuiTwoStepWidgets)
#include "TestGuiTwoStepWidgets.moc"
