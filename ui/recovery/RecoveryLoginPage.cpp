#include "RecoveryLoginPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "PhoneNumberEdit.h"
#include "protocol/ApiError.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWizard>

RecoveryLoginPage::RecoveryLoginPage(AccountApi* api, QWidget* parent)
    : QWizardPage(parent)
    , m_pageError(new ErrorLabel(this))
    , m_methods(new QButtonGroup(this))
    , m_loginLabel(new QLabel(this))
    , m_loginFields(new QStackedWidget(this))
    , m_email(new QLineEdit(this))
    , m_phone(new PhoneNumberEdit(this))
    , m_accountId(new QLineEdit(this))
    , m_loginError(new ErrorLabel(this))
    , m_captcha(new CaptchaWidget(api, this))
    , m_captchaError(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setObjectName(QStringLiteral("recoveryLoginPage"));
    // The subtitle stays short: the wizard's header shows two lines at most, so the explanation
    // goes into the page, where a long translation can wrap.
    m_explanationText = new QLabel(this);
    auto* explanation = m_explanationText;
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    m_pageError->setObjectName(QStringLiteral("pageError"));
    m_loginError->setObjectName(QStringLiteral("loginError"));
    m_captchaError->setObjectName(QStringLiteral("captchaError"));

    auto* methodRow = new QHBoxLayout;
    for (Method method : { Method::Email, Method::Phone, Method::AccountId }) {
        auto* button = new QRadioButton(this);
        m_methods->addButton(button, int(method));
        methodRow->addWidget(button);
    }
    methodRow->addStretch();

    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setInputMethodHints(Qt::ImhDigitsOnly);
    m_loginFields->addWidget(m_email);
    m_loginFields->addWidget(m_phone);
    m_loginFields->addWidget(m_accountId);
    m_loginFields->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_pageError);
    layout->addWidget(explanation);
    layout->addSpacing(4);
    layout->addLayout(methodRow);
    layout->addSpacing(4);
    layout->addWidget(m_loginLabel);
    layout->addWidget(m_loginFields);
    layout->addWidget(m_loginError);
    layout->addSpacing(8);
    layout->addWidget(m_captcha);
    layout->addWidget(m_captchaError);
    layout->addStretch();
    layout->addWidget(m_busy);

    connect(m_methods, &QButtonGroup::idClicked, this, [this](int id) { setMethod(Method(id)); });
    connect(m_email, &QLineEdit::textEdited, m_loginError, &ErrorLabel::clear);
    connect(m_accountId, &QLineEdit::textEdited, m_loginError, &ErrorLabel::clear);
    connect(m_phone, &PhoneNumberEdit::changed, m_loginError, &ErrorLabel::clear);
    connect(m_captcha, &CaptchaWidget::answerEdited, m_captchaError, &ErrorLabel::clear);
    setMethod(Method::Email);
    retranslateUi();
}

void RecoveryLoginPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RecoveryLoginPage::retranslateUi()
{
    setTitle(tr("Forgot your password?"));
    //: Subtitle of the recovery's first page (the title asks "Forgot your password?")
    setSubTitle(tr("Which account is it?"));
    m_explanationText->setText(tr("Enter the email address, phone number or account ID of your account. We "
                                  "will send a code to confirm that it is yours."));
    m_email->setPlaceholderText(tr("name@example.com"));
    //: Placeholder of the account ID field; the ID is a number
    m_accountId->setPlaceholderText(tr("For example, 1234567890"));
    m_methods->button(int(Method::Email))->setText(tr("Email"));
    m_methods->button(int(Method::Phone))->setText(tr("Phone number"));
    m_methods->button(int(Method::AccountId))->setText(tr("Account ID"));
    switch (method()) {
    case Method::Email:
        m_loginLabel->setText(tr("&Email address"));
        break;
    case Method::Phone:
        m_loginLabel->setText(tr("P&hone number"));
        break;
    case Method::AccountId:
        m_loginLabel->setText(tr("Account &ID"));
        break;
    }
}

QRadioButton* RecoveryLoginPage::methodButton(Method method) const
{
    return qobject_cast<QRadioButton*>(m_methods->button(int(method)));
}

RecoveryLoginPage::Method RecoveryLoginPage::method() const
{
    return Method(m_methods->checkedId());
}

