// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/TwoStepMessages.h"

#include <QString>
#include <optional>

struct ApiError;
class CodeEntryPage;
class FlowWizard;
class SubmitPage;
class TwoStepCodePage;

// The last step of a flow that two-step verification may guard (the recovery's new password, the
// account's deletion). It is sent first from its own page; the server answers E-TWO-STEP-REQUIRED
// when the account has two-step verification on, and the wizard moves on to the two-step page,
// which sends it again with the app's code or a backup code. The emailed code of the flow and the
// page's own field (the new password, the account password) can still be refused then: each error
// goes back to the page where the user can act on it.
class TwoStepGuard
{
public:
    struct Pages
    {
        SubmitPage* last; // sends the step without the two-step code
        int lastId;
        QString lastField; // what the last page holds, as the request names it
        TwoStepCodePage* twoStep;
        int twoStepId;
        CodeEntryPage* code; // the flow's emailed or texted code
        int codeId;
    };

    TwoStepGuard(FlowWizard* wizard, const Pages& pages);

    // The server has asked for the code: after the last page comes the two-step page.
    bool isNeeded() const { return m_needed; }
    void reset() { m_needed = false; }
    // The page this attempt is sent from, and with it the two-step code when that is the page.
    SubmitPage* sendingPage() const;
    std::optional<TwoStepAnswer> answer() const;
    // The error of an attempt sent from sendingPage(), put where the user can act on it (the
    // wizard's own errors first: startOverAfter()). Success is the caller's.
    void showError(const ApiError& error);

private:
    bool isOnTwoStepPage() const;

    FlowWizard* m_wizard;
    Pages m_pages;
    bool m_needed = false;
};
