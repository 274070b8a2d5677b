// SPDX-License-Identifier: Apache-2.0
#include "TwoStepDisableDialog.h"

#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "session/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

TwoStepDisableDialog::TwoStepDisableDialog(Session* session, QWidget* parent)
    : PasswordConfirmDialog(parent)
    , m_session(session)
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_codeError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("twoStepDisableDialog"));
    m_code->setObjectName(QStringLiteral("twoStepCode"));
    m_code->setMaxLength(32);
    m_code->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_codeError->setObjectName(QStringLiteral("twoStepCodeError"));
    m_codeLabel->setBuddy(m_code);
    m_codeLabel->setWordWrap(true);

    // Below the password, in the order they are typed (Tab goes password, code, buttons).
    auto* codeBox = new QWidget(this);
    auto* codeLayout = new QVBoxLayout(codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(6);
    codeLayout->addWidget(m_codeLabel);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_codeError);
    addOption(codeBox);
    setTabOrder(passwordEdit(), m_code);

    connect(m_code, &QLineEdit::textEdited, m_codeError, &ErrorLabel::clear);
    connect(this, &PasswordConfirmDialog::confirmed, this, &TwoStepDisableDialog::turnOff);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void TwoStepDisableDialog::retranslateUi()
{
    setWindowTitle(tr("Turn Off Two-Step Verification"));
    setMessage(tr("Signing in will ask for your password only. To confirm that you are the owner, enter "
                  "your account password and a code from your authenticator app or one of your backup "
                  "codes."));
    m_codeLabel->setText(tr("&Code from the app, or a backup code:"));
    m_code->setAccessibleName(tr("Code from the authenticator app or backup code"));
    //: The button that switches two-step verification off
    setActionText(tr("Turn Off", "button"));
}

void TwoStepDisableDialog::turnOff(const QString& password)
{
    m_codeError->clear();
    QString code = m_code->text();
    code.remove(QLatin1Char(' '));
    if (code.isEmpty()) {
        m_codeError->showMessage(tr("Enter a code from your authenticator app or a backup code."));
        m_code->setFocus();
        QMetaObject::invokeMethod(this, &TwoStepDisableDialog::fitContents, Qt::QueuedConnection);
        return;
    }
    TwoStepDisableRequest request;
    request.password = password;
    request.code = code;
    setBusy(true, tr("Turning off two-step verification…"));
    m_code->setReadOnly(true);
    QPointer<TwoStepDisableDialog> self(this);
    m_session->disableTwoStep(request, this, [self](const ApiError& error) {
        if (!self)
            return;
        self->setBusy(false);
        self->m_code->setReadOnly(false);
        if (!error) {
            self->m_session->refreshProfile();
            self->accept();
            return;
        }
        if (error.field == QLatin1String("code") || error.code == ErrorCode::CodeWrong) {
            self->m_codeError->showError(error);
            self->m_code->selectAll();
            self->m_code->setFocus();
            QMetaObject::invokeMethod(self, &TwoStepDisableDialog::fitContents, Qt::QueuedConnection);
            return;
        }
        if (error.code == ErrorCode::TwoStepOff)
            self->m_session->refreshProfile(); // off already (elsewhere): the page should say so
        self->showError(error);
    });
}
