// SPDX-License-Identifier: Apache-2.0
#include "AccountPage.h"

#include "ActivityTab.h"
#include "BusyIndicator.h"
#include "CountryNames.h"
#include "DataExporter.h"
#include "DevicesPage.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "StatusColors.h"
#include "protocol/AccountMessages.h"
#include "ui_AccountPage.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QDir>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>

AccountPage::AccountPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountPage>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/account-manager.svg")).pixmap(48, 48));
    // Relative to the user's font, which a form cannot say.
    QFont big = m_ui->heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->heading->setFont(big);
    // After the form's widgets, so that Tab reaches them after the tab bar, as it always has.
    m_devices = new DevicesPage(session, this);
    m_activity = new ActivityTab(session, this);
    m_exporter = new DataExporter(session, this);
    m_ui->accountTabs->addTab(m_devices, QString());
    m_ui->accountTabs->addTab(m_activity, QString());
    // Then Accounts and the tabs, after the form's stops (Sign Out, the overview's buttons, the
    // hint) and before the pages' own: set here, once the pages are there to follow them.
    setTabOrder(m_ui->phoneHintAdd, m_ui->accountsButton);
    setTabOrder(m_ui->accountsButton, m_ui->accountTabs);

    connect(m_ui->signOut, &QPushButton::clicked, this, &AccountPage::signOutRequested);
    connect(m_ui->changePassword, &QPushButton::clicked, this, &AccountPage::changePasswordRequested);
    connect(m_ui->changeEmail, &QPushButton::clicked, this, &AccountPage::changeEmailRequested);
    connect(m_ui->changePhone, &QPushButton::clicked, this, &AccountPage::changePhoneRequested);
    connect(m_ui->phoneHintAdd, &QPushButton::clicked, this, &AccountPage::changePhoneRequested);
    connect(m_ui->deleteAccount, &QPushButton::clicked, this, &AccountPage::deleteAccountRequested);
    connect(m_ui->twoStep, &QPushButton::clicked, this, &AccountPage::twoStepRequested);
    connect(m_ui->downloadData, &QPushButton::clicked, this, [this] {
        m_ui->downloadNote->hide();
        m_exporter->start();
    });
    connect(m_exporter, &DataExporter::saved, this, [this](const QString& path) {
        //: After "Download Your Data…": %1 is the file the copy was written to
        m_ui->downloadNote->setText(tr("Your data was saved to %1.").arg(QDir::toNativeSeparators(path)));
        StatusColors::paint(m_ui->downloadNote, std::nullopt);
        m_ui->downloadNote->show();
    });
    connect(m_exporter, &DataExporter::notSaved, this, [this](const QString& message, bool failed) {
        m_ui->downloadNote->setText(message);
        StatusColors::paint(m_ui->downloadNote,
                            failed ? std::optional(StatusColors::Kind::Error) : std::nullopt);
        m_ui->downloadNote->show();
    });
    connect(m_devices, &DevicesPage::signOutRequested, this, &AccountPage::signOutRequested);
    connect(m_ui->accountTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->accountTabs->currentWidget() == m_devices)
            m_devices->reload();
        else if (m_ui->accountTabs->currentWidget() == m_activity)
            m_activity->loadOnce();
    });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

AccountPage::~AccountPage() = default;

QLabel* AccountPage::accountIdLabel() const
{
    return m_ui->accountIdValue;
}

QLabel* AccountPage::emailLabel() const
{
    return m_ui->emailValue;
}

QLabel* AccountPage::phoneLabel() const
{
    return m_ui->phoneValue;
}

QLabel* AccountPage::regionLabel() const
{
    return m_ui->regionValue;
}

QPushButton* AccountPage::signOutButton() const
{
    return m_ui->signOut;
}

QPushButton* AccountPage::changeEmailButton() const
{
    return m_ui->changeEmail;
}

QPushButton* AccountPage::changePhoneButton() const
{
    return m_ui->changePhone;
}

QPushButton* AccountPage::changePasswordButton() const
{
    return m_ui->changePassword;
}

QPushButton* AccountPage::deleteAccountButton() const
{
    return m_ui->deleteAccount;
}

QPushButton* AccountPage::twoStepButton() const
{
    return m_ui->twoStep;
}

QLabel* AccountPage::twoStepStateLabel() const
{
    return m_ui->twoStepState;
}

QToolButton* AccountPage::accountsButton() const
{
    return m_ui->accountsButton;
}

QTabWidget* AccountPage::tabs() const
{
    return m_ui->accountTabs;
}

QPushButton* AccountPage::downloadDataButton() const
{
    return m_ui->downloadData;
}

QLabel* AccountPage::downloadNoteLabel() const
{
    return m_ui->downloadNote;
}

QFrame* AccountPage::phoneHint() const
{
    return m_ui->phoneHint;
}

QPushButton* AccountPage::phoneHintButton() const
{
    return m_ui->phoneHintAdd;
}

ErrorLabel* AccountPage::errorLabel() const
{
    return m_ui->error;
}

void AccountPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    //: Tab with the devices bound to the account (the guide's «Устройства»)
    m_ui->accountTabs->setTabText(m_ui->accountTabs->indexOf(m_devices), tr("De&vices"));
    //: Tab with what happened to the account: sign-ins, changes (Google's "Recent security activity")
    m_ui->accountTabs->setTabText(m_ui->accountTabs->indexOf(m_activity), tr("Activit&y"));
    renderProfile();
    if (m_signingOut)
        m_ui->busy->start(tr("Signing out…"));
}

void AccountPage::showDevices()
{
    if (m_ui->accountTabs->currentWidget() == m_devices)
        m_devices->reload();
    else
        m_ui->accountTabs->setCurrentWidget(m_devices);
}

void AccountPage::showLoading(qint64 accountId)
{
    m_loading = true;
    m_failed = false;
    m_profile = AccountProfile();
    m_profile.accountId = accountId;
    renderProfile();
    for (QPushButton* button : { m_ui->changeEmail, m_ui->changePhone, m_ui->changePassword, m_ui->twoStep,
                                 m_ui->downloadData, m_ui->deleteAccount })
        button->setEnabled(false);
    m_ui->phoneHint->setVisible(false);
    m_ui->error->clear();
    // Another account (switched to) must not show the last one's devices for a moment.
    m_devices->clear();
    m_activity->clear();
    m_exporter->clear();
    m_ui->downloadNote->hide();
    m_ui->accountTabs->setCurrentIndex(0);
}

void AccountPage::renderProfile()
{
    const AccountProfile& profile = m_profile;
    if (m_failed) {
        for (QLabel* label : { m_ui->emailValue, m_ui->phoneValue, m_ui->regionValue, m_ui->createdValue })
            label->setText(QStringLiteral("—"));
    } else if (m_loading) {
        m_ui->accountIdValue->setText(QString::number(profile.accountId));
        //: Shown in place of the email, phone and region until the server has sent them
        const QString loading = tr("Loading…");
        for (QLabel* label : { m_ui->emailValue, m_ui->phoneValue, m_ui->regionValue, m_ui->createdValue })
            label->setText(loading);
    } else {
        //: Shown instead of an email or phone number that is not bound to the account
        const QString none = tr("Not added");
        m_ui->accountIdValue->setText(profile.accountId ? QString::number(profile.accountId) : QString());
        m_ui->emailValue->setText(profile.email.isEmpty() ? none : EmailAddress::mask(profile.email));
        m_ui->phoneValue->setText(profile.phone.isEmpty() ? none : PhoneNumbers::mask(profile.phone));
        m_ui->regionValue->setText(profile.region.isEmpty() ? none : CountryNames::name(profile.region));
        m_ui->createdValue->setText(
            profile.createdAt.isValid()
                //: How the account's creation date is written: "25 November 2026" / "25 ноября 2026"
                ? QLocale().toString(profile.createdAt.toLocalTime().date(), tr("d MMMM yyyy"))
                : QString());
    }
    m_ui->changeEmail->setText(profile.email.isEmpty() ? tr("Add Email") : tr("Change Email"));
    if (m_loading || m_failed) {
        //: The two-step verification state while the profile is loading (or did not come)
        m_ui->twoStepState->setText(tr("Two-step verification"));
        m_ui->twoStepText->clear();
    } else if (profile.twoStep) {
        m_ui->twoStepState->setText(tr("Two-step verification: On"));
        m_ui->twoStepText->setText(tr("Signing in asks for a code from your authenticator app after the "
                                      "password."));
    } else {
        m_ui->twoStepState->setText(tr("Two-step verification: Off"));
        m_ui->twoStepText->setText(tr("Turn it on so that a stolen password alone cannot get anyone into "
                                      "your account."));
    }
    m_ui->twoStepText->setVisible(!m_ui->twoStepText->text().isEmpty());
    m_ui->changePhone->setText(profile.phone.isEmpty() ? tr("Add Phone Number") : tr("Change Phone Number"));
}

void AccountPage::setProfile(const AccountProfile& profile)
{
    m_loading = false;
    m_failed = false;
    m_profile = profile;
    renderProfile();
    for (QPushButton* button : { m_ui->changeEmail, m_ui->changePhone, m_ui->changePassword, m_ui->twoStep,
                                 m_ui->downloadData, m_ui->deleteAccount })
        button->setEnabled(profile.accountId != 0);
    m_ui->phoneHint->setVisible(profile.accountId != 0 && profile.phone.isEmpty());
    m_ui->error->clear();
}

void AccountPage::showError(const ApiError& error)
{
    // The profile did not come: say nothing rather than "Loading…" forever.
    if (m_loading) {
        m_loading = false;
        m_failed = true;
        renderProfile();
    }
    m_ui->error->showError(error);
}

void AccountPage::setSigningOut(bool signingOut)
{
    m_signingOut = signingOut;
    m_ui->signOut->setEnabled(!signingOut);
    if (signingOut) {
        m_ui->error->clear();
        m_ui->busy->start(tr("Signing out…"));
    } else {
        m_ui->busy->stop();
    }
}
