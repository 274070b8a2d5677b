// SPDX-License-Identifier: Apache-2.0
#include "NewPasswordPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "StatusColors.h"
#include "protocol/ApiError.h"
#include "ui_NewPasswordPage.h"
#include "validation/PasswordStrength.h"

#include <QLabel>
#include <QProgressBar>
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
    , m_ui(std::make_unique<Ui::NewPasswordPage>())
{
    m_ui->setupUi(this);
    for (const PasswordPolicy::Problem rule : kRules) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("rule-%1").arg(PasswordPolicy::reasonName(rule)));
        // Long rules in long languages wrap rather than run past the page.
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_rules.insert(rule, label);
        m_ui->checklist->addWidget(label);
    }
    frameLayout(m_ui->layout);

    connect(m_ui->newPassword, &QLineEdit::textChanged, this, &NewPasswordPage::updateChecks);
    connect(m_ui->newPassword, &QLineEdit::textEdited, m_ui->passwordError, &ErrorLabel::clear);
    connect(m_ui->confirmPassword, &QLineEdit::textEdited, m_ui->confirmError, &ErrorLabel::clear);
    // Showing one shows both: the user compares them.
    connect(m_ui->newPassword->toggleAction(), &QAction::toggled, m_ui->confirmPassword,
            &PasswordEdit::setPasswordShown);
    connect(m_ui->confirmPassword->toggleAction(), &QAction::toggled, m_ui->newPassword,
            &PasswordEdit::setPasswordShown);
    updateChecks();
    setBusyText([] { return tr("Saving the password…"); });
    setInputs({ m_ui->newPassword, m_ui->confirmPassword });
    setFieldErrors({ m_ui->passwordError, m_ui->confirmError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

NewPasswordPage::~NewPasswordPage() = default;

PasswordEdit* NewPasswordPage::passwordEdit() const
{
    return m_ui->newPassword;
}

PasswordEdit* NewPasswordPage::confirmEdit() const
{
    return m_ui->confirmPassword;
}

QProgressBar* NewPasswordPage::strengthMeter() const
{
    return m_ui->strengthMeter;
}

QLabel* NewPasswordPage::strengthLabel() const
{
    return m_ui->strengthLabel;
}

ErrorLabel* NewPasswordPage::passwordError() const
{
    return m_ui->passwordError;
}

ErrorLabel* NewPasswordPage::confirmError() const
{
    return m_ui->confirmError;
}

void NewPasswordPage::retranslateUi()
{
    m_ui->retranslateUi(this);
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
    return m_ui->newPassword->text();
}

void NewPasswordPage::clearPasswords()
{
    m_ui->newPassword->clear();
    m_ui->confirmPassword->clear();
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
    const QString text = m_ui->newPassword->text();
    const QList<PasswordPolicy::Problem> problems = PasswordPolicy::check(text, m_login);
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        const bool met = !text.isEmpty() && !problems.contains(it.key());
        setRuleState(it.value(), it.key(), met);
        if (it.key() == PasswordPolicy::Problem::TooLong)
            it.value()->setVisible(problems.contains(it.key()));
    }
    if (text.isEmpty()) {
        m_ui->strengthMeter->setValue(0);
        //: The strength label while no password is typed
        m_ui->strengthLabel->setText(tr("None yet"));
        m_ui->strengthMeter->setStyleSheet(QString());
        return;
    }
    const QStringList inputs = m_login.isEmpty() ? QStringList() : QStringList { m_login };
    const PasswordStrength strength = PasswordStrength::estimate(text, inputs);
    // A password the policy refuses is never shown as better than weak, whatever zxcvbn thinks.
    const int score = problems.isEmpty() ? strength.score : qMin(strength.score, 1);
    m_ui->strengthMeter->setValue(score + 1);
    m_ui->strengthMeter->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(kScoreColours[score])));
    m_ui->strengthLabel->setText(PasswordStrength::scoreText(score));
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
        m_ui->passwordError->showError(error, which);
        m_ui->newPassword->setFocus();
        m_ui->newPassword->selectAll();
        return true;
    }
    return false;
}

bool NewPasswordPage::checkInput()
{
    clearErrors();
    const QString text = m_ui->newPassword->text();
    bool ok = true;
    if (text.isEmpty()) {
        m_ui->passwordError->showMessage(tr("Enter a password."));
        ok = false;
    } else if (!PasswordPolicy::isAcceptable(text, m_login)) {
        m_ui->passwordError->showMessage(tr("The password does not meet every rule in the list below yet."));
        ok = false;
    }
    if (ok && m_ui->confirmPassword->text() != text) {
        m_ui->confirmError->showMessage(m_ui->confirmPassword->text().isEmpty()
                                            ? tr("Repeat the password.")
                                            : tr("The passwords do not match."));
        m_ui->confirmPassword->setFocus();
        m_ui->confirmPassword->selectAll();
        return false;
    }
    if (!ok)
        m_ui->newPassword->setFocus();
    return ok;
}

void NewPasswordPage::submit()
{
    emit passwordChosen(m_ui->newPassword->text());
}
