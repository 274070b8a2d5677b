// SPDX-License-Identifier: Apache-2.0
#include "ContactChangeWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "session/Session.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

ContactChangeWizard::ContactChangeWizard(Kind kind, Session* session, QWidget* parent)
    : AccountChangeWizard(session, parent)
    , m_kind(kind)
    , m_detailsPage(new ContactDetailsPage(kind, this))
    , m_codePage(new CodeEntryPage(this))
    , m_donePage(new DonePage(this))
{
    setObjectName(QStringLiteral("contactChangeWizard"));
    // Adding or changing: as the profile was when the wizard opened.
    m_adding = kind == Kind::Email ? session->profile().email.isEmpty() : session->profile().phone.isEmpty();
    // A confirmed change is saved on the server: nothing to go back to.
    m_codePage->setCommitPage(true);

    setPage(DetailsPageId, m_detailsPage);
    setPage(CodePageId, m_codePage);
    setPage(DonePageId, m_donePage);
    setStartId(DetailsPageId);
    setMinimumSize(580, 500);

    connect(m_detailsPage, &ContactDetailsPage::submitted, this, &ContactChangeWizard::start);
    connect(m_codePage, &CodeEntryPage::verifyRequested, this, &ContactChangeWizard::confirm);
    resendCodeOn(m_codePage, m_session, &Session::resendAccountChallenge, &m_challengeId);
    retranslateUi();
}

void ContactChangeWizard::retranslateUi()
{
    FlowWizard::retranslateUi();
    const bool email = m_kind == Kind::Email;
    const bool adding = m_adding;
    if (email)
        setWindowTitle(adding ? tr("Add Email") : tr("Change Email"));
    else
        setWindowTitle(adding ? tr("Add Phone Number") : tr("Change Phone Number"));
    setButtonText(QWizard::FinishButton, tr("Done"));
    if (email)
        m_detailsPage->setTitle(adding ? tr("Add an email address") : tr("Change the email address"));
    else
        m_detailsPage->setTitle(adding ? tr("Add a phone number") : tr("Change the phone number"));
    //: The details page's button that sends a code to the new address or number (the guide's «Отправить»)
    m_detailsPage->setButtonText(QWizard::NextButton, tr("Send"));
    m_codePage->setTitle(email ? tr("Confirm the new email address") : tr("Confirm the new phone number"));
    //: The code page's button (the guide's «Подтвердить»)
    m_codePage->setButtonText(QWizard::CommitButton, tr("Confirm"));
    m_donePage->setTitle(email ? tr("Email address saved") : tr("Phone number saved"));
}

void ContactChangeWizard::start()
{
    if (isBusy())
        return;
    auto started = answerTo<CodeChallenge>(m_detailsPage, [this](const CodeChallenge& challenge) {
        m_challengeId = challenge.id;
        m_codePage->setChallenge(challenge);
        m_detailsPage->proceed();
    });
    QObject* request = startRequest(m_detailsPage);
    if (m_kind == Kind::Email) {
        ChangeEmailRequest change;
        change.email = m_detailsPage->contact();
        change.password = m_detailsPage->password();
        m_session->startEmailChange(change, request, started);
    } else {
        ChangePhoneRequest change;
        change.phone = m_detailsPage->contact();
        change.region = m_detailsPage->region();
        change.password = m_detailsPage->password();
        m_session->startPhoneChange(change, request, started);
    }
}

void ContactChangeWizard::confirm(const QString& code)
{
    if (isBusy())
        return;
    ConfirmContactRequest request;
    request.challengeId = m_challengeId;
    request.code = code;
    auto confirmed = answerTo<AccountProfile>(m_codePage, [this](const AccountProfile& profile) {
        m_session->adoptProfile(profile);
        m_detailsPage->clearPassword();
        m_donePage->setMessage(
            m_kind == Kind::Email
                //: %1 is the masked new address, e.g. "a***@example.com"
                ? tr("Your email address is now %1. You can sign in with it and receive codes there.")
                      .arg(EmailAddress::mask(profile.email))
                //: %1 is the masked new number, e.g. "+7 *** ***-45-67"
                : tr("Your phone number is now %1. You can sign in with it and receive codes there.")
                      .arg(PhoneNumbers::mask(profile.phone)));
        m_codePage->proceed();
    });
    // A right code saves the change at once: Cancel now would only hide that it happened.
    m_committing = true;
    QObject* context = startRequest(m_codePage);
    if (m_kind == Kind::Email)
        m_session->confirmEmailChange(request, context, confirmed);
    else
        m_session->confirmPhoneChange(request, context, confirmed);
}

bool ContactChangeWizard::startOverAfter(const ApiError& error)
{
    if (error.code != ErrorCode::ChallengeNotFound && error.code != ErrorCode::AlreadyRegistered)
        return false;
    m_challengeId.clear();
    goBackTo(DetailsPageId);
    m_detailsPage->showError(error);
    return true;
}
