#include "AccountChangeWizard.h"

#include "CodeEntryPage.h"
#include "api/AccountApi.h"
#include "session/Session.h"

#include <QAbstractButton>

AccountChangeWizard::AccountChangeWizard(Session* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
}

QObject* AccountChangeWizard::newRequest()
{
    delete m_request;
    m_request = new QObject(this);
    return m_request;
}

void AccountChangeWizard::dropRequest()
{
    delete m_request;
}

void AccountChangeWizard::setBusy(bool busy)
{
    m_busy = busy;
    button(QWizard::CancelButton)->setEnabled(!m_committing);
    if (busy)
        button(QWizard::BackButton)->setEnabled(false);
    emit busyChanged(busy);
}

void AccountChangeWizard::resendCode(CodeEntryPage* page)
{
    if (m_busy || m_challengeId.isEmpty())
        return;
    page->setBusy(true, tr("Sending a new code…"));
    setBusy(true);
    m_session->resendAccountChallenge(m_challengeId, newRequest(),
                                      [this, page](const CodeChallenge& challenge, const ApiError& error) {
                                          setBusy(false);
                                          page->setBusy(false);
                                          if (error.code == ErrorCode::ChallengeNotFound)
                                              challengeLost(error);
                                          else if (error)
                                              page->showError(error);
                                          else
                                              page->setChallenge(challenge);
                                      });
}
