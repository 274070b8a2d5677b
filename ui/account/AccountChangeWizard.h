// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowWizard.h"
#include "session/Session.h"

struct ApiError;
class CodeEntryPage;
class SendCodePage;

// What the wizards that change the signed-in account share (password change, email or phone
// change, deletion): a code goes to the account first, and it can be sent again.
class AccountChangeWizard : public FlowWizard
{
    Q_OBJECT

protected:
    AccountChangeWizard(Session* session, QWidget* parent);

    // The Session call that sends the first code of a change (startPasswordChange, ...).
    using ChallengeStart
        = void (Session::*)(const QString& via, QObject* context, Session::Callback<CodeChallenge> callback);

    // The pages of a change whose last step the code confirms (password change, deletion): send
    // offers the account's email and phone and starts the challenge with start, code takes the
    // code and moves on at once, keeping it in m_code: this server checks the code together with
    // the last step. Resend is handled here too (resendCodeOn).
    void setUpCodePages(SendCodePage* send, CodeEntryPage* code, ChallengeStart start);

    QString m_challengeId;
    QString m_code;

private:
    void sendCode(SendCodePage* send, CodeEntryPage* code, ChallengeStart start, const QString& via);
};
