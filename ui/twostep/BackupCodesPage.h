// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWizardPage>
#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;
namespace Ui {
class BackupCodesPage;
}

// The backup codes, shown once, right after two-step verification is switched on: each signs in
// once when the authenticator app is not at hand. "Save to File…" and "Print…" keep them; the
// wizard goes on only once the owner ticks that they are kept somewhere safe (Next waits for it).
class BackupCodesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BackupCodesPage(QWidget* parent = nullptr);
    ~BackupCodesPage() override;

    void setCodes(qint64 accountId, const QStringList& codes);
    QStringList codes() const { return m_codeList; }
    // Forgets the codes (the wizard is done with them).
    void clear();

    // What Save and Print write: a header saying what the codes are, then the codes.
    QString document() const;
    // "account-manager-backup-codes-<account ID>.txt" in the documents folder.
    QString defaultFileName() const;
    bool saveTo(const QString& path);
    void printTo(QPrinter* printer) const;
    bool isSaved() const;

    bool isComplete() const override;

    QLabel* warningLabel() const;
    QCheckBox* savedCheckBox() const;
    QPushButton* saveButton() const;
    QLabel* statusLabel() const;
    QWidget* codesWidget() const;

private:
    void chooseFileAndSave();
    void choosePrinterAndPrint();

    std::unique_ptr<Ui::BackupCodesPage> m_ui;
    qint64 m_accountId = 0;
    QStringList m_codeList;
};
