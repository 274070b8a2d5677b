// SPDX-License-Identifier: Apache-2.0
#include "NewPasswordPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "StatusColors.h"
#include "protocol/ApiError.h"
#include "validation/PasswordStrength.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace {
// Every rule, in the order the checklist shows them. TooLong only shows when broken: a line
// "At most 64 characters" would be noise for everybody else.
const PasswordPolicy::Problem kRules[] = {
    PasswordPolicy::Problem::TooShort,    PasswordPolicy::Problem::NoLetter, PasswordPolicy::Problem::NoDigit,
    PasswordPolicy::Problem::EqualsLogin, PasswordPolicy::Problem::Common,   PasswordPolicy::Problem::TooLong,
};

// The meter's colour for each zxcvbn score: red, orange, amber, green, dark green.
const char* const kScoreColours[] = { "#c62828", "#ef6c00", "#f9a825", "#2e7d32", "#1b5e20" };
} // namespace

NewPasswordPage::NewPasswordPage(QWidget* parent)
    : SubmitPage(parent)
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
    , m_confirm(new PasswordEdit(this))
    , m_confirmError(new ErrorLabel(this))
    , m_meter(new QProgressBar(this))
    , m_strength(new QLabel(this))
{
    setObjectName(QStringLiteral("newPasswordPage"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirmError->setObjectName(QStringLiteral("confirmError"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_strength->setObjectName(QStringLiteral("strengthLabel"));

    m_passwordLabel = new QLabel(this);
    QLabel* passwordLabel = m_passwordLabel;
    passwordLabel->setBuddy(m_password);
    m_confirmLabel = new QLabel(this);
    QLabel* confirmLabel = m_confirmLabel;
    confirmLabel->setBuddy(m_confirm);

    // One more step than zxcvbn's 0..4, so that even "Very weak" shows a red sliver.
    m_meter->setRange(0, 5);
    m_meter->setTextVisible(false);
    m_meter->setFixedHeight(8);
    auto* meterRow = new QHBoxLayout;
    m_strengthTitle = new QLabel(this);
    QLabel* strengthTitle = m_strengthTitle;
    meterRow->addWidget(strengthTitle);
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_strength);

    auto* checklist = new QVBoxLayout;
    checklist->setSpacing(2);
    for (const PasswordPolicy::Problem rule : kRules) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("rule-%1").arg(PasswordPolicy::reasonName(rule)));
        // Long rules in long languages wrap rather than run past the page.
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_rules.insert(rule, label);
        checklist->addWidget(label);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordError);
    layout->addLayout(meterRow);
    layout->addSpacing(4);
    layout->addLayout(checklist);
    layout->addSpacing(8);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmError);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordPage::updateChecks);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &ErrorLabel::clear);
    connect(m_confirm, &QLineEdit::textEdited, m_confirmError, &ErrorLabel::clear);
    // Showing one shows both: the user compares them.
    connect(m_password->toggleAction(), &QAction::toggled, m_confirm, &PasswordEdit::setPasswordShown);
    connect(m_confirm->toggleAction(), &QAction::toggled, m_password, &PasswordEdit::setPasswordShown);
    updateChecks();
    setBusyText([] { return tr("Saving the password…"); });
    setInputs({ m_password, m_confirm });
    setFieldErrors({ m_passwordError, m_confirmError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void NewPasswordPage::retranslateUi()
{
    setTitle(tr("Create a password"));
    setSubTitle(tr("You will sign in with it on this computer and on your other devices."));
    m_passwordLabel->setText(tr("&New password"));
    m_confirmLabel->setText(tr("&Repeat the password"));
    m_meter->setAccessibleName(tr("Password strength"));
    //: Before the strength meter: "Strength: Weak"
    m_strengthTitle->setText(tr("Strength:"));
    // The rules and the strength, which depend on what is typed, said again.
    updateChecks();
}

void NewPasswordPage::setLogin(const QString& login)
{
    m_login = login;
    updateChecks();
}

QString NewPasswordPage::password() const
{
    return m_password->text();
}

void NewPasswordPage::clearPasswords()
{
    m_password->clear();
    m_confirm->clear();
}

void NewPasswordPage::setRuleState(QLabel* label, PasswordPolicy::Problem rule, bool met, bool failedOnServer)
{
    // A tick or a dot, not colour alone: the state must be readable without colour too.
    const QString mark = met ? QStringLiteral("\u2714") : QStringLiteral("\u2022");
    label->setText(mark + QLatin1Char(' ') + PasswordPolicy::ruleText(rule));
    label->setProperty("met", met);
    label->setAccessibleName(met ? tr("Met: %1").arg(PasswordPolicy::ruleText(rule))
                                 : tr("Not met yet: %1").arg(PasswordPolicy::ruleText(rule)));
    // Red for a rule the server refused, green for one met: in colours with AA contrast on the palette.
    StatusColors::paint(label,
                        failedOnServer ? std::optional(StatusColors::Kind::Error)
                            : met      ? std::optional(StatusColors::Kind::Success)
                                       : std::nullopt);
}

void NewPasswordPage::updateChecks()
{
    const QString text = m_password->text();
    const QList<PasswordPolicy::Problem> problems = PasswordPolicy::check(text, m_login);
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        const bool met = !text.isEmpty() && !problems.contains(it.key());
        setRuleState(it.value(), it.key(), met);
        if (it.key() == PasswordPolicy::Problem::TooLong)
            it.value()->setVisible(problems.contains(it.key()));
    }
    if (text.isEmpty()) {
        m_meter->setValue(0);
        //: The strength label while no password is typed
        m_strength->setText(tr("None yet"));
        m_meter->setStyleSheet(QString());
        return;
    }
    const QStringList inputs = m_login.isEmpty() ? QStringList() : QStringList { m_login };
    const PasswordStrength strength = PasswordStrength::estimate(text, inputs);
    // A password the policy refuses is never shown as better than weak, whatever zxcvbn thinks.
    const int score = problems.isEmpty() ? strength.score : qMin(strength.score, 1);
    m_meter->setValue(score + 1);
    m_meter->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(kScoreColours[score])));
    m_strength->setText(PasswordStrength::scoreText(score));
}

