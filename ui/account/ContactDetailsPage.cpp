// SPDX-License-Identifier: Apache-2.0
#include "ContactDetailsPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "protocol/ApiError.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>

ContactDetailsPage::ContactDetailsPage(Kind kind, QWidget* parent)
    : SubmitPage(parent)
    , m_kind(kind)
    , m_contactError(new ErrorLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("contactDetailsPage"));
    m_contactError->setObjectName(QStringLiteral("contactError"));
    m_password->setObjectName(QStringLiteral("currentPassword"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));

    QLabel* contactLabel;
    if (kind == Kind::Email) {
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("newEmail"));
        m_email->setPlaceholderText(tr("name@example.com"));
        m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
        contactLabel = new QLabel(tr("New &email address"), this);
        contactLabel->setBuddy(m_email);
        setSubTitle(tr("We will send a code to the new address to confirm that it is yours."));
        connect(m_email, &QLineEdit::textEdited, m_contactError, &ErrorLabel::clear);
    } else {
        m_phone = new PhoneNumberEdit(this);
        m_phone->setObjectName(QStringLiteral("newPhone"));
        contactLabel = new QLabel(tr("New p&hone number"), this);
        contactLabel->setBuddy(m_phone);
        setSubTitle(tr("We will send a code by SMS to the new number to confirm that it is yours."));
        connect(m_phone, &PhoneNumberEdit::changed, m_contactError, &ErrorLabel::clear);
    }
    auto* passwordLabel = new QLabel(tr("Current &password"), this);
    passwordLabel->setBuddy(m_password);
    auto* passwordHint = new QLabel(tr("To protect your account, enter its password again."), this);
    passwordHint->setWordWrap(true);
    passwordHint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(contactLabel);
    layout->addWidget(contactField());
    layout->addWidget(m_contactError);
    layout->addSpacing(10);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(passwordHint);
    layout->addWidget(m_passwordError);
    layout->addStretch();
    layout->addWidget(busyIndicator());
    // Tab follows the page top to bottom: the password field was created before the contact field.
    // (setTabOrder takes focusable widgets: the number field, not the phone box that holds it.)
    setTabOrder(m_email ? static_cast<QWidget*>(m_email) : m_phone->numberEdit(), m_password);

    connect(m_password, &QLineEdit::textEdited, m_passwordError, &ErrorLabel::clear);
    setBusyText([] { return tr("Sending the code…"); });
    setInputs({ contactField(), m_password });
    setFieldErrors({ m_contactError, m_passwordError });
}

QWidget* ContactDetailsPage::contactField() const
{
    return m_kind == Kind::Email ? static_cast<QWidget*>(m_email) : m_phone;
}

QString ContactDetailsPage::contact() const
{
    return m_kind == Kind::Email ? EmailAddress::normalize(m_email->text()) : m_phone->e164();
}

QString ContactDetailsPage::region() const
{
    return m_phone ? m_phone->region() : QString();
}

QString ContactDetailsPage::password() const
{
    return m_password->text();
}

void ContactDetailsPage::clearPassword()
{
    m_password->clear();
}

void ContactDetailsPage::initializePage()
{
    contactField()->setFocus();
}

bool ContactDetailsPage::checkInput()
{
    clearErrors();
    if (m_kind == Kind::Email) {
        if (m_email->text().trimmed().isEmpty())
            m_contactError->showMessage(tr("Enter the new email address."));
        else if (!EmailAddress::isValid(m_email->text()))
            m_contactError->showMessage(tr("This is not a valid email address. Check it for typos."));
    } else if (m_phone->isEmpty()) {
        m_contactError->showMessage(tr("Enter the new phone number."));
    } else if (!m_phone->isValid()) {
        //: %1 is the calling code the user picked, e.g. "+7"
        m_contactError->showMessage(
            tr("This is not a valid phone number for the country code %1. Check the number and the code.")
                .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
    }
    if (m_password->text().isEmpty())
        m_passwordError->showMessage(tr("Enter your current password."));
    if (m_contactError->isVisibleTo(this))
        contactField()->setFocus();
    else if (m_passwordError->isVisibleTo(this))
        m_password->setFocus();
    return !m_contactError->isVisibleTo(this) && !m_passwordError->isVisibleTo(this);
}

bool ContactDetailsPage::showFieldError(const ApiError& error)
{
    const bool aboutContact = error.field == QLatin1String("email") || error.field == QLatin1String("phone")
        || error.field == QLatin1String("region");
    switch (error.code) {
    case ErrorCode::PasswordWrong:
    case ErrorCode::LoginLocked:
        m_passwordError->showError(error);
        m_password->setFocus();
        m_password->selectAll();
        return true;
    case ErrorCode::InvalidField:
        if (aboutContact && error.field != QLatin1String("region")) {
            // The only invalid value a valid-looking address can be: the one the account has.
            m_contactError->showError(error,
                                      m_kind == Kind::Email
                                          ? tr("This is already the address of your account.")
                                          : tr("This is already the number of your account."));
            return true;
        }
        Q_FALLTHROUGH();
    case ErrorCode::MissingField:
    case ErrorCode::AlreadyRegistered:
    case ErrorCode::EmailInvalid:
    case ErrorCode::PhoneInvalid:
        if (aboutContact)
            m_contactError->showError(error);
        else if (error.field == QLatin1String("password"))
            m_passwordError->showError(error);
        else
            return false;
        return true;
    default:
        return false;
    }
}

void ContactDetailsPage::errorShown(const ApiError&)
{
    if (m_contactError->isVisibleTo(this))
        contactField()->setFocus();
}
