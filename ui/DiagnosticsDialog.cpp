// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticsDialog.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "ui_DiagnosticsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

DiagnosticsDialog::DiagnosticsDialog(Session* session, TokenStore* tokens, AccountSettings* settings,
                                     QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_diagnostics(new Diagnostics(this))
    , m_ui(std::make_unique<Ui::DiagnosticsDialog>())
{
    m_ui->setupUi(this);
    m_ui->report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QPushButton* close = m_ui->buttons->button(QDialogButtonBox::Close);
    m_runAgain = new QPushButton(this);
    m_runAgain->setObjectName(QStringLiteral("runAgain"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    QWidget* previous = m_ui->report;
    for (QPushButton* button : { m_runAgain, m_copy, m_save }) {
        m_ui->buttons->addButton(button, QDialogButtonBox::ActionRole);
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, close); // Close last, after the actions, as it always was

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runAgain, &QPushButton::clicked, this, &DiagnosticsDialog::run);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copyReport);
    connect(m_save, &QPushButton::clicked, this, &DiagnosticsDialog::chooseFileAndSave);
    connect(m_diagnostics, &Diagnostics::checkFinished, this, &DiagnosticsDialog::checkFinished);
    connect(m_diagnostics, &Diagnostics::finished, this, &DiagnosticsDialog::finished);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

ErrorLabel* DiagnosticsDialog::errorLabel() const
{
    return m_ui->error;
}

void DiagnosticsDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    //: Runs the diagnostics checks once more
    m_runAgain->setText(tr("&Run Again"));
    m_copy->setText(tr("&Copy Report"));
    m_save->setText(tr("&Save Report…"));
}

void DiagnosticsDialog::run()
{
    if (m_diagnostics->isRunning())
        return;
    m_text.clear();
    m_ui->report->clear();
    m_ui->error->clear();
    m_ui->summary->setText(tr("Checking the connection to the server, the keychain and your accounts…"));
    for (QPushButton* button : { m_runAgain, m_copy, m_save })
        button->setEnabled(false);
    m_ui->busy->start(tr("Running the checks…"));
    m_diagnostics->start(Diagnostics::setupFor(m_session, m_tokens, m_settings));
}

bool DiagnosticsDialog::isRunning() const
{
    return m_diagnostics->isRunning();
}

QString DiagnosticsDialog::reportText() const
{
    return m_text;
}

void DiagnosticsDialog::checkFinished(const DiagnosticCheck& check)
{
    // Shown as each check ends, so a slow server is visibly the one step still running.
    m_ui->report->appendPlainText(check.toText());
}

void DiagnosticsDialog::finished(const DiagnosticsReport& report)
{
    m_ui->busy->stop();
    m_text = report.toText();
    m_ui->report->setPlainText(m_text);
    for (QPushButton* button : { m_runAgain, m_copy, m_save })
        button->setEnabled(true);
    if (report.ok()) {
        m_ui->summary->setText(tr("Everything works: the server answers, its certificate is trusted and the "
                                  "keychain can be used."));
    } else {
        //: Above the first problem the checks found; the report below has the details for support
        m_ui->summary->setText(tr("A problem was found:"));
        m_ui->error->showError(report.error);
    }
    emit reportReady();
}

void DiagnosticsDialog::copyReport()
{
    QApplication::clipboard()->setText(m_text);
    m_ui->summary->setText(tr("The report has been copied. Paste it into your message to support."));
}

void DiagnosticsDialog::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"), folder + QStringLiteral("/account-manager-diagnostics.txt"),
        //: File type filter in the save dialog
        tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool DiagnosticsDialog::saveReport(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_text.toUtf8()) < 0
        || !file.commit()) {
        //: %1 is a file path, %2 the system's reason
        m_ui->summary->setText(tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_ui->summary->setText(tr("The report has been saved to %1.").arg(path));
    return true;
}
