// SPDX-License-Identifier: Apache-2.0
#include "DeleteAccountWizard.h"

#include "BoundDevicesPage.h"
#include "CodeEntryPage.h"
#include "DeletionConfirmPage.h"
#include "DonePage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"
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
        return m_twoStepNeeded ? TwoStepPageId : DonePageId;
    return QWizard::nextId();
}

void DeleteAccountWizard::deleteAccount()
{
    if (isBusy())
        return;
    const bool withTwoStep = currentId() == TwoStepPageId;
    SubmitPage* page
        = withTwoStep ? static_cast<SubmitPage*>(m_ui->twoStepCodePage) : m_ui->deletionConfirmPage;
    DeleteAccountRequest request;
    request.password = m_ui->deletionConfirmPage->password();
    request.challengeId = m_challengeId;
    request.code = m_code;
    if (withTwoStep)
        request.twoStep = TwoStepAnswer { m_ui->twoStepCodePage->code() };
    m_committing = true;
    m_session->deleteAccount(request, startRequest(page), [this, page, withTwoStep](const ApiError& error) {
        finishRequest();
        if (!error) {
            m_deleted = true;
            m_ui->deletionConfirmPage->clearPassword();
            m_code.clear();
            m_ui->donePage->setMessage(tr("Your account has been deleted and this computer "
                                          "signed out. A confirmation has been sent to you."));
            page->proceed();
            emit accountDeleted();
            return;
        }
        if (startOverAfter(error))
            return;
        switch (error.code) {
        case ErrorCode::TwoStepRequired:
            if (withTwoStep) {
                m_ui->twoStepCodePage->showError(error); // the code was not taken
            } else {
                m_twoStepNeeded = true;
                m_ui->twoStepCodePage->reset();
                m_ui->deletionConfirmPage->proceed();
            }
            break;
        case ErrorCode::CodeWrong:
        case ErrorCode::CodeExpired:
        case ErrorCode::CodeAttemptsExceeded:
            // Sent with a two-step code, a code error is about that one unless it names the other.
            if (withTwoStep && error.field != QLatin1String("code")) {
                m_ui->twoStepCodePage->showError(error);
                break;
            }
            goBackTo(CodePageId);
            m_ui->codeEntryPage->showError(error);
            break;
        default:
            if (withTwoStep && error.field == QLatin1String("password")) {
                goBackTo(ConfirmPageId);
                m_ui->deletionConfirmPage->showError(error);
                break;
            }
            page->showError(error);
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
