#include "AccountChangeWizard.h"

#include "CodeEntryPage.h"
#include "session/Session.h"

AccountChangeWizard::AccountChangeWizard(Session* session, QWidget* parent)
    : FlowWizard(session, parent)
{
}

void AccountChangeWizard::resendCode(CodeEntryPage* page)
{
    if (isBusy() || m_challengeId.isEmpty())
        return;
    m_session->resendAccountChallenge(m_challengeId, startRequest(page, tr("Sending a new code…")),
                                      [this, page](const CodeChallenge& challenge, const ApiError& error) {
                                          finishRequest();
                                          if (error.code == ErrorCode::ChallengeNotFound)
                                              challengeLost(error);
                                          else if (error)
                                              page->showError(error);
                                          else
                                              page->setChallenge(challenge);
                                      });
}
