// SPDX-License-Identifier: Apache-2.0
#include "LoginIdentifierEdit.h"

#include "ErrorLabel.h"
#include "PhoneNumberEdit.h"
#include "Retranslator.h"
#include "validation/AccountId.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpacerItem>
#include <QStackedWidget>
#include <QVBoxLayout>

LoginIdentifierEdit::LoginIdentifierEdit(QWidget* parent)
    : QWidget(parent)
    , m_methods(new QButtonGroup(this))
    , m_choiceSpacing(new QSpacerItem(0, 4, QSizePolicy::Minimum, QSizePolicy::Fixed))
    , m_label(new QLabel(this))
    , m_fields(new QStackedWidget(this))
    , m_email(new QLineEdit(this))
    , m_phone(new PhoneNumberEdit(this))
    , m_accountId(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("loginIdentifier"));
    m_error->setObjectName(QStringLiteral("loginError"));
    auto* methodRow = new QHBoxLayout;
    for (Method method : { Method::Email, Method::Phone, Method::AccountId }) {
        auto* button = new QRadioButton(this);
        m_methods->addButton(button, int(method));
        methodRow->addWidget(button);
    }
    methodRow->addStretch();
    // Tab goes the way the page reads: the method first, then its field (the fields were made
    // before the buttons, which put the buttons after them).
    QWidget* previous = m_methods->button(int(Method::AccountId));
    for (QWidget* field :
         { static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_phone->countryBox()),
           static_cast<QWidget*>(m_phone->numberEdit()), static_cast<QWidget*>(m_accountId) }) {
        setTabOrder(previous, field);
        previous = field;
    }

    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_fields->addWidget(m_email);
    m_fields->addWidget(m_phone);
    m_fields->addWidget(m_accountId);
    // Each field is only as tall as a line edit: the stack must not reserve room for the tallest.
    m_fields->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(methodRow);
    layout->addItem(m_choiceSpacing);
    layout->addWidget(m_label);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);

    // Toggled, not clicked: a screen reader's or voice control's "Toggle" action and the arrow keys
    // check a button without a click, and the form must follow all the same.
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked && m_fields->currentIndex() != id)
            setMethod(Method(id));
    });
    // A correction makes the old complaint stale.
    connect(m_email, &QLineEdit::textEdited, m_error, &ErrorLabel::clear);
    connect(m_accountId, &QLineEdit::textEdited, m_error, &ErrorLabel::clear);
    connect(m_phone, &PhoneNumberEdit::changed, m_error, &ErrorLabel::clear);
    setMethod(Method::Email);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void LoginIdentifierEdit::retranslateUi()
{
    // Accelerators of their own (not the field labels' E, H, I): Alt+M, N or D picks the method
    // and takes the focus to its field, with no mouse.
    //: Sign-in method; its accelerator must differ from those of the field labels under it
    m_methods->button(int(Method::Email))->setText(tr("E&mail"));
    //: Sign-in method; its accelerator must differ from those of the field labels under it
    m_methods->button(int(Method::Phone))->setText(tr("Ph&one number"));
    //: Sign-in method; its accelerator must differ from those of the field labels under it
    m_methods->button(int(Method::AccountId))->setText(tr("Account I&D"));
    m_email->setPlaceholderText(tr("name@example.com"));
    //: Placeholder of the account ID field; the ID is a number
    m_accountId->setPlaceholderText(tr("For example, 1234567890"));
    // The fields' names for screen readers: the label's text without its accelerator, also in the
    // "邮箱地址(&E)" form of Chinese and Japanese labels.
    const auto spoken = [](QString text) {
        static const QRegularExpression trailing(QStringLiteral("\\s*\\(&\\w\\)"));
        return text.remove(trailing).remove(QLatin1Char('&'));
    };
    m_email->setAccessibleName(spoken(labelText(Method::Email)));
    m_accountId->setAccessibleName(spoken(labelText(Method::AccountId)));
    m_label->setText(labelText(method()));
}

QString LoginIdentifierEdit::labelText(Method method)
{
    switch (method) {
    case Method::Email:
        return tr("&Email address");
    case Method::Phone:
        return tr("P&hone number");
    case Method::AccountId:
        return tr("Account &ID");
    }
    return {};
}

