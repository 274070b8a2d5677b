#include "LoginPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "LoginWizard.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "protocol/ApiError.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

LoginPage::LoginPage(LoginWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_pageError(new ErrorLabel(this))
    , m_methods(new QButtonGroup(this))
    , m_loginLabel(new QLabel(this))
    , m_methodLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_loginFields(new QStackedWidget(this))
    , m_email(new QLineEdit(this))
    , m_phone(new PhoneNumberEdit(this))
    , m_accountId(new QLineEdit(this))
    , m_loginError(new ErrorLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_createAccount(new QPushButton(this))
    , m_forgotPassword(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginPage"));

    m_pageError->setObjectName(QStringLiteral("pageError"));
    m_loginError->setObjectName(QStringLiteral("loginError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));

    auto* methodRow = new QHBoxLayout;
    for (Method method : { Method::Email, Method::Phone, Method::AccountId }) {
        auto* button = new QRadioButton(this);
        m_methods->addButton(button, int(method));
        methodRow->addWidget(button);
    }
    methodRow->addStretch();
    QLabel* methodLabel = m_methodLabel;

    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_loginFields->addWidget(m_email);
    m_loginFields->addWidget(m_phone);
    m_loginFields->addWidget(m_accountId);
    // Each field is only as tall as a line edit: the stack must not reserve room for the tallest.
    m_loginFields->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_password->setObjectName(QStringLiteral("password"));
    QLabel* passwordLabel = m_passwordLabel;
    passwordLabel->setBuddy(m_password);

    // A link-like button: a way out of this dialog, not its main action.
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_createAccount->setFlat(true);
    m_createAccount->setCursor(Qt::PointingHandCursor);
    m_createAccount->setAutoDefault(false);
    m_forgotPassword->setObjectName(QStringLiteral("forgotPassword"));
    m_forgotPassword->setFlat(true);
    m_forgotPassword->setCursor(Qt::PointingHandCursor);
    m_forgotPassword->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_pageError);
    layout->addWidget(methodLabel);
    layout->addLayout(methodRow);
    layout->addSpacing(8);
    layout->addWidget(m_loginLabel);
    layout->addWidget(m_loginFields);
    layout->addWidget(m_loginError);
    layout->addSpacing(8);
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordError);
    layout->addSpacing(4);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_forgotPassword);
    linkRow->addStretch();
    linkRow->addWidget(m_createAccount);
    layout->addLayout(linkRow);
    layout->addStretch();
    layout->addWidget(m_busy);

    connect(m_createAccount, &QPushButton::clicked, this, &LoginPage::createAccountRequested);
    connect(m_forgotPassword, &QPushButton::clicked, this, &LoginPage::forgotPasswordRequested);
    connect(m_methods, &QButtonGroup::idClicked, this, [this](int id) { setMethod(Method(id)); });
    // A correction makes the old complaint about that field stale.
    connect(m_email, &QLineEdit::textEdited, m_loginError, &ErrorLabel::clear);
    connect(m_accountId, &QLineEdit::textEdited, m_loginError, &ErrorLabel::clear);
    connect(m_phone, &PhoneNumberEdit::changed, m_loginError, &ErrorLabel::clear);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &ErrorLabel::clear);

    setMethod(Method::Email);
    retranslateUi();
}

void LoginPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LoginPage::retranslateUi()
{
    setTitle(tr("Sign in to your account"));
    setSubTitle(tr("Use the email address, phone number or account ID of your account, and its password."));
    m_methods->button(int(Method::Email))->setText(tr("Email"));
    m_methods->button(int(Method::Phone))->setText(tr("Phone number"));
    m_methods->button(int(Method::AccountId))->setText(tr("Account ID"));
    m_methodLabel->setText(tr("Sign in with:"));
    m_email->setPlaceholderText(tr("name@example.com"));
    //: Placeholder of the account ID field; the ID is a number
    m_accountId->setPlaceholderText(tr("For example, 1234567890"));
    m_passwordLabel->setText(tr("&Password"));
    //: On the sign-in page, for people who have no account yet
    m_createAccount->setText(tr("No account? &Create one"));
    //: Under the password on the sign-in page (the guide's «Забыли пароль?»)
    m_forgotPassword->setText(tr("&Forgot password?"));
    updateLoginLabel();
}

QRadioButton* LoginPage::methodButton(Method method) const
{
    return qobject_cast<QRadioButton*>(m_methods->button(int(method)));
}

LoginPage::Method LoginPage::method() const
{
    return Method(m_methods->checkedId());
}

