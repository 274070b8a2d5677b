// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

struct ApiError;
class ErrorLabel;
class QLabel;

// The account exists: its new ID, big enough to note down, and whether this computer is
// signed in to it.
class RegistrationDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RegistrationDonePage(QWidget* parent = nullptr);

    void setAccountId(qint64 accountId);
    // The account was created but keeping the sign-in here failed (keychain): say how to get in.
    void setSignInError(const ApiError& error);

    QLabel* accountIdLabel() const { return m_accountId; }
    QLabel* signedInLabel() const { return m_signedIn; }
    ErrorLabel* signInError() const { return m_error; }

private:
    void retranslateUi();
    QLabel* m_introText = nullptr;
    QLabel* m_hintText = nullptr;
    QLabel* m_accountId;
    QLabel* m_signedIn;
    ErrorLabel* m_error;
};