QWidget* LoginIdentifierEdit::lastField() const
{
    return m_accountId;
}

QRadioButton* LoginIdentifierEdit::methodButton(Method method) const
{
    return qobject_cast<QRadioButton*>(m_methods->button(int(method)));
}

LoginIdentifierEdit::Method LoginIdentifierEdit::method() const
{
    return Method(m_methods->checkedId());
}

void LoginIdentifierEdit::setMethod(Method method)
{
    methodButton(method)->setChecked(true);
    m_fields->setCurrentIndex(int(method));
    m_fields->setFixedHeight(m_fields->currentWidget()->sizeHint().height());
    m_label->setBuddy(m_fields->currentWidget());
    m_error->clear();
    m_label->setText(labelText(method));
    if (isVisible())
        focusField();
}

void LoginIdentifierEdit::setChoiceSpacing(int pixels)
{
    m_choiceSpacing->changeSize(0, pixels, QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout()->invalidate();
}

void LoginIdentifierEdit::focusField()
{
    m_fields->currentWidget()->setFocus();
}

QString LoginIdentifierEdit::login() const
{
    switch (method()) {
    case Method::Email:
        return EmailAddress::normalize(m_email->text());
    case Method::Phone:
        return m_phone->e164();
    case Method::AccountId:
        return m_accountId->text().trimmed();
    }
    return {};
}

LoginIdentity LoginIdentifierEdit::identity() const
{
    LoginIdentity identity;
    identity.method = method();
    identity.email = m_email->text().trimmed();
    identity.region = m_phone->region();
    identity.nationalNumber = m_phone->nationalNumber();
    identity.accountId = m_accountId->text().trimmed();
    return identity;
}

void LoginIdentifierEdit::setIdentity(const LoginIdentity& identity)
{
    setMethod(identity.method);
    switch (identity.method) {
    case Method::Email:
        m_email->setText(identity.email);
        break;
    case Method::Phone:
        m_phone->setRegion(identity.region);
        m_phone->setNationalNumber(identity.nationalNumber);
        break;
    case Method::AccountId:
        m_accountId->setText(identity.accountId);
        break;
    }
}

bool LoginIdentifierEdit::check()
{
    m_error->clear();
    switch (method()) {
    case Method::Email:
        if (m_email->text().trimmed().isEmpty())
            m_error->showMessage(tr("Enter your email address."));
        else if (!EmailAddress::isValid(m_email->text()))
            m_error->showMessage(tr("This is not a valid email address. Check it for typos."));
        break;
    case Method::Phone:
        if (m_phone->isEmpty()) {
            m_error->showMessage(tr("Enter your phone number."));
        } else if (!m_phone->isValid()) {
            //: %1 is the calling code the user picked, e.g. "+7"
            m_error->showMessage(
                tr("This is not a valid phone number for the country code %1. Check the number and the code.")
                    .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
        }
        break;
    case Method::AccountId:
        switch (AccountId::check(m_accountId->text())) {
        case AccountId::Problem::Empty:
            m_error->showMessage(tr("Enter your account ID."));
            break;
        case AccountId::Problem::NotDigits:
            m_error->showMessage(tr("An account ID consists of digits only."));
            break;
        case AccountId::Problem::TooLong:
            //: %n is the most digits an account ID can have (18)
            m_error->showMessage(tr("An account ID has at most %n digit(s).", nullptr, AccountId::maxDigits));
            break;
        case AccountId::Problem::None:
            break;
        }
        break;
    }
    return !hasError();
}

void LoginIdentifierEdit::showError(const ApiError& error)
{
    m_error->showError(error);
}

bool LoginIdentifierEdit::hasError() const
{
    return m_error->isVisibleTo(this);
}

void LoginIdentifierEdit::clearError()
{
    m_error->clear();
}

void LoginIdentifierEdit::setInputsEnabled(bool enabled)
{
    for (QAbstractButton* button : m_methods->buttons())
        button->setEnabled(enabled);
    m_fields->setEnabled(enabled);
}
