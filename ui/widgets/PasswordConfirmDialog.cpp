// SPDX-License-Identifier: Apache-2.0
#include "PasswordConfirmDialog.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_PasswordConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

PasswordConfirmDialog::PasswordConfirmDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordConfirmDialog>())
{
    m_ui->setupUi(this);
    m_action = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("confirm"));
    m_action->setDefault(true);
    m_action->setEnabled(false);

    connect(m_ui->password, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->passwordError->clear();
        m_action->setEnabled(!text.isEmpty() && !m_busy);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordConfirmDialog::confirm);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PasswordConfirmDialog::reject);
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

PasswordConfirmDialog::~PasswordConfirmDialog() = default;

QLabel* PasswordConfirmDialog::messageLabel() const
{
    return m_ui->message;
}

PasswordEdit* PasswordConfirmDialog::passwordEdit() const
{
    return m_ui->password;
}

ErrorLabel* PasswordConfirmDialog::passwordError() const
{
    return m_ui->passwordError;
}

ErrorLabel* PasswordConfirmDialog::pageError() const
{
    return m_ui->pageError;
}

void PasswordConfirmDialog::setMessage(const QString& message)
{
    m_ui->message->setText(message);
    // The wrapped message may need more lines than the dialog has (a long language, a new one).
    QMetaObject::invokeMethod(this, &PasswordConfirmDialog::fitContents, Qt::QueuedConnection);
}

void PasswordConfirmDialog::setActionText(const QString& text)
{
    m_action->setText(text);
}

void PasswordConfirmDialog::addOption(QWidget* widget)
{
    m_ui->options->addWidget(widget);
}

QString PasswordConfirmDialog::password() const
{
    return m_ui->password->text();
}

void PasswordConfirmDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_ui->password->setReadOnly(busy);
    m_action->setEnabled(!busy && !m_ui->password->text().isEmpty());
    if (busy)
        m_ui->busyIndicator->start(text);
    else
        m_ui->busyIndicator->stop();
}

void PasswordConfirmDialog::showError(const ApiError& error)
{
    m_ui->pageError->clear();
    m_ui->passwordError->clear();
    if (error.field == QLatin1String("password")) {
        m_ui->passwordError->showError(error);
        m_ui->password->selectAll();
        m_ui->password->setFocus();
    } else {
        m_ui->pageError->showError(error);
    }
    // A shown dialog does not grow by itself for a wrapped label: make room for the message.
    QMetaObject::invokeMethod(this, &PasswordConfirmDialog::fitContents, Qt::QueuedConnection);
}

void PasswordConfirmDialog::showError(const ApiError& error, std::function<QString()> message)
{
    m_ui->passwordError->clear();
    m_ui->pageError->showErrorAs(error, std::move(message));
    QMetaObject::invokeMethod(this, &PasswordConfirmDialog::fitContents, Qt::QueuedConnection);
}

void PasswordConfirmDialog::fitContents()
{
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void PasswordConfirmDialog::confirm()
{
    if (m_busy || m_ui->password->text().isEmpty())
        return;
    m_ui->pageError->clear();
    m_ui->passwordError->clear();
    emit confirmed(m_ui->password->text());
}

void PasswordConfirmDialog::reject()
{
    // The request may already have changed things on the server; its answer decides.
    if (m_busy)
        return;
    QDialog::reject();
}
