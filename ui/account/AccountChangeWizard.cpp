// SPDX-License-Identifier: Apache-2.0
#include "AccountChangeWizard.h"

#include "CodeEntryPage.h"
#include "SendCodePage.h"
#include "session/Session.h"

AccountChangeWizard::AccountChangeWizard(Session* session, QWidget* parent)
    : FlowWizard(session, parent)
{
}

void AccountChangeWizard::setUpCodePages(SendCodePage* send, CodeEntryPage* code, ChallengeStart start)
{
    send->setChoices(SendCodePage::choicesFor(m_session->profile()));
    connect(send, &SendCodePage::sendRequested, this,
            [this, send, code, start](const QString& via) { sendCode(send, code, start, via); });
    resendCodeOn(code, m_session, &Session::resendAccountChallenge, &m_challengeId);
    connect(code, &CodeEntryPage::verifyRequested, this, [this, code](const QString& typed) {
        m_code = typed;
        // Queued: moving on from inside the page's own validatePage() would re-enter QWizard::next().
        QMetaObject::invokeMethod(code, &CodeEntryPage::proceed, Qt::QueuedConnection);
    });
}

void AccountChangeWizard::sendCode(SendCodePage* send, CodeEntryPage* code, ChallengeStart start,
                                   const QString& via)
{
    if (isBusy())
        return;
    (m_session->*start)(via, startRequest(send),
                        answerTo<CodeChallenge>(send, [this, send, code](const CodeChallenge& challenge) {
                            m_challengeId = challenge.id;
                            code->setChallenge(challenge);
                            send->proceed();
                        }));
}