void RecoveryLoginPage::setMethod(Method method)
{
    methodButton(method)->setChecked(true);
    m_loginFields->setCurrentIndex(int(method));
    m_loginFields->setFixedHeight(m_loginFields->currentWidget()->sizeHint().height());
    m_loginError->clear();
    switch (method) {
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
    if (isVisible())
        m_loginFields->currentWidget()->setFocus();
}

QString RecoveryLoginPage::login() const
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

StartRecoveryRequest RecoveryLoginPage::request() const
{
    StartRecoveryRequest request;
    request.login = login();
    request.captcha = m_captcha->answer();
    return request;
}

void RecoveryLoginPage::prefillEmail(const QString& email)
{
    setMethod(Method::Email);
    m_email->setText(email);
}

void RecoveryLoginPage::prefillPhone(const QString& region, const QString& nationalNumber)
{
    setMethod(Method::Phone);
    m_phone->setRegion(region);
    m_phone->setNationalNumber(nationalNumber);
}

void RecoveryLoginPage::prefillAccountId(const QString& accountId)
{
    setMethod(Method::AccountId);
    m_accountId->setText(accountId);
}

void RecoveryLoginPage::initializePage()
{
    if (!m_captcha->isLoaded())
        m_captcha->reload();
    // A prefilled login only needs the captcha.
    if (login().isEmpty())
        m_loginFields->currentWidget()->setFocus();
    else
        m_captcha->answerEdit()->setFocus();
}

void RecoveryLoginPage::reloadCaptcha()
{
    m_captcha->reload();
}

bool RecoveryLoginPage::validateInput()
{
    clearErrors();
    switch (method()) {
    case Method::Email:
        if (m_email->text().trimmed().isEmpty())
            m_loginError->showMessage(tr("Enter your email address."));
        else if (!EmailAddress::isValid(m_email->text()))
            m_loginError->showMessage(tr("This is not a valid email address. Check it for typos."));
        break;
    case Method::Phone:
        if (m_phone->isEmpty()) {
            m_loginError->showMessage(tr("Enter your phone number."));
        } else if (!m_phone->isValid()) {
            //: %1 is the calling code the user picked, e.g. "+7"
            m_loginError->showMessage(
                tr("This is not a valid phone number for the country code %1. Check the number and the code.")
                    .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
        }
        break;
    case Method::AccountId: {
        const QString id = m_accountId->text().trimmed();
        bool numeric = !id.isEmpty();
        for (const QChar c : id)
            numeric = numeric && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (id.isEmpty())
            m_loginError->showMessage(tr("Enter your account ID."));
        else if (!numeric)
            m_loginError->showMessage(tr("An account ID consists of digits only."));
        break;
    }
    }
    if (!m_captcha->isLoaded())
        m_captchaError->showMessage(
            tr("The picture has not loaded yet. Wait a moment or get another picture."));
    else if (m_captcha->answer().answer.isEmpty())
        m_captchaError->showMessage(tr("Type the characters from the picture."));
    if (m_loginError->isVisibleTo(this))
        m_loginFields->currentWidget()->setFocus();
    else if (m_captchaError->isVisibleTo(this))
        m_captcha->answerEdit()->setFocus();
    return !m_loginError->isVisibleTo(this) && !m_captchaError->isVisibleTo(this);
}

void RecoveryLoginPage::clearErrors()
{
    m_pageError->clear();
    m_loginError->clear();
    m_captchaError->clear();
}

void RecoveryLoginPage::showError(const ApiError& error)
{
    if (error.code == ErrorCode::Cancelled)
        return;
    const bool captchaField = error.field.startsWith(QLatin1String("captcha"));
    switch (error.code) {
    case ErrorCode::CaptchaRequired:
    case ErrorCode::CaptchaWrong:
        m_captchaError->showError(error);
        break;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (error.field == QLatin1String("login"))
            m_loginError->showError(error);
        else if (captchaField)
            m_captchaError->showError(error);
        else
            m_pageError->showError(error);
        break;
    default:
        m_pageError->showError(error);
    }
    // The server checks the login's shape and its rate limit before the captcha and keeps the
    // picture then; any later answer has used it up. A new picture costs nothing: always take one.
    m_captcha->reload();
    if (m_loginError->isVisibleTo(this))
        m_loginFields->currentWidget()->setFocus();
    else
        m_captcha->answerEdit()->setFocus();
}

void RecoveryLoginPage::setBusy(bool busy)
{
    m_isBusy = busy;
    for (QAbstractButton* button : m_methods->buttons())
        button->setEnabled(!busy);
    m_loginFields->setEnabled(!busy);
    m_captcha->setBusy(busy);
    if (busy) {
        clearErrors();
        m_busy->start(tr("Checking the details…"));
    } else {
        m_busy->stop();
    }
    emit completeChanged();
}

void RecoveryLoginPage::proceed()
{
    m_proceeding = true;
    wizard()->next();
    m_proceeding = false;
}

bool RecoveryLoginPage::isComplete() const
{
    return !m_isBusy;
}

bool RecoveryLoginPage::validatePage()
{
    if (m_proceeding)
        return true;
    if (!validateInput())
        return false;
    emit submitted();
    return false;
}
