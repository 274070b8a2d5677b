// SPDX-License-Identifier: Apache-2.0
#include "TwoStepSetupWizard.h"

#include "BackupCodesPage.h"
#include "DonePage.h"
#include "TwoStepCodePage.h"
#include "TwoStepPasswordPage.h"
#include "TwoStepQrPage.h"
#include "session/Session.h"
#include "ui_TwoStepSetupWizard.h"

TwoStepSetupWizard::TwoStepSetupWizard(Session* session, QWidget* parent)
    : FlowWizard(session, parent)
    , m_ui(std::make_unique<Ui::TwoStepSetupWizard>())
{
    m_ui->setupUi(this);
    // The first code switches it on: from there, there is nothing to go back to.
    m_ui->twoStepCodePage->setCommitPage(true);
    m_ui->twoStepCodePage->setBackupAllowed(false);
    setStartId(PasswordPageId);
    // Room for the QR code beside the key, and for a wrapped error under the code.
    setMinimumSize(640, 600);

    connect(m_ui->twoStepPasswordPage, &TwoStepPasswordPage::passwordEntered, this,
            &TwoStepSetupWizard::start);
    connect(m_ui->twoStepCodePage, &SubmitPage::submitted, this, &TwoStepSetupWizard::confirm);
    connect(this, &QWizard::currentIdChanged, this, &TwoStepSetupWizard::pageChanged);
    retranslateUi();
}

TwoStepSetupWizard::~TwoStepSetupWizard() = default;

void TwoStepSetupWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    m_ui->retranslateUi(this);
    setButtonText(QWizard::FinishButton, tr("Done"));
    //: The button that switches two-step verification on with the first code
    m_ui->twoStepCodePage->setButtonText(QWizard::CommitButton, tr("&Turn On"));
    m_ui->donePage->setMessage(
        tr("From now on, signing in to your account asks for your password and then "
           "for a code from your authenticator app, or for one of your backup codes."));
}

void TwoStepSetupWizard::start(const QString& password)
{
    if (isBusy())
        return;
    m_session->startTwoStep(
        password, startRequest(m_ui->twoStepPasswordPage),
        answerTo<TwoStepSetup>(m_ui->twoStepPasswordPage, [this](const TwoStepSetup& setup) {
            m_setupId = setup.setupId;
            m_ui->twoStepQrPage->setSetup(setup);
            m_ui->twoStepCodePage->setDigits(setup.digits);
            m_ui->twoStepCodePage->reset();
            m_ui->twoStepPasswordPage->clearPassword();
            m_ui->twoStepPasswordPage->proceed();
        }));
}

void TwoStepSetupWizard::confirm()
{
    if (isBusy())
        return;
    TwoStepConfirmRequest request;
    request.setupId = m_setupId;
    request.code = m_ui->twoStepCodePage->code();
    // The server switches it on the moment the code is right: Cancel could only hide that.
    m_committing = true;
    m_session->confirmTwoStep(
        request, startRequest(m_ui->twoStepCodePage),
        answerTo<TwoStepBackupCodes>(m_ui->twoStepCodePage, [this](const TwoStepBackupCodes& codes) {
            m_enabled = true;
            m_setupId.clear();
            m_ui->backupCodesPage->setCodes(m_session->accountId(), codes.backupCodes);
            m_ui->twoStepCodePage->proceed();
            m_session->refreshProfile();
            emit twoStepEnabled();
        }));
}

bool TwoStepSetupWizard::startOverAfter(const ApiError& error)
{
    if (error.field != QLatin1String("setupId") && error.code != ErrorCode::CodeAttemptsExceeded)
        return false;
    // The secret is no longer waiting (expired, or five wrong codes): a new one, from the password.
    goBackTo(PasswordPageId);
    m_ui->twoStepPasswordPage->showError(error);
    return true;
}

void TwoStepSetupWizard::pageChanged(int id)
{
    // The backup codes are shown once: no way out of their page but ticking that they are kept.
    setOption(QWizard::NoCancelButton, id == BackupPageId);
}

void TwoStepSetupWizard::reject()
{
    if (currentId() == BackupPageId && !m_ui->backupCodesPage->isSaved())
        return; // Escape or the window's close button: the codes would be gone unseen
    FlowWizard::reject();
}
