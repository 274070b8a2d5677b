// SPDX-License-Identifier: Apache-2.0
#include "ContactDetailsPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "Retranslator.h"
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
    , m_contactLabel(new QLabel(this))
    , m_contactError(new ErrorLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_passwordError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("contactDetailsPage"));
    m_contactError->setObjectName(QStringLiteral("contactError"));
    m_password->setObjectName(QStringLiteral("currentPassword"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));

    // An edit makes a message of checkInput() stale: the field's error label clears, and the
    // problem is not said again on a language change.
    if (kind == Kind::Email) {
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("newEmail"));
        m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
        connect(m_email, &QLineEdit::textEdited, m_contactError, &ErrorLabel::clear);
        connect(m_email, &QLineEdit::textEdited, this, [this] { m_contactProblem = Problem::None; });
    } else {
        m_phone = new PhoneNumberEdit(this);
        m_phone->setObjectName(QStringLiteral("newPhone"));
        connect(m_phone, &PhoneNumberEdit::changed, m_contactError, &ErrorLabel::clear);
        connect(m_phone, &PhoneNumberEdit::changed, this, [this] { m_contactProblem = Problem::None; });
    }
    m_contactLabel->setBuddy(contactField());
    m_passwordLabel->setBuddy(m_password);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(m_contactLabel);
    layout->addWidget(contactField());
    layout->addWidget(m_contactError);
    layout->addSpacing(10);
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordHint);
    layout->addWidget(m_passwordError);
    layout->addStretch();
    layout->addWidget(busyIndicator());
    // Tab follows the page top to bottom: the password field was created before the contact field.
    // (setTabOrder takes focusable widgets: the number field, not the phone box that holds it.)
    setTabOrder(m_email ? static_cast<QWidget*>(m_email) : m_phone->numberEdit(), m_password);

    connect(m_password, &QLineEdit::textEdited, m_passwordError, &ErrorLabel::clear);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordMissing = false; });
    setBusyText([] { return tr("Sending the code…"); });
    setInputs({ contactField(), m_password });
    setFieldErrors({ m_contactError, m_passwordError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void ContactDetailsPage::retranslateUi()
{
    if (m_kind == Kind::Email) {
        m_email->setPlaceholderText(tr("name@example.com"));
        m_contactLabel->setText(tr("New &email address"));
        setSubTitle(tr("We will send a code to the new address to confirm that it is yours."));
    } else {
        m_contactLabel->setText(tr("New p&hone number"));
        setSubTitle(tr("We will send a code by SMS to the new number to confirm that it is yours."));
    }
    m_passwordLabel->setText(tr("Current &password"));
    m_passwordHint->setText(tr("To protect your account, enter its password again."));
    // Errors from the server say themselves again (ErrorLabel); the page's own are said here.
    showProblems();
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

void ContactDetailsPage::clearErrors()
{
    SubmitPage::clearErrors();
    m_contactProblem = Problem::None;
    m_passwordMissing = false;
}

bool ContactDetailsPage::checkInput()
{
    clearErrors();
    if (m_kind == Kind::Email) {
        if (m_email->text().trimmed().isEmpty())
            m_contactProblem = Problem::Empty;
        else if (!EmailAddress::isValid(m_email->text()))
            m_contactProblem = Problem::Invalid;
    } else if (m_phone->isEmpty()) {
        m_contactProblem = Problem::Empty;
    } else if (!m_phone->isValid()) {
        m_contactProblem = Problem::Invalid;
    }
    m_passwordMissing = m_password->text().isEmpty();
    showProblems();
    if (m_contactError->isVisibleTo(this))
        contactField()->setFocus();
    else if (m_passwordError->isVisibleTo(this))
        m_password->setFocus();
    return !m_contactError->isVisibleTo(this) && !m_passwordError->isVisibleTo(this);
}

void ContactDetailsPage::showProblems()
{
    const bool email = m_kind == Kind::Email;
    switch (m_contactProblem) {
    case Problem::None:
        break;
    case Problem::Empty:
        m_contactError->showMessage(email ? tr("Enter the new email address.")
                                          : tr("Enter the new phone number."));
        break;
    case Problem::Invalid:
        m_contactError->showMessage(
            email ? tr("This is not a valid email address. Check it for typos.")
                  //: %1 is the calling code the user picked, e.g. "+7"
                  : tr("This is not a valid phone number for the country code %1. Check the number and the "
                       "code.")
                        .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
        break;
    }
    if (m_passwordMissing)
        m_passwordError->showMessage(tr("Enter your current password."));
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
