// SPDX-License-Identifier: Apache-2.0
#include "ContactDetailsPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_ContactDetailsPage.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QLineEdit>
#include <QWizard>

ContactDetailsPage::ContactDetailsPage(Kind kind, QWidget* parent)
    : SubmitPage(parent)
    , m_kind(kind)
    , m_ui(std::make_unique<Ui::ContactDetailsPage>())
{
    m_ui->setupUi(this);

    // An edit makes a message of checkInput() stale: the field's error label clears, and the
    // problem is not said again on a language change.
    if (kind == Kind::Email) {
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("newEmail"));
        m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
        connect(m_email, &QLineEdit::textEdited, m_ui->contactError, &ErrorLabel::clear);
        connect(m_email, &QLineEdit::textEdited, this, [this] { m_contactProblem = Problem::None; });
    } else {
        m_phone = new PhoneNumberEdit(this);
        m_phone->setObjectName(QStringLiteral("newPhone"));
        connect(m_phone, &PhoneNumberEdit::changed, m_ui->contactError, &ErrorLabel::clear);
        connect(m_phone, &PhoneNumberEdit::changed, this, [this] { m_contactProblem = Problem::None; });
    }
    m_ui->contactLabel->setBuddy(contactField());
    m_ui->passwordHint->setForegroundRole(QPalette::PlaceholderText);
    frameLayout(m_ui->layout);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->contactError), contactField());
    // Tab follows the page top to bottom: the password field was created before the contact field.
    // (setTabOrder takes focusable widgets: the number field, not the phone box that holds it.)
    setTabOrder(m_email ? static_cast<QWidget*>(m_email) : m_phone->numberEdit(), m_ui->currentPassword);

    connect(m_ui->currentPassword, &QLineEdit::textEdited, m_ui->passwordError, &ErrorLabel::clear);
    connect(m_ui->currentPassword, &QLineEdit::textEdited, this, [this] { m_passwordMissing = false; });
    setBusyText([] { return tr("Sending the code…"); });
    setInputs({ contactField(), m_ui->currentPassword });
    setFieldErrors({ m_ui->contactError, m_ui->passwordError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

ContactDetailsPage::~ContactDetailsPage() = default;

PasswordEdit* ContactDetailsPage::passwordEdit() const
{
    return m_ui->currentPassword;
}

ErrorLabel* ContactDetailsPage::contactError() const
{
    return m_ui->contactError;
}

ErrorLabel* ContactDetailsPage::passwordError() const
{
    return m_ui->passwordError;
}

void ContactDetailsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    // The texts of the kind of contact.
    if (m_kind == Kind::Email) {
        m_email->setPlaceholderText(tr("name@example.com"));
        m_ui->contactLabel->setText(tr("New &email address"));
        setSubTitle(tr("We will send a code to the new address to confirm that it is yours."));
    } else {
        m_ui->contactLabel->setText(tr("New p&hone number"));
        setSubTitle(tr("We will send a code by SMS to the new number to confirm that it is yours."));
    }
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
    return m_ui->currentPassword->text();
}

void ContactDetailsPage::clearPassword()
{
    m_ui->currentPassword->clear();
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
    m_passwordMissing = m_ui->currentPassword->text().isEmpty();
    showProblems();
    if (m_ui->contactError->isVisibleTo(this))
        contactField()->setFocus();
    else if (m_ui->passwordError->isVisibleTo(this))
        m_ui->currentPassword->setFocus();
    return !m_ui->contactError->isVisibleTo(this) && !m_ui->passwordError->isVisibleTo(this);
}

void ContactDetailsPage::showProblems()
{
    const bool email = m_kind == Kind::Email;
    switch (m_contactProblem) {
    case Problem::None:
        break;
    case Problem::Empty:
        m_ui->contactError->showMessage(email ? tr("Enter the new email address.")
                                              : tr("Enter the new phone number."));
        break;
    case Problem::Invalid:
        m_ui->contactError->showMessage(
            email ? tr("This is not a valid email address. Check it for typos.")
                  //: %1 is the calling code the user picked, e.g. "+7"
                  : tr("This is not a valid phone number for the country code %1. Check the number and the "
                       "code.")
                        .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
        break;
    }
    if (m_passwordMissing)
        m_ui->passwordError->showMessage(tr("Enter your current password."));
}

bool ContactDetailsPage::showFieldError(const ApiError& error)
{
    const bool aboutContact = error.field == QLatin1String("email") || error.field == QLatin1String("phone")
        || error.field == QLatin1String("region");
    switch (error.code) {
    case ErrorCode::PasswordWrong:
    case ErrorCode::LoginLocked:
        m_ui->passwordError->showError(error);
        m_ui->currentPassword->setFocus();
        m_ui->currentPassword->selectAll();
        return true;
    case ErrorCode::InvalidField:
        if (aboutContact && error.field != QLatin1String("region")) {
            // The only invalid value a valid-looking address can be: the one the account has.
            m_ui->contactError->showError(error,
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
            m_ui->contactError->showError(error);
        else if (error.field == QLatin1String("password"))
            m_ui->passwordError->showError(error);
        else
            return false;
        return true;
    default:
        return false;
    }
}

void ContactDetailsPage::errorShown(const ApiError&)
{
    if (m_ui->contactError->isVisibleTo(this))
        contactField()->setFocus();
}
