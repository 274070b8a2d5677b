// SPDX-License-Identifier: Apache-2.0
#include "DeleteAccountWizard.h"

#include "BoundDevicesPage.h"
#include "CodeEntryPage.h"
#include "DeletionConfirmPage.h"
#include "DonePage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"
#include "TwoStepGuard.h"
#include "session/Session.h"
#include "ui_DeleteAccountWizard.h"

DeleteAccountWizard::DeleteAccountWizard(Session* session, QWidget* parent)
    : AccountChangeWizard(session, parent)
    , m_ui(std::make_unique<Ui::DeleteAccountWizard>())
    , m_devicesPage(new BoundDevicesPage(session, this))
{
    // The devices page takes the session: made here; the other pages come from the form.
    setPage(DevicesPageId, m_devicesPage);
    m_ui->setupUi(this);
    m_twoStep = std::make_unique<TwoStepGuard>(
        this,
        TwoStepGuard::Pages { m_ui->deletionConfirmPage, ConfirmPageId, QStringLiteral("password"),
                              m_ui->twoStepCodePage, TwoStepPageId, m_ui->codeEntryPage, CodePageId });
    m_ui->deletionConfirmPage->setAccountId(session->accountId());
    setStartId(IntroPageId);
    setMinimumSize(600, 560);

    setUpCodePages(m_ui->sendCodePage, m_ui->codeEntryPage, &Session::startAccountDeletion);
    connect(m_ui->deletionConfirmPage, &DeletionConfirmPage::deleteRequested, this,
            &DeleteAccountWizard::deleteAccount);
    connect(m_ui->twoStepCodePage, &SubmitPage::submitted, this, &DeleteAccountWizard::deleteAccount);
    retranslateUi();
}

DeleteAccountWizard::~DeleteAccountWizard() = default;

void DeleteAccountWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    m_ui->retranslateUi(this);
    setButtonText(QWizard::FinishButton, tr("Close"));
    //: The code page's button (the guide's «Подтвердить»)
    m_ui->codeEntryPage->setButtonText(QWizard::NextButton, tr("Confirm"));
    m_ui->twoStepCodePage->setButtonText(QWizard::NextButton, tr("Delete Account"));
}

bool DeleteAccountWizard::startOverAfter(const ApiError& error)
{
    if (error.code == ErrorCode::DevicesStillBound) {
        // A device signed in meanwhile: unbind it, then a new code confirms again.
        goBackTo(DevicesPageId);
        m_devicesPage->showStillBound(error);
        return true;
    }
    if (error.code != ErrorCode::ChallengeNotFound)
        return false;
    m_challengeId.clear();
    goBackTo(SendPageId);
    m_ui->sendCodePage->showError(error);
    return true;
}

int DeleteAccountWizard::nextId() const
{
    // The two-step code only when the server asks for it.
    if (currentId() == ConfirmPageId)
        return m_twoStep->isNeeded() ? TwoStepPageId : DonePageId;
    return QWizard::nextId();
}

void DeleteAccountWizard::deleteAccount()
{
    if (isBusy())
        return;
    SubmitPage* page = m_twoStep->sendingPage();
    DeleteAccountRequest request;
    request.password = m_ui->deletionConfirmPage->password();
    request.challengeId = m_challengeId;
    request.code = m_code;
    request.twoStep = m_twoStep->answer();
    m_committing = true;
    m_session->deleteAccount(request, startRequest(page), [this, page](const ApiError& error) {
        finishRequest();
        if (!error) {
            m_deleted = true;
            m_ui->deletionConfirmPage->clearPassword();
            m_code.clear();
            m_ui->donePage->setMessage(tr("Your account has been deleted and this computer "
                                          "signed out. A confirmation has been sent to you."));
            page->proceed();
            emit accountDeleted();
        } else if (!startOverAfter(error)) {
            m_twoStep->showError(error);
        }
    });
}

void DeleteAccountWizard::done(int result)
{
    // Deleted: the pages have nothing left to check, and Close is the only way out.
    if (m_deleted) {
        QDialog::done(QDialog::Accepted);
        return;
    }
    QWizard::done(result);
}

void DeleteAccountWizard::reject()
{
    if (m_committing)
        return;
    // Unlike the other flows, Cancel closes at once: a pending answer is dropped, what was typed
    // stays for next time.
    cancelRequest();
    QWizard::reject();
}
