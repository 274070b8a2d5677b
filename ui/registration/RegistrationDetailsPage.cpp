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
#include "ui_RegistrationDetailsPage.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QWizard>

RegistrationDetailsPage::RegistrationDetailsPage(AccountApi* api, QWidget* parent)
    : CaptchaSubmitPage(parent)
    , m_ui(std::make_unique<Ui::RegistrationDetailsPage>())
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    addCaptcha(api, m_ui->layout, m_ui->layout->indexOf(m_ui->newsSpacing), QStringLiteral("captchaError"));
    // Tab follows the page top to bottom: the news box, created before the captcha, comes after
    // its answer field. (setTabOrder takes focusable widgets, not the captcha that holds them.)
    setTabOrder(captcha()->answerEdit(), m_ui->news);

    connect(m_ui->email, &QLineEdit::textEdited, this, &RegistrationDetailsPage::clearContactError);
    connect(m_ui->phone, &PhoneNumberEdit::changed, this, &RegistrationDetailsPage::clearContactError);
    // The phone's country code follows the country of residence; another one can still be picked.
    connect(m_ui->region, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->phone->setRegion(m_ui->region->region()); });
    connect(m_ui->alreadySignIn, &QPushButton::clicked, this, &RegistrationDetailsPage::signInRequested);
    connect(m_ui->alreadyForgot, &QPushButton::clicked, this,
            &RegistrationDetailsPage::forgotPasswordRequested);
    m_ui->phone->setRegion(m_ui->region->region());
    // Also hides the sign-in and recovery buttons (clearContactError) until E-ALREADY-REGISTERED.
    setMethod(Method::Email);
    setBusyText([] { return tr("Sending the code…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

RegistrationDetailsPage::~RegistrationDetailsPage() = default;

RegionComboBox* RegistrationDetailsPage::regionBox() const
{
    return m_ui->region;
}

QLineEdit* RegistrationDetailsPage::emailEdit() const
{
    return m_ui->email;
}

PhoneNumberEdit* RegistrationDetailsPage::phoneEdit() const
{
    return m_ui->phone;
}

QCheckBox* RegistrationDetailsPage::newsCheckBox() const
{
    return m_ui->news;
}

ErrorLabel* RegistrationDetailsPage::contactError() const
{
    return m_ui->contactError;
}

QPushButton* RegistrationDetailsPage::signInButton() const
{
    return m_ui->alreadySignIn;
}

QPushButton* RegistrationDetailsPage::forgotPasswordButton() const
{
    return m_ui->alreadyForgot;
}

void RegistrationDetailsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    retranslateMethod();
}

void RegistrationDetailsPage::retranslateMethod()
{
    const bool email = m_method == Method::Email;
    m_ui->contactLabel->setText(email ? tr("&Email address") : tr("P&hone number"));
    setSubTitle(email ? tr("We will send a code and a link to this address to confirm that it is yours.")
                      : tr("We will send a code by SMS to this number to confirm that it is yours."));
}

void RegistrationDetailsPage::setMethod(Method method)
{
    m_method = method;
    const bool email = method == Method::Email;
    m_ui->email->setVisible(email);
    m_ui->phone->setVisible(!email);
    m_ui->contactLabel->setBuddy(email ? static_cast<QWidget*>(m_ui->email) : m_ui->phone);
    retranslateMethod();
    clearContactError();
}

StartRegistrationRequest RegistrationDetailsPage::request() const
{
    StartRegistrationRequest request;
    request.method = m_method == Method::Email ? QStringLiteral("email") : QStringLiteral("phone");
    if (m_method == Method::Email)
        request.email = EmailAddress::normalize(m_ui->email->text());
    else
        request.phone = m_ui->phone->e164();
    request.region = m_ui->region->region();
    request.marketingOptIn = m_ui->news->isChecked();
    request.captcha = captcha()->answer();
    // The app's language (Translations sets the default locale with it): the code comes in it,
    // and so will the account's emails and SMS.
    const QString language = accountLanguageFor(QLocale().name());
    request.language = language.isEmpty() ? QStringLiteral("en") : language;
    return request;
}

QString RegistrationDetailsPage::login() const
{
    return m_method == Method::Email ? EmailAddress::normalize(m_ui->email->text()) : m_ui->phone->e164();
}

LoginIdentity RegistrationDetailsPage::identity() const
{
    LoginIdentity identity;
    if (m_method == Method::Email) {
        identity.email = m_ui->email->text().trimmed();
    } else {
        identity.method = LoginIdentity::Method::Phone;
        identity.region = m_ui->phone->region();
        identity.nationalNumber = m_ui->phone->nationalNumber();
    }
    return identity;
}

void RegistrationDetailsPage::initializePage()
{
    loadCaptcha();
    if (m_method == Method::Email)
        m_ui->email->setFocus();
    else
        m_ui->phone->setFocus();
}

bool RegistrationDetailsPage::checkInput()
{
    clearErrors();
    QWidget* firstBad = nullptr;
    if (m_method == Method::Email) {
        if (m_ui->email->text().trimmed().isEmpty())
            m_ui->contactError->showMessage(tr("Enter your email address."));
        else if (!EmailAddress::isValid(m_ui->email->text()))
            m_ui->contactError->showMessage(tr("This is not a valid email address. Check it for typos."));
        if (m_ui->contactError->isVisibleTo(this))
            firstBad = m_ui->email;
    } else {
        if (m_ui->phone->isEmpty()) {
            m_ui->contactError->showMessage(tr("Enter your phone number."));
        } else if (!m_ui->phone->isValid()) {
            //: %1 is the calling code the user picked, e.g. "+7"
            m_ui->contactError->showMessage(
                tr("This is not a valid phone number for the country code %1. Check the number and the code.")
                    .arg(QStringLiteral("+%1").arg(PhoneNumbers::callingCode(m_ui->phone->region()))));
        }
        if (m_ui->contactError->isVisibleTo(this))
            firstBad = m_ui->phone;
    }
    if (!checkCaptcha() && captcha()->isLoaded() && !firstBad)
        firstBad = captcha()->answerEdit();
    if (firstBad)
        firstBad->setFocus();
    return !m_ui->contactError->isVisibleTo(this) && !captchaError()->isVisibleTo(this);
}

void RegistrationDetailsPage::clearErrors()
{
    SubmitPage::clearErrors();
    clearContactError();
    captchaError()->clear();
}

void RegistrationDetailsPage::clearContactError()
{
    m_ui->contactError->clear();
    m_ui->alreadyActions->setVisible(false);
}

bool RegistrationDetailsPage::showFieldError(const ApiError& error)
{
    if (showCaptchaError(error))
        return true;
    const bool contactField = error.field == QLatin1String("email") || error.field == QLatin1String("phone");
    switch (error.code) {
    case ErrorCode::AlreadyRegistered:
        m_ui->contactError->showError(error);
        m_ui->alreadyActions->setVisible(true);
        break;
    case ErrorCode::EmailInvalid:
    case ErrorCode::PhoneInvalid:
        m_ui->contactError->showError(error);
        break;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (!contactField)
            return false;
        m_ui->contactError->showError(error);
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
        reloadCaptcha();
    if (m_ui->contactError->isVisibleTo(this))
        m_method == Method::Email ? m_ui->email->setFocus() : m_ui->phone->setFocus();
    else
        focusCaptcha();
}

void RegistrationDetailsPage::setInputsEnabled(bool enabled)
{
    m_ui->region->setEnabled(enabled);
    m_ui->email->setEnabled(enabled);
    m_ui->phone->setEnabled(enabled);
    m_ui->news->setEnabled(enabled);
    CaptchaSubmitPage::setInputsEnabled(enabled);
}
