// SPDX-License-Identifier: Apache-2.0
#include "TwoStepGuard.h"

#include "CodeEntryPage.h"
#include "FlowWizard.h"
#include "TwoStepCodePage.h"
#include "protocol/ApiError.h"

TwoStepGuard::TwoStepGuard(FlowWizard* wizard, const Pages& pages)
    : m_wizard(wizard)
    , m_pages(pages)
{
}

bool TwoStepGuard::isOnTwoStepPage() const
{
    return m_wizard->currentId() == m_pages.twoStepId;
}

SubmitPage* TwoStepGuard::sendingPage() const
{
    return isOnTwoStepPage() ? m_pages.twoStep : m_pages.last;
}

std::optional<TwoStepAnswer> TwoStepGuard::answer() const
{
    if (!isOnTwoStepPage())
        return std::nullopt;
    return TwoStepAnswer { m_pages.twoStep->code() };
}

void TwoStepGuard::showError(const ApiError& error)
{
    const bool withTwoStep = isOnTwoStepPage();
    switch (error.code) {
    case ErrorCode::TwoStepRequired:
        if (withTwoStep) {
            m_pages.twoStep->showError(error); // the code was not taken
        } else {
            m_needed = true;
            m_pages.twoStep->reset();
            m_pages.last->proceed();
        }
        return;
    case ErrorCode::CodeWrong:
    case ErrorCode::CodeExpired:
    case ErrorCode::CodeAttemptsExceeded:
        // Sent with a two-step code, a code error is about that one unless it names the other.
        if (withTwoStep && error.field != QLatin1String("code")) {
            m_pages.twoStep->showError(error);
            return;
        }
        m_wizard->goBackTo(m_pages.codeId); // what the last page holds stays for the right code
        m_pages.code->showError(error);
        return;
    default:
        if (withTwoStep && error.field == m_pages.lastField) {
            m_wizard->goBackTo(m_pages.lastId); // refused: typed again on its page
            m_pages.last->showError(error);
            return;
        }
        sendingPage()->showError(error);
    }
}
