// SPDX-License-Identifier: Apache-2.0
#include "DeleteAccountWizard.h"

#include "BoundDevicesPage.h"
#include "CodeEntryPage.h"
#include "DeletionConfirmPage.h"
#include "DonePage.h"
#include "SendCodePage.h"
#include "TwoStepCodePage.h"
#include "session/Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
QWizardPage* introPage(QWidget* parent)
{
    auto* page = new QWizardPage(parent);
    page->setObjectName(QStringLiteral("deletionIntroPage"));
    // The texts come from DeleteAccountWizard::retranslateUi(), in the current language.
    auto* text = new QLabel(page);
    text->setObjectName(QStringLiteral("deletionIntro"));
    text->setWordWrap(true);
    // The page's whole height for the text: a wizard page's layout does not ask a wrapped label
    // for its height at the page's width, so a long translation would lose its last lines.
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(text, 1);
    return page;
}
} // namespace

DeleteAccountWizard::DeleteAccountWizard(Session* session, QWidget* parent)
    : AccountChangeWizard(session, parent)
    , m_devicesPage(new BoundDevicesPage(session, this))
    , m_sendPage(new SendCodePage(this))
    , m_codePage(new CodeEntryPage(this))
    , m_confirmPage(new DeletionConfirmPage(this))
    , m_twoStepPage(new TwoStepCodePage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("deleteAccountWizard"));

    m_confirmPage->setAccountId(session->accountId());

    setPage(IntroPageId, introPage(this));
    setPage(DevicesPageId, m_devicesPage);
    setPage(SendPageId, m_sendPage);
    setPage(CodePageId, m_codePage);
    setPage(ConfirmPageId, m_confirmPage);
    setPage(TwoStepPageId, m_twoStepPage);
    setPage(DonePageId, m_donePage);
    setStartId(IntroPageId);
    setMinimumSize(600, 560);

    setUpCodePages(m_sendPage, m_codePage);
    connect(m_sendPage, &SendCodePage::sendRequested, this, &DeleteAccountWizard::sendCode);
    connect(m_confirmPage, &DeletionConfirmPage::deleteRequested, this, &DeleteAccountWizard::deleteAccount);
    connect(m_twoStepPage, &SubmitPage::submitted, this, &DeleteAccountWizard::deleteAccount);
    retranslateUi();
}

void DeleteAccountWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    setWindowTitle(tr("Delete Account"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    m_sendPage->setTitle(tr("Confirm that it is you"));
    //: The code page's button (the guide's «Подтвердить»)
    m_codePage->setButtonText(QWizard::NextButton, tr("Confirm"));
    m_donePage->setTitle(tr("Account deleted"));
    //: Subtitle of the two-step code page when the account is being deleted
    m_twoStepPage->setSubTitle(tr("Your account has two-step verification on."));
    m_twoStepPage->setButtonText(QWizard::NextButton, tr("Delete Account"));
    QWizardPage* intro = page(IntroPageId);
    intro->setTitle(tr("Delete your account"));
    intro->setSubTitle(tr("Please read this before you go on."));
    if (auto* text = intro->findChild<QLabel*>(QStringLiteral("deletionIntro")))
        text->setText(tr("<p>Deleting the account erases it on the server for good:</p><ul>"
                         "<li>its email address, phone number and password;</li>"
                         "<li>every device bound to it is signed out and unbound;</li>"
                         "<li>it can no longer be signed in to or recovered.</li></ul>"
                         "<p>First unbind your other devices (phones, bands, scales…). Then a "
                         "code to your email or phone and your password confirm that it is you.</p>"));
}

void DeleteAccountWizard::sendCode(const QString& via)
{
    if (isBusy())
        return;
    m_session->startAccountDeletion(
        via, startRequest(m_sendPage),
        answerTo<CodeChallenge>(m_sendPage, [this](const CodeChallenge& challenge) {
            m_challengeId = challenge.id;
            m_codePage->setChallenge(challenge);
            m_sendPage->proceed();
        }));
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
    m_sendPage->showError(error);
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
    SubmitPage* page = withTwoStep ? static_cast<SubmitPage*>(m_twoStepPage) : m_confirmPage;
    DeleteAccountRequest request;
    request.password = m_confirmPage->password();
    request.challengeId = m_challengeId;
    request.code = m_code;
    if (withTwoStep)
        request.twoStep = TwoStepAnswer { m_twoStepPage->code() };
    m_committing = true;
    m_session->deleteAccount(request, startRequest(page), [this, page, withTwoStep](const ApiError& error) {
        finishRequest();
        if (!error) {
            m_deleted = true;
            m_confirmPage->clearPassword();
            m_code.clear();
            m_donePage->setMessage(tr("Your account has been deleted and this computer "
                                      "signed out. A confirmation has been sent to you."));
            page->proceed();
            emit accountDeleted();
            return;
        }
        switch (error.code) {
        case ErrorCode::TwoStepRequired:
            if (withTwoStep) {
                m_twoStepPage->showError(error); // the code was not taken
            } else {
                m_twoStepNeeded = true;
                m_twoStepPage->reset();
                m_confirmPage->proceed();
            }
            break;
        case ErrorCode::DevicesStillBound:
        case ErrorCode::ChallengeNotFound:
            startOverAfter(error);
            break;
        case ErrorCode::CodeWrong:
        case ErrorCode::CodeExpired:
        case ErrorCode::CodeAttemptsExceeded:
            // Sent with a two-step code, a code error is about that one unless it names the other.
            if (withTwoStep && error.field != QLatin1String("code")) {
                m_twoStepPage->showError(error);
                break;
            }
            goBackTo(CodePageId);
            m_codePage->showError(error);
            break;
        default:
            if (withTwoStep && error.field == QLatin1String("password")) {
                goBackTo(ConfirmPageId);
                m_confirmPage->showError(error);
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