bool NewPasswordPage::showFieldError(const ApiError& error)
{
    const bool passwordField
        = error.field == QLatin1String("password") || error.field == QLatin1String("newPassword");
    if (error.code == ErrorCode::PasswordWeak
        || (passwordField
            && (error.code == ErrorCode::InvalidField || error.code == ErrorCode::MissingField))) {
        // The server's reasons, in the user's words, under the field and marked in the checklist.
        QStringList reasons;
        for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
            if (error.reasons.contains(PasswordPolicy::reasonName(it.key()))) {
                setRuleState(it.value(), it.key(), false, true);
                it.value()->setVisible(true);
                reasons.append(PasswordPolicy::ruleText(it.key()));
            }
        }
        //: After "This password does not meet the requirements."; %1 lists the rules it breaks
        QString which
            = reasons.isEmpty() ? QString() : tr("Required: %1.").arg(reasons.join(QStringLiteral("; ")));
        // Not a rule of the checklist (only the server knows the current password): said in words.
        if (error.reasons.contains(QLatin1String("same_as_current"))) {
            const QString same = tr("The new password must differ from the current one.");
            which = which.isEmpty() ? same : which + QLatin1Char(' ') + same;
        }
        m_passwordError->showError(error, which);
        m_password->setFocus();
        m_password->selectAll();
        return true;
    }
    return false;
}

bool NewPasswordPage::checkInput()
{
    clearErrors();
    const QString text = m_password->text();
    bool ok = true;
    if (text.isEmpty()) {
        m_passwordError->showMessage(tr("Enter a password."));
        ok = false;
    } else if (!PasswordPolicy::isAcceptable(text, m_login)) {
        m_passwordError->showMessage(tr("The password does not meet every rule in the list below yet."));
        ok = false;
    }
    if (ok && m_confirm->text() != text) {
        m_confirmError->showMessage(m_confirm->text().isEmpty() ? tr("Repeat the password.")
                                                                : tr("The passwords do not match."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return false;
    }
    if (!ok)
        m_password->setFocus();
    return ok;
}

void NewPasswordPage::submit()
{
    emit passwordChosen(m_password->text());
}
