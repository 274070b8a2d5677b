// SPDX-License-Identifier: Apache-2.0
#include "PasswordConfirmDialog.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PasswordConfirmDialog::PasswordConfirmDialog(QWidget* parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_pageError(new ErrorLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordError(new ErrorLabel(this))
    , m_options(new QVBoxLayout)
    , m_busyIndicator(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_action(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_pageError->setObjectName(QStringLiteral("pageError"));
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_action->setObjectName(QStringLiteral("confirm"));
    m_action->setDefault(true);
    m_action->setEnabled(false);

    QLabel* passwordLabel = m_passwordLabel;
    passwordLabel->setBuddy(m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_message);
    layout->addWidget(m_pageError);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordError);
    layout->addLayout(m_options);
    layout->addStretch();
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_buttons);
    // At least this wide, and never narrower than its longest line (a long option in a long language):
    // the layout, not a fixed minimum, sets the smallest size.
    m_message->setMinimumWidth(436);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_password, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_passwordError->clear();
        m_action->setEnabled(!text.isEmpty() && !m_busy);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordConfirmDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordConfirmDialog::reject);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void PasswordConfirmDialog::retranslateUi()
{
    //: Placeholder of the password field in a confirmation dialog
    m_password->setPlaceholderText(tr("Account password"));
    //: Above the password field of a confirmation dialog
    m_passwordLabel->setText(tr("&Password:"));
}

void PasswordConfirmDialog::setMessage(const QString& message)
{
    m_message->setText(message);
    // The wrapped message may need more lines than the dialog has (a long language, a new one).
    QMetaObject::invokeMethod(this, &PasswordConfirmDialog::fitContents, Qt::QueuedConnection);
}

void PasswordConfirmDialog::setActionText(const QString& text)
{
    m_action->setText(text);
}

void PasswordConfirmDialog::addOption(QWidget* widget)
{
    m_options->addWidget(widget);
}

QString PasswordConfirmDialog::password() const
{
    return m_password->text();
}

void PasswordConfirmDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_password->setReadOnly(busy);
    m_action->setEnabled(!busy && !m_password->text().isEmpty());
    if (busy)
        m_busyIndicator->start(text);
    else
        m_busyIndicator->stop();
}

void PasswordConfirmDialog::showError(const ApiError& error)
{
    m_pageError->clear();
    m_passwordError->clear();
    if (error.field == QLatin1String("password")) {
        m_passwordError->showError(error);
        m_password->selectAll();
        m_password->setFocus();
    } else {
        m_pageError->showError(error);
    }
    // A shown dialog does not grow by itself for a wrapped label: make room for the message.
    QMetaObject::invokeMethod(this, &PasswordConfirmDialog::fitContents, Qt::QueuedConnection);
}

void PasswordConfirmDialog::showError(const ApiError& error, std::function<QString()> message)
{
    m_passwordError->clear();
    m_pageError->showErrorAs(error, std::move(message));
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
    if (m_busy || m_password->text().isEmpty())
        return;
    m_pageError->clear();
    m_passwordError->clear();
    emit confirmed(m_password->text());
}

void PasswordConfirmDialog::reject()
{
    // The request may already have changed things on the server; its answer decides.
    if (m_busy)
        return;
    QDialog::reject();
}