void LoginPage::setMethod(Method method)
{
    methodButton(method)->setChecked(true);
    m_loginFields->setCurrentIndex(int(method));
    m_loginFields->setFixedHeight(m_loginFields->currentWidget()->sizeHint().height());
    m_loginError->clear();
    updateLoginLabel();
    if (isVisible())
        m_loginFields->currentWidget()->setFocus();
}

void LoginPage::updateLoginLabel()
{
    switch (method()) {
    case Method::Email:
        m_loginLabel->setText(tr("&Email address"));
        m_loginLabel->setBuddy(m_email);
        break;
    case Method::Phone:
        m_loginLabel->setText(tr("P&hone number"));
        m_loginLabel->setBuddy(m_phone);
        break;
    case Method::AccountId:
        m_loginLabel->setText(tr("Account &ID"));
        m_loginLabel->setBuddy(m_accountId);
        break;
    }
}

QString LoginPage::login() const
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

void LoginPage::prefillEmail(const QString& email)
{
    setMethod(Method::Email);
    m_email->setText(email);
    m_password->setFocus();
}

void LoginPage::prefillPhone(const QString& region, const QString& nationalNumber)
{
    setMethod(Method::Phone);
    m_phone->setRegion(region);
    m_phone->setNationalNumber(nationalNumber);
    m_password->setFocus();
}

void LoginPage::prefillAccountId(const QString& accountId)
{
    setMethod(Method::AccountId);
    m_accountId->setText(accountId);
    m_password->setFocus();
}

QString LoginPage::password() const
{
    return m_password->text();
}

bool LoginPage::validateInput()
{
    clearErrors();
    bool ok = true;
    switch (method()) {
    case Method::Email:
        if (m_email->text().trimmed().isEmpty()) {
            m_loginError->showMessage(tr("Enter your email address."));
            ok = false;
        } else if (!EmailAddress::isValid(m_email->text())) {
            m_loginError->showMessage(tr("This is not a valid email address. Check it for typos."));
            ok = false;
        }
        break;
    case Method::Phone:
        if (m_phone->isEmpty()) {
            m_loginError->showMessage(tr("Enter your phone number."));
            ok = false;
        } else if (!m_phone->isValid()) {
            //: %1 is the calling code the user picked, e.g. "+7"
            m_loginError->showMessage(
                tr("This is not a valid phone number for the country code %1. Check the number and the code.")
                    .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
            ok = false;
        }
        break;
    case Method::AccountId: {
        const QString id = m_accountId->text().trimmed();
        bool numeric = !id.isEmpty();
        for (const QChar c : id)
            numeric = numeric && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (id.isEmpty()) {
            m_loginError->showMessage(tr("Enter your account ID."));
            ok = false;
        } else if (!numeric) {
            m_loginError->showMessage(tr("An account ID consists of digits only."));
            ok = false;
        }
        break;
    }
    }
    if (m_password->text().isEmpty()) {
        m_passwordError->showMessage(tr("Enter your password."));
        ok = false;
    }
    if (!ok) {
        // Take the user to the first field that needs attention.
        if (m_loginError->isVisibleTo(this))
            m_loginFields->currentWidget()->setFocus();
        else
            m_password->setFocus();
    }
    return ok;
}

void LoginPage::clearErrors()
{
    m_pageError->clear();
    m_loginError->clear();
    m_passwordError->clear();
}

void LoginPage::showError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::InvalidCredentials:
        m_passwordError->showError(error);
        m_password->setFocus();
        m_password->selectAll();
        break;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (error.field == QLatin1String("password"))
            m_passwordError->showError(error);
        else if (error.field == QLatin1String("login"))
            m_loginError->showError(error);
        else
            m_pageError->showError(error);
        break;
    default:
        m_pageError->showError(error);
    }
}

void LoginPage::setBusy(bool busy)
{
    m_isBusy = busy;
    for (QAbstractButton* button : m_methods->buttons())
        button->setEnabled(!busy);
    m_loginFields->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_createAccount->setEnabled(!busy);
    m_forgotPassword->setEnabled(!busy);
    if (busy) {
        clearErrors();
        m_busy->start(tr("Signing in…"));
    } else {
        m_busy->stop();
    }
    emit completeChanged();
}

bool LoginPage::isComplete() const
{
    return !m_isBusy;
}

bool LoginPage::validatePage()
{
    if (!validateInput())
        return false;
    // With a captcha demanded, the next page asks for it and sends everything together.
    if (m_wizard->captchaNeeded())
        return true;
    m_wizard->signIn(std::nullopt);
    return false;
}

int LoginPage::nextId() const
{
    return m_wizard->captchaNeeded() ? LoginWizard::CaptchaPageId : -1;
}
