#include "ContactChangeWizard.h"

#include "CodeEntryPage.h"
#include "DonePage.h"
#include "WizardTexts.h"
#include "session/Session.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>

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
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage
               | QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/account-manager.svg")).pixmap(40, 40));
    // A confirmed change is saved on the server: nothing to go back to.
    m_codePage->setCommitPage(true);

    setPage(DetailsPageId, m_detailsPage);
    setPage(CodePageId, m_codePage);
    setPage(DonePageId, m_donePage);
    setStartId(DetailsPageId);
    setMinimumSize(580, 500);

    connect(m_detailsPage, &ContactDetailsPage::submitted, this, &ContactChangeWizard::start);
    connect(m_codePage, &CodeEntryPage::verifyRequested, this, &ContactChangeWizard::confirm);
    connect(m_codePage, &CodeEntryPage::resendRequested, this, [this] { resendCode(m_codePage); });
    retranslateUi();
}

void ContactChangeWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // After the pages have retranslated themselves (they get the event after the wizard): the
    // wizard's own titles and button texts for them win.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ContactChangeWizard::retranslateUi, Qt::QueuedConnection);
}

void ContactChangeWizard::retranslateUi()
{
    WizardTexts::retranslateStandardButtons(this);
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
    if (m_busy)
        return;
    auto started = [this](const CodeChallenge& challenge, const ApiError& error) {
        setBusy(false);
        m_detailsPage->setBusy(false);
        if (error) {
            m_detailsPage->showError(error);
            return;
        }
        m_challengeId = challenge.id;
        m_codePage->setChallenge(challenge);
        m_detailsPage->proceed();
    };
    m_detailsPage->setBusy(true);
    setBusy(true);
    if (m_kind == Kind::Email) {
        ChangeEmailRequest request;
        request.email = m_detailsPage->contact();
        request.password = m_detailsPage->password();
        m_session->startEmailChange(request, newRequest(), started);
    } else {
        ChangePhoneRequest request;
        request.phone = m_detailsPage->contact();
        request.region = m_detailsPage->region();
        request.password = m_detailsPage->password();
        m_session->startPhoneChange(request, newRequest(), started);
    }
}

void ContactChangeWizard::confirm(const QString& code)
{
    if (m_busy)
        return;
    ConfirmContactRequest request;
    request.challengeId = m_challengeId;
    request.code = code;
    m_codePage->setBusy(true);
    // A right code saves the change at once: Cancel now would only hide that it happened.
    m_committing = true;
    setBusy(true);
    auto confirmed = [this](const AccountProfile& profile, const ApiError& error) {
        m_committing = false;
        setBusy(false);
        m_codePage->setBusy(false);
        if (error.code == ErrorCode::ChallengeNotFound || error.code == ErrorCode::AlreadyRegistered) {
            startOver(error);
            return;
        }
        if (error) {
            m_codePage->showError(error);
            return;
        }
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
    };
    if (m_kind == Kind::Email)
        m_session->confirmEmailChange(request, newRequest(), confirmed);
    else
        m_session->confirmPhoneChange(request, newRequest(), confirmed);
}

void ContactChangeWizard::startOver(const ApiError& error)
{
    // The confirmation expired, or another account took the address meanwhile: from the start.
    m_challengeId.clear();
    while (currentId() > DetailsPageId)
        back();
    m_detailsPage->showError(error);
}

void ContactChangeWizard::done(int result)
{
    if (result == QDialog::Accepted && currentId() == DonePageId) {
        QDialog::done(result);
        return;
    }
    QWizard::done(result);
}

void ContactChangeWizard::reject()
{
    if (m_committing)
        return;
    if (m_busy) {
        // Drop the answer: a code sent to the new address leads nowhere without this wizard.
        dropRequest();
        setBusy(false);
        m_detailsPage->setBusy(false);
        m_codePage->setBusy(false);
        return;
    }
    QWizard::reject();
}
