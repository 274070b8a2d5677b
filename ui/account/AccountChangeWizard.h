#pragma once

#include "FlowWizard.h"

struct ApiError;
class CodeEntryPage;

// What the wizards that change the signed-in account share (password change, email or phone
// change, deletion): a code goes to the account first, and it can be sent again.
class AccountChangeWizard : public FlowWizard
{
    Q_OBJECT

protected:
    AccountChangeWizard(Session* session, QWidget* parent);

    // Sends the code of m_challengeId again, with the progress shown on page.
    void resendCode(CodeEntryPage* page);
    // The server no longer has the challenge (expired, used up): the wizard starts it again.
    virtual void challengeLost(const ApiError& error) = 0;

    QString m_challengeId;
};
