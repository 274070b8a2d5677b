// SPDX-License-Identifier: Apache-2.0
#include "BackupCodesPage.h"

#include "Retranslator.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
constexpr int kRows = 5; // ten codes in two columns
} // namespace

BackupCodesPage::BackupCodesPage(QWidget* parent)
    : QWizardPage(parent)
    , m_warning(new WrappedLabel(this))
    , m_codesBox(new QWidget(this))
    , m_codesGrid(new QGridLayout(m_codesBox))
    , m_save(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_status(new WrappedLabel(this))
    , m_saved(new QCheckBox(this))
{
    setObjectName(QStringLiteral("backupCodesPage"));
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setWordWrap(true);
    m_codesBox->setObjectName(QStringLiteral("backupCodes"));
    // A panel of the base colour, so that the codes read as one block apart from the text.
    m_codesBox->setAutoFillBackground(true);
    m_codesBox->setBackgroundRole(QPalette::Base);
    m_codesGrid->setContentsMargins(16, 10, 16, 10);
    m_codesGrid->setHorizontalSpacing(40);
    m_codesGrid->setVerticalSpacing(4);
    m_save->setObjectName(QStringLiteral("saveBackupCodes"));
    m_print->setObjectName(QStringLiteral("printBackupCodes"));
    m_save->setAutoDefault(false);
    m_print->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_saved->setObjectName(QStringLiteral("backupSaved"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_warning);
    layout->addWidget(m_codesBox, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_saved);

    connect(m_save, &QPushButton::clicked, this, &BackupCodesPage::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &BackupCodesPage::choosePrinterAndPrint);
    connect(m_saved, &QCheckBox::toggled, this, &BackupCodesPage::completeChanged);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void BackupCodesPage::retranslateUi()
{
    setTitle(tr("Save your backup codes"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("They are shown only now."));
    m_warning->setText(tr("<p>If your phone is lost or the app is gone, a backup code signs you in "
                          "instead of the app's code. Each code works once.</p>"
                          "<p><b>Keep them somewhere safe where nobody else can see them</b>: printed "
                          "and put away, or in a password manager. Anyone with a code and your "
                          "password can sign in.</p>"));
    m_save->setText(tr("Save to &File…"));
    m_print->setText(tr("&Print…"));
    //: Kept short: a checkbox's text does not wrap
    m_saved->setText(tr("I have &saved my backup codes"));
    m_codesBox->setAccessibleName(tr("Backup codes"));
}

void BackupCodesPage::setCodes(qint64 accountId, const QStringList& codes)
{
    m_accountId = accountId;
    m_codeList = codes;
    while (QLayoutItem* item = m_codesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(this->font().pointSizeF() * 1.25);
    for (int i = 0; i < codes.size(); ++i) {
        auto* label = new QLabel(codes.at(i), m_codesBox);
        label->setObjectName(QStringLiteral("backupCode%1").arg(i + 1));
        label->setFont(font);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_codesGrid->addWidget(label, i % kRows, i / kRows);
    }
    m_status->clear();
    m_saved->setChecked(false);
}

void BackupCodesPage::clear()
{
    setCodes(0, {});
}

bool BackupCodesPage::isSaved() const
{
    return m_saved->isChecked();
}

bool BackupCodesPage::isComplete() const
{
    return m_saved->isChecked();
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
        m_status->setText(tr("The codes could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("The codes have been saved to %1.").arg(QDir::toNativeSeparators(path)));
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
    m_status->setText(tr("The codes have been sent to the printer."));
}
