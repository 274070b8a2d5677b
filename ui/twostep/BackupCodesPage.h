// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPrinter;
class QPushButton;

// The backup codes, shown once, right after two-step verification is switched on: each signs in
// once when the authenticator app is not at hand. "Save to File…" and "Print…" keep them; the
// wizard goes on only once the owner ticks that they are kept somewhere safe (Next waits for it).
class BackupCodesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BackupCodesPage(QWidget* parent = nullptr);

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

    QLabel* warningLabel() const { return m_warning; }
    QCheckBox* savedCheckBox() const { return m_saved; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* printButton() const { return m_print; }
    QLabel* statusLabel() const { return m_status; }
    QWidget* codesWidget() const { return m_codesBox; }

private:
    void retranslateUi();
    void chooseFileAndSave();
    void choosePrinterAndPrint();

    qint64 m_accountId = 0;
    QStringList m_codeList;
    QLabel* m_warning;
    QWidget* m_codesBox;
    QGridLayout* m_codesGrid;
    QPushButton* m_save;
    QPushButton* m_print;
    QLabel* m_status;
    QCheckBox* m_saved;
};
