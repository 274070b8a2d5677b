// SPDX-License-Identifier: Apache-2.0
#include "BackupCodesPage.h"

#include "Retranslator.h"
#include "ui_BackupCodesPage.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace {
constexpr int kRows = 5; // ten codes in two columns
} // namespace

BackupCodesPage::BackupCodesPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BackupCodesPage>())
{
    m_ui->setupUi(this);
    // A panel of the base colour, so that the codes read as one block apart from the text.
    m_ui->backupCodes->setBackgroundRole(QPalette::Base);

    connect(m_ui->saveBackupCodes, &QPushButton::clicked, this, &BackupCodesPage::chooseFileAndSave);
    connect(m_ui->printBackupCodes, &QPushButton::clicked, this, &BackupCodesPage::choosePrinterAndPrint);
    connect(m_ui->backupSaved, &QCheckBox::toggled, this, &BackupCodesPage::completeChanged);
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

BackupCodesPage::~BackupCodesPage() = default;

QLabel* BackupCodesPage::warningLabel() const
{
    return m_ui->backupWarning;
}

QCheckBox* BackupCodesPage::savedCheckBox() const
{
    return m_ui->backupSaved;
}

QPushButton* BackupCodesPage::saveButton() const
{
    return m_ui->saveBackupCodes;
}

QLabel* BackupCodesPage::statusLabel() const
{
    return m_ui->backupStatus;
}

QWidget* BackupCodesPage::codesWidget() const
{
    return m_ui->backupCodes;
}

void BackupCodesPage::setCodes(qint64 accountId, const QStringList& codes)
{
    m_accountId = accountId;
    m_codeList = codes;
    while (QLayoutItem* item = m_ui->codesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(this->font().pointSizeF() * 1.25);
    for (int i = 0; i < codes.size(); ++i) {
        auto* label = new QLabel(codes.at(i), m_ui->backupCodes);
        label->setObjectName(QStringLiteral("backupCode%1").arg(i + 1));
        label->setFont(font);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->codesGrid->addWidget(label, i % kRows, i / kRows);
    }
    m_ui->backupStatus->clear();
    m_ui->backupSaved->setChecked(false);
}

void BackupCodesPage::clear()
{
    setCodes(0, {});
}

bool BackupCodesPage::isSaved() const
{
    return m_ui->backupSaved->isChecked();
}

bool BackupCodesPage::isComplete() const
{
    return m_ui->backupSaved->isChecked();
}

QString BackupCodesPage::document() const
{
    QStringList lines;
    //: First line of the saved or printed backup codes
    lines << tr("Account Manager: backup codes for two-step verification");
    //: %1 is the account ID
    lines << tr("Account ID: %1").arg(m_accountId);
    //: %1 is today's date
    lines << tr("Made on: %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    lines << QString();
    lines << tr("Each code signs you in once when your authenticator app is not at hand. Keep them "
                "somewhere safe: anyone with a code and your password can sign in.");
    lines << QString();
    for (int i = 0; i < m_codeList.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1, 2).arg(m_codeList.at(i));
    lines << QString();
    return lines.join(QLatin1Char('\n'));
}

QString BackupCodesPage::defaultFileName() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("account-manager-backup-codes-%1.txt").arg(m_accountId));
}

void BackupCodesPage::chooseFileAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Backup Codes"), defaultFileName(),
                                                      //: File type filter in the save dialog
                                                      tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool BackupCodesPage::saveTo(const QString& path)
{
    QSaveFile file(path);
    // Readable by its owner only: the codes are a way into the account.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(document().toUtf8()) < 0 || !file.commit()) {
        //: %1 is a file path, %2 the system's reason
        m_ui->backupStatus->setText(
            tr("The codes could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_ui->backupStatus->setText(tr("The codes have been saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BackupCodesPage::printTo(QPrinter* printer) const
{
    QTextDocument text;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(11);
    text.setDefaultFont(font);
    text.setPlainText(document());
    text.print(printer);
}

void BackupCodesPage::choosePrinterAndPrint()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Backup Codes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
    m_ui->backupStatus->setText(tr("The codes have been sent to the printer."));
}
