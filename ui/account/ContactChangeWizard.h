// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountChangeWizard.h"
#include "ContactDetailsPage.h"

struct ApiError;
class CodeEntryPage;
class DonePage;
class Session;

// Adding or changing the email address or the phone number of the signed-in account: the new
// one with the current password, then the code sent to the NEW address or number. Once confirmed
// the account signs in with it, and the account page shows it (the server's profile is adopted).
class ContactChangeWizard : public AccountChangeWizard
{
    Q_OBJECT

public:
    using Kind = ContactDetailsPage::Kind;
    enum PageId { DetailsPageId, CodePageId, DonePageId };

    ContactChangeWizard(Kind kind, Session* session, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    ContactDetailsPage* detailsPage() const { return m_detailsPage; }
    CodeEntryPage* codePage() const { return m_codePage; }
    DonePage* donePage() const { return m_donePage; }

protected:
    void retranslateUi() override;
    bool isFinished() const override { return currentId() == DonePageId; }

private:
    void start();
    void confirm(const QString& code);
    // The confirmation expired, or another account took the address meanwhile: from the start.
    bool startOverAfter(const ApiError& error) override;

    Kind m_kind;
    bool m_adding = false;
    ContactDetailsPage* m_detailsPage;
    CodeEntryPage* m_codePage;
    DonePage* m_donePage;
};
