// SPDX-License-Identifier: Apache-2.0
#include "RegistrationDetailsPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "PhoneNumberEdit.h"
#include "RegionComboBox.h"
#include "Retranslator.h"
#include "protocol/AccountMessages.h"
#include "protocol/ApiError.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

RegistrationDetailsPage::RegistrationDetailsPage(AccountApi* api, QWidget* parent)
    : SubmitPage(parent)
    , m_region(new RegionComboBox(this))
    , m_contactLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_phone(new PhoneNumberEdit(this))
    , m_contactError(new ErrorLabel(this))
    , m_alreadyActions(new QWidget(this))
    , m_signIn(new QPushButton(m_alreadyActions))
    , m_forgot(new QPushButton(m_alreadyActions))
    , m_news(new QCheckBox(this))
    , m_captcha(new CaptchaWidget(api, this))
    , m_captchaError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("registrationDetailsPage"));
    m_region->setObjectName(QStringLiteral("region"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_contactError->setObjectName(QStringLiteral("contactError"));
    m_captchaError->setObjectName(QStringLiteral("captchaError"));
    m_signIn->setObjectName(QStringLiteral("alreadySignIn"));
    m_forgot->setObjectName(QStringLiteral("alreadyForgot"));
    // Opt-in: news is the user's choice to make, not a box to notice and untick.
    m_news->setObjectName(QStringLiteral("news"));
    m_news->setChecked(false);

    m_regionLabelText = new QLabel(this);
    auto* regionLabel = m_regionLabelText;
    regionLabel->setBuddy(m_region);

    auto* alreadyLayout = new QHBoxLayout(m_alreadyActions);
    alreadyLayout->setContentsMargins(0, 0, 0, 0);
    alreadyLayout->addWidget(m_signIn);
    alreadyLayout->addWidget(m_forgot);
    alreadyLayout->addStretch();
    m_alreadyActions->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(regionLabel);
    layout->addWidget(m_region, 0, Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(m_contactLabel);
    layout->addWidget(m_email);
    layout->addWidget(m_phone);
    layout->addWidget(m_contactError);
    layout->addWidget(m_alreadyActions);
    layout->addSpacing(6);
    layout->addWidget(m_captcha);
    layout->addWidget(m_captchaError);
    layout->addSpacing(6);
    layout->addWidget(m_news);
    layout->addStretch();
    layout->addWidget(busyIndicator());
    // Tab follows the page top to bottom: the news box, created before the captcha, comes after
    // its answer field. (setTabOrder takes focusable widgets, not the captcha that holds them.)
    setTabOrder(m_captcha->answerEdit(), m_news);

    connect(m_email, &QLineEdit::textEdited, this, &RegistrationDetailsPage::clearContactError);
    connect(m_phone, &PhoneNumberEdit::changed, this, &RegistrationDetailsPage::clearContactError);
    connect(m_captcha, &CaptchaWidget::answerEdited, m_captchaError, &ErrorLabel::clear);
    // The phone's country code follows the country of residence; another one can still be picked.
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_phone->setRegion(m_region->region()); });
    connect(m_signIn, &QPushButton::clicked, this, &RegistrationDetailsPage::signInRequested);
    connect(m_forgot, &QPushButton::clicked, this, &RegistrationDetailsPage::forgotPasswordRequested);
    m_phone->setRegion(m_region->region());
    setMethod(Method::Email);
    setBusyText([] { return tr("Sending the code…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void RegistrationDetailsPage::retranslateUi()
{
    m_signIn->setText(tr("&Sign In"));
    m_forgot->setText(tr("Forgot password?"));
    //: The opt-in checkbox for marketing email or SMS
    m_news->setText(tr("Stay up to date with news and &offers"));
    setTitle(tr("Create an account"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_regionLabelText->setText(tr("Country or &region"));
    // The texts that follow the chosen method.
    const bool email = m_method == Method::Email;
    m_contactLabel->setText(email ? tr("&Email address") : tr("P&hone number"));
    setSubTitle(email ? tr("We will send a code and a link to this address to confirm that it is yours.")
                      : tr("We will send a code by SMS to this number to confirm that it is yours."));
}

void RegistrationDetailsPage::setMethod(Method method)
{
    m_method = method;
    const bool email = method == Method::Email;
    m_email->setVisible(email);
    m_phone->setVisible(!email);
    m_contactLabel->setText(email ? tr("&Email address") : tr("P&hone number"));
    m_contactLabel->setBuddy(email ? static_cast<QWidget*>(m_email) : m_phone);
    setSubTitle(email ? tr("We will send a code and a link to this address to confirm that it is yours.")
                      : tr("We will send a code by SMS to this number to confirm that it is yours."));
    clearContactError();
}

StartRegistrationRequest RegistrationDetailsPage::request() const
{
    StartRegistrationRequest request;
    request.method = m_method == Method::Email ? QStringLiteral("email") : QStringLiteral("phone");
    if (m_method == Method::Email)
        request.email = EmailAddress::normalize(m_email->text());
    else
        request.phone = m_phone->e164();
    request.region = m_region->region();
    request.marketingOptIn = m_news->isChecked();
    request.captcha = m_captcha->answer();
    // The app's language (Translations sets the default locale with it): the code comes in it,
    // and so will the account's emails and SMS.
    const QString language = accountLanguageFor(QLocale().name());
    request.language = language.isEmpty() ? QStringLiteral("en") : language;
    return request;
}

QString RegistrationDetailsPage::login() const
{
    return m_method == Method::Email ? EmailAddress::normalize(m_email->text()) : m_phone->e164();
}

LoginIdentity RegistrationDetailsPage::identity() const
{
    LoginIdentity identity;
    if (m_method == Method::Email) {
        identity.email = m_email->text().trimmed();
    } else {
        identity.method = LoginIdentity::Method::Phone;
        identity.region = m_phone->region();
        identity.nationalNumber = m_phone->nationalNumber();
    }
    return identity;
}

void RegistrationDetailsPage::initializePage()
{
    if (!m_captcha->isLoaded())
        m_captcha->reload();
    if (m_method == Method::Email)
        m_email->setFocus();
    else
        m_phone->setFocus();
}

void RegistrationDetailsPage::reloadCaptcha()
{
    m_captcha->reload();
}

bool RegistrationDetailsPage::checkInput()
{
    clearErrors();
    QWidget* firstBad = nullptr;
    if (m_method == Method::Email) {
        if (m_email->text().trimmed().isEmpty())
            m_contactError->showMessage(tr("Enter your email address."));
        else if (!EmailAddress::isValid(m_email->text()))
            m_contactError->showMessage(tr("This is not a valid email address. Check it for typos."));
        if (m_contactError->isVisibleTo(this))
            firstBad = m_email;
    } else {
        if (m_phone->isEmpty()) {
            m_contactError->showMessage(tr("Enter your phone number."));
        } else if (!m_phone->isValid()) {
            //: %1 is the calling code the user picked, e.g. "+7"
            m_contactError->showMessage(
                tr("This is not a valid phone number for the country code %1. Check the number and the code.")
                    .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_phone->region()))));
        }
        if (m_contactError->isVisibleTo(this))
            firstBad = m_phone;
    }
    if (!m_captcha->checkAnswer(m_captchaError) && m_captcha->isLoaded() && !firstBad)
        firstBad = m_captcha->answerEdit();
    if (firstBad)
        firstBad->setFocus();
    return !m_contactError->isVisibleTo(this) && !m_captchaError->isVisibleTo(this);
}

void RegistrationDetailsPage::clearErrors()
{
    SubmitPage::clearErrors();
    clearContactError();
    m_captchaError->clear();
}

void RegistrationDetailsPage::clearContactError()
{
    m_contactError->clear();
    m_alreadyActions->setVisible(false);
}

bool RegistrationDetailsPage::showFieldError(const ApiError& error)
{
    const bool contactField = error.field == QLatin1String("email") || error.field == QLatin1String("phone");
    switch (error.code) {
    case ErrorCode::CaptchaRequired:
    case ErrorCode::CaptchaWrong:
        m_captchaError->showError(error);
        break;
    case ErrorCode::AlreadyRegistered:
        m_contactError->showError(error);
        m_alreadyActions->setVisible(true);
        break;
    case ErrorCode::EmailInvalid:
    case ErrorCode::PhoneInvalid:
        m_contactError->showError(error);
        break;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (contactField)
            m_contactError->showError(error);
        else if (error.field.startsWith(QLatin1String("captcha")))
            m_captchaError->showError(error);
        else
            return false;
        break;
    default:
        return false;
    }
    return true;
}

void RegistrationDetailsPage::errorShown(const ApiError& error)
{
    // The server checks the address before the captcha and keeps the captcha when the address is
    // refused (the user only fixes a typo); any other answer has used the picture up.
    const bool captchaKept = error.code == ErrorCode::EmailInvalid || error.code == ErrorCode::PhoneInvalid
        || ((error.code == ErrorCode::InvalidField || error.code == ErrorCode::MissingField)
            && !error.field.startsWith(QLatin1String("captcha")));
    if (!captchaKept)
        m_captcha->reload();
    if (m_contactError->isVisibleTo(this))
        m_method == Method::Email ? m_email->setFocus() : m_phone->setFocus();
    else
        m_captcha->answerEdit()->setFocus();
}

void RegistrationDetailsPage::setInputsEnabled(bool enabled)
{
    m_region->setEnabled(enabled);
    m_email->setEnabled(enabled);
    m_phone->setEnabled(enabled);
    m_news->setEnabled(enabled);
    m_captcha->setBusy(!enabled);
}
