// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordConfirmDialog.h"

class ErrorLabel;
class QLabel;
class QLineEdit;
class Session;

// Turning two-step verification off: the account password and a code, from the authenticator app
// or one of the backup codes (the phone may be the thing that was lost). On success the profile is
// fetched again and the dialog closes; a wrong password or code is shown at its field, with
// everything typed kept.
class TwoStepDisableDialog : public PasswordConfirmDialog
{
    Q_OBJECT

public:
    explicit TwoStepDisableDialog(Session* session, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    ErrorLabel* codeError() const { return m_codeError; }

private:
    void retranslateUi();
    void turnOff(const QString& password);

    Session* m_session;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    ErrorLabel* m_codeError;
};
