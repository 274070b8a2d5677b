// SPDX-License-Identifier: Apache-2.0
#include "TwoStepSetupWizard.h"

#include "BackupCodesPage.h"
#include "DonePage.h"
#include "TwoStepCodePage.h"
#include "TwoStepPasswordPage.h"
#include "TwoStepQrPage.h"
#include "session/Session.h"

TwoStepSetupWizard::TwoStepSetupWizard(Session* session, QWidget* parent)
    : FlowWizard(session, parent)
    , m_passwordPage(new TwoStepPasswordPage(this))
    , m_qrPage(new TwoStepQrPage(this))
    , m_codePage(new TwoStepCodePage(this))
    , m_backupPage(new BackupCodesPage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("twoStepSetupWizard"));
    // The first code switches it on: from there, there is nothing to go back to.
    m_codePage->setCommitPage(true);
    m_codePage->setBackupAllowed(false);

    setPage(PasswordPageId, m_passwordPage);
    setPage(QrPageId, m_qrPage);
    setPage(CodePageId, m_codePage);
    setPage(BackupPageId, m_backupPage);
    setPage(DonePageId, m_donePage);
    setStartId(PasswordPageId);
    // Room for the QR code beside the key, and for a wrapped error under the code.
    setMinimumSize(640, 600);

    connect(m_passwordPage, &TwoStepPasswordPage::passwordEntered, this, &TwoStepSetupWizard::start);
    connect(m_codePage, &SubmitPage::submitted, this, &TwoStepSetupWizard::confirm);
    connect(this, &QWizard::currentIdChanged, this, &TwoStepSetupWizard::pageChanged);
    retranslateUi();
}

void TwoStepSetupWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    setWindowTitle(tr("Two-Step Verification"));
    setButtonText(QWizard::FinishButton, tr("Done"));
    m_codePage->setTitle(tr("Enter the code from the app"));
    //: Kept short: the wizard's header has room for about one line
    m_codePage->setSubTitle(tr("This checks that the app and the server agree."));
    //: The button that switches two-step verification on with the first code
    m_codePage->setButtonText(QWizard::CommitButton, tr("&Turn On"));
    m_donePage->setTitle(tr("Two-step verification is on"));
    m_donePage->setMessage(tr("From now on, signing in to your account asks for your password and then "
                              "for a code from your authenticator app, or for one of your backup codes."));
}

void TwoStepSetupWizard::start(const QString& password)
{
    if (isBusy())
        return;
    m_session->startTwoStep(password, startRequest(m_passwordPage),
                            answerTo<TwoStepSetup>(m_passwordPage, [this](const TwoStepSetup& setup) {
                                m_setupId = setup.setupId;
                                m_qrPage->setSetup(setup);
                                m_codePage->setDigits(setup.digits);
                                m_codePage->reset();
                                m_passwordPage->clearPassword();
                                m_passwordPage->proceed();
                            }));
}

void TwoStepSetupWizard::confirm()
{
    if (isBusy())
        return;
    TwoStepConfirmRequest request;
    request.setupId = m_setupId;
    request.code = m_codePage->code();
    // The server switches it on the moment the code is right: Cancel could only hide that.
    m_committing = true;
    m_session->confirmTwoStep(
        request, startRequest(m_codePage),
        answerTo<TwoStepBackupCodes>(m_codePage, [this](const TwoStepBackupCodes& codes) {
            m_enabled = true;
            m_setupId.clear();
            m_backupPage->setCodes(m_session->accountId(), codes.backupCodes);
            m_codePage->proceed();
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
    m_passwordPage->showError(error);
    return true;
}

void TwoStepSetupWizard::pageChanged(int id)
{
    // The backup codes are shown once: no way out of their page but ticking that they are kept.
    setOption(QWizard::NoCancelButton, id == BackupPageId);
}

void TwoStepSetupWizard::reject()
{
    if (currentId() == BackupPageId && !m_backupPage->isSaved())
        return; // Escape or the window's close button: the codes would be gone unseen
    FlowWizard::reject();
}
