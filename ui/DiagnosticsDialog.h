// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/Diagnostics.h"

#include <QDialog>
#include <memory>

class AccountSettings;
class ErrorLabel;
class QPushButton;
class Session;
class TokenStore;
namespace Ui {
class DiagnosticsDialog;
}

// Help → Diagnostics: the checks support staff ask for (versions, server reachability and round
// trip, TLS and its certificate chain, clock difference, keychain, accounts masked, the last
// errors with their request IDs), run in the background as soon as it opens. The report is the
// same text account-ctl diagnose prints, in English for support; "Copy Report" and "Save
// Report…" hand it over. It never holds a secret (the Redactor has been over it).
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosticsDialog(Session* session, TokenStore* tokens, AccountSettings* settings,
                      QWidget* parent = nullptr);
    ~DiagnosticsDialog() override;

    void run();
    bool isRunning() const;
    QString reportText() const;
    // Writes the report to a file; false, with the reason shown in the dialog, when it cannot.
    bool saveReport(const QString& path);
    ErrorLabel* errorLabel() const;
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* runAgainButton() const { return m_runAgain; }

signals:
    void reportReady();

private:
    void retranslateUi();
    void checkFinished(const DiagnosticCheck& check);
    void finished(const DiagnosticsReport& report);
    void copyReport();
    void chooseFileAndSave();

    Session* m_session;
    TokenStore* m_tokens;
    AccountSettings* m_settings;
    Diagnostics* m_diagnostics;
    std::unique_ptr<Ui::DiagnosticsDialog> m_ui; // the widgets, from DiagnosticsDialog.ui
    // In the form's button box beside Close; made here, as a form cannot add to a button box.
    QPushButton* m_runAgain;
    QPushButton* m_copy;
    QPushButton* m_save;
    QString m_text;
};
