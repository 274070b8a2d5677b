// SPDX-License-Identifier: Apache-2.0
// Help → Diagnostics against a real account-server: the report of a working set-up, the cause
// when the server is down, Copy and Save, and never a secret or an unmasked address in it.
#include "DiagnosticsDialog.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "TestServer.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

class TestGuiDiagnostics : public GuiTestBase
{
    Q_OBJECT

private slots:
    void workingSetUp_data();
    void workingSetUp();
    void serverDown();
};

void TestGuiDiagnostics::workingSetUp_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestGuiDiagnostics::workingSetUp()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = addAccount(kEmail);
    QVERIFY(signInWithId(id, kPassword));

    DiagnosticsDialog* dialog = m_window->openDiagnostics();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && !dialog->reportText().isEmpty(), 30000);
    const QString report = dialog->reportText();
    QVERIFY2(!dialog->errorLabel()->isVisible(), qPrintable(report));
    QVERIFY(report.contains(m_serverUrl.toString()));
    QVERIFY(report.contains(QString::number(id)));
    QVERIFY(report.contains(QLatin1String("a***@example.com")));
    QVERIFY(!report.contains(kEmail));
    QVERIFY(!report.contains(kPassword));
    QVERIFY(!screenshot(dialog, QStringLiteral("diagnostics")).isEmpty());

    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), report);
    const QString path = m_dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(dialog->saveReport(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), report);
}

void TestGuiDiagnostics::serverDown()
{
    m_server->stop();
    DiagnosticsDialog* dialog = m_window->openDiagnostics();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && !dialog->reportText().isEmpty(), 30000);
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->reference().contains(QLatin1String("E-SERVER-UNREACHABLE")),
             qPrintable(dialog->errorLabel()->reference()));
    QVERIFY(dialog->reportText().contains(QLatin1String("FAIL")));
    QVERIFY(!screenshot(dialog, QStringLiteral("diagnostics-server-down")).isEmpty());
}

QTEST_MAIN(TestGuiDiagnostics)
#include "TestGuiDiagnostics.moc"
