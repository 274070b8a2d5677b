// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordConfirmDialog.h"

class QCheckBox;
class Session;

// "Sign out…": this computer is unbound from the account with the password (only the owner may
// sign a device out, as the guide says), and, if asked, nothing of the account stays here: its
// keychain entry goes in any case, its label and place in the account switcher only with the box
// ticked.
class SignOutDialog : public PasswordConfirmDialog
{
    Q_OBJECT

public:
    SignOutDialog(Session* session, QWidget* parent = nullptr);

    QCheckBox* removeDataCheckBox() const { return m_removeData; }

private:
    void retranslateUi();
    void signOut(const QString& password);

    Session* m_session;
    QCheckBox* m_removeData;
};
