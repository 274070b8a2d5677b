// SPDX-License-Identifier: Apache-2.0
#include "SignOutDialog.h"

#include "Retranslator.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QPointer>

SignOutDialog::SignOutDialog(Session* session, QWidget* parent)
    : PasswordConfirmDialog(parent)
    , m_session(session)
    , m_removeData(new QCheckBox(this))
{
    setObjectName(QStringLiteral("signOutDialog"));
    m_removeData->setObjectName(QStringLiteral("removeData"));
    addOption(m_removeData);
    connect(this, &PasswordConfirmDialog::confirmed, this, &SignOutDialog::signOut);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void SignOutDialog::retranslateUi()
{
    m_removeData->setText(tr("Also remove this account's &data from this computer"));
    setWindowTitle(tr("Sign Out"));
    //: %1 is the account ID
    setMessage(tr("Sign out of account %1 on this computer? It is unbound from the account; your "
                  "other devices stay signed in.\n\nEnter your account password to confirm that you "
                  "are the owner.")
                   .arg(m_session->accountId()));
    m_removeData->setToolTip(tr("Without it, the account stays in the account list, so signing in "
                                "again is quicker. Nothing secret is kept either way."));
    //: The button that signs out after the password is typed
    setActionText(tr("Sign Out", "button"));
}

void SignOutDialog::signOut(const QString& password)
{
    setBusy(true, tr("Signing out…"));
    QPointer<SignOutDialog> self(this);
    m_session->signOutThisComputer(password, m_removeData->isChecked(), this, [self](const ApiError& error) {
        if (!self)
            return;
        self->setBusy(false);
        if (error)
            self->showError(error);
        else
            self->accept();
    });
}
