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
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// A value with its action at the right end of the row: "a***@example.com    [Change Email]".
QWidget* withButton(QLabel* value, QPushButton* button)
{
    auto* row = new QWidget(value->parentWidget());
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(value, 1);
    layout->addWidget(button);
    return row;
}

QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

AccountPage::AccountPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_details(new QGroupBox(this))
    , m_form(new QFormLayout(m_details))
    , m_security(new QGroupBox(this))
    , m_securityText(new QLabel(m_security))
    , m_deleteText(new QLabel(m_security))
    , m_downloadText(new QLabel(m_security))
    , m_downloadNote(new QLabel(m_security))
    , m_twoStepState(new QLabel(m_security))
    , m_twoStepText(new QLabel(m_security))
    , m_hintText(nullptr)
    , m_overview(nullptr)
    , m_accountId(valueLabel("accountIdValue", this))
    , m_email(valueLabel("emailValue", this))
    , m_phone(valueLabel("phoneValue", this))
    , m_region(valueLabel("regionValue", this))
    , m_created(valueLabel("createdValue", this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_signOut(new QPushButton(this))
    , m_changeEmail(new QPushButton(this))
    , m_changePhone(new QPushButton(this))
    , m_changePassword(new QPushButton(this))
    , m_phoneHint(new QFrame(this))
    , m_phoneHintButton(new QPushButton(m_phoneHint))
    , m_deleteAccount(new QPushButton(this))
    , m_twoStep(new QPushButton(this))
    , m_accounts(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_devices(new DevicesPage(session, this))
    , m_activity(new ActivityTab(session, this))
    , m_downloadData(new QPushButton(this))
    , m_exporter(new DataExporter(session, this))
{
    setObjectName(QStringLiteral("accountPage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/account-manager.svg")).pixmap(48, 48));
    QLabel* heading = m_heading;
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    m_accounts->setObjectName(QStringLiteral("accountsButton"));
    m_accounts->setPopupMode(QToolButton::InstantPopup);
    m_accounts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(icon);
    headerRow->addWidget(heading, 1);
    headerRow->addWidget(m_accounts, 0, Qt::AlignVCenter);

    QGroupBox* details = m_details;
    QFormLayout* form = m_form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    // The row labels get their text in retranslateUi().
    form->addRow(new QLabel(details), m_accountId);
    form->addRow(new QLabel(details), withButton(m_email, m_changeEmail));
    form->addRow(new QLabel(details), withButton(m_phone, m_changePhone));
    form->addRow(new QLabel(details), m_region);
    form->addRow(new QLabel(details), m_created);

    m_changeEmail->setObjectName(QStringLiteral("changeEmail"));
    m_changePhone->setObjectName(QStringLiteral("changePhone"));
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    m_deleteAccount->setObjectName(QStringLiteral("deleteAccount"));
    m_twoStep->setObjectName(QStringLiteral("twoStep"));
    m_downloadData->setObjectName(QStringLiteral("downloadData"));
    for (QPushButton* button :
         { m_changeEmail, m_changePhone, m_changePassword, m_twoStep, m_downloadData, m_deleteAccount })
        button->setEnabled(false); // until the profile says what is bound

    QGroupBox* security = m_security;
    auto* securityLayout = new QGridLayout(security);
    QLabel* securityText = m_securityText;
    securityText->setWordWrap(true);
    QLabel* deleteText = m_deleteText;
    deleteText->setWordWrap(true);
    m_twoStepState->setObjectName(QStringLiteral("twoStepState"));
    QFont stateFont = m_twoStepState->font();
    stateFont.setBold(true);
    m_twoStepState->setFont(stateFont);
    m_twoStepText->setObjectName(QStringLiteral("twoStepText"));
    m_twoStepText->setWordWrap(true);
    auto* twoStepColumn = new QVBoxLayout;
    twoStepColumn->setSpacing(2);
    twoStepColumn->addWidget(m_twoStepState);
    twoStepColumn->addWidget(m_twoStepText);
    securityLayout->addWidget(securityText, 0, 0);
    securityLayout->addWidget(m_changePassword, 0, 1, Qt::AlignTop);
    securityLayout->addLayout(twoStepColumn, 1, 0);
    securityLayout->addWidget(m_twoStep, 1, 1, Qt::AlignTop);
    m_downloadText->setWordWrap(true);
    m_downloadNote->setObjectName(QStringLiteral("downloadNote"));
    m_downloadNote->setWordWrap(true);
    m_downloadNote->setTextFormat(Qt::PlainText);
    m_downloadNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_downloadNote->setVisible(false);
    auto* downloadColumn = new QVBoxLayout;
    downloadColumn->setSpacing(2);
    downloadColumn->addWidget(m_downloadText);
    downloadColumn->addWidget(m_downloadNote);
    securityLayout->addLayout(downloadColumn, 2, 0);
    securityLayout->addWidget(m_downloadData, 2, 1, Qt::AlignTop);
    securityLayout->addWidget(deleteText, 3, 0);
    securityLayout->addWidget(m_deleteAccount, 3, 1, Qt::AlignTop);
    securityLayout->setVerticalSpacing(12);
    securityLayout->setColumnStretch(0, 1);

    // Gentle, not alarming: the guide's advice, with the action right there.
    m_phoneHint->setObjectName(QStringLiteral("phoneHint"));
    m_phoneHint->setFrameShape(QFrame::StyledPanel);
    m_phoneHint->setVisible(false);
    m_phoneHintButton->setObjectName(QStringLiteral("phoneHintAdd"));
    m_hintText = new QLabel(m_phoneHint);
    QLabel* hintText = m_hintText;
    hintText->setWordWrap(true);
    auto* hintLayout = new QHBoxLayout(m_phoneHint);
    hintLayout->addWidget(hintText, 1);
    hintLayout->addWidget(m_phoneHintButton, 0, Qt::AlignVCenter);

    m_signOut->setObjectName(QStringLiteral("signOut"));
    auto* signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_busy, 1);
    signOutRow->addStretch();
    signOutRow->addWidget(m_signOut);

    // Scrolls rather than squeezes its wrapped texts when the window is small or the language long.
    m_overview = new QScrollArea(m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewTab"));
    m_overview->setWidgetResizable(true);
    m_overview->setFrameShape(QFrame::NoFrame);
    // Not a stop of its own (a nameless "filler" to a screen reader): Tab goes to its buttons, and
    // the area scrolls to the one focused.
    m_overview->setFocusPolicy(Qt::NoFocus);
    auto* overview = new QWidget(m_overview);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setSpacing(12);
    overviewLayout->addWidget(details);
    overviewLayout->addWidget(m_phoneHint);
    overviewLayout->addWidget(security);
    overviewLayout->addStretch();
    m_overview->setWidget(overview);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_devices, QString());
    m_tabs->addTab(m_activity, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addLayout(headerRow);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(signOutRow);

    connect(m_signOut, &QPushButton::clicked, this, &AccountPage::signOutRequested);
    connect(m_changePassword, &QPushButton::clicked, this, &AccountPage::changePasswordRequested);
    connect(m_changeEmail, &QPushButton::clicked, this, &AccountPage::changeEmailRequested);
    connect(m_changePhone, &QPushButton::clicked, this, &AccountPage::changePhoneRequested);
    connect(m_phoneHintButton, &QPushButton::clicked, this, &AccountPage::changePhoneRequested);
    connect(m_deleteAccount, &QPushButton::clicked, this, &AccountPage::deleteAccountRequested);
    connect(m_twoStep, &QPushButton::clicked, this, &AccountPage::twoStepRequested);
    // Tab follows the rows of the security group, top to bottom.
    setTabOrder(m_changePassword, m_twoStep);
    setTabOrder(m_twoStep, m_downloadData);
    setTabOrder(m_downloadData, m_deleteAccount);
    connect(m_downloadData, &QPushButton::clicked, this, [this] {
        m_downloadNote->hide();
        m_exporter->start();
    });
    connect(m_exporter, &DataExporter::saved, this, [this](const QString& path) {
        //: After "Download Your Data…": %1 is the file the copy was written to
        m_downloadNote->setText(tr("Your data was saved to %1.").arg(QDir::toNativeSeparators(path)));
        StatusColors::paint(m_downloadNote, std::nullopt);
        m_downloadNote->show();
    });
    connect(m_exporter, &DataExporter::notSaved, this, [this](const QString& message, bool failed) {
        m_downloadNote->setText(message);
        StatusColors::paint(m_downloadNote, failed ? std::optional(StatusColors::Kind::Error) : std::nullopt);
        m_downloadNote->show();
    });
    connect(m_devices, &DevicesPage::signOutRequested, this, &AccountPage::signOutRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_devices)
            m_devices->reload();
        else if (m_tabs->currentWidget() == m_activity)
            m_activity->loadOnce();
    });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void AccountPage::retranslateUi()
{
    m_heading->setText(tr("You are signed in"));
    //: The header button that opens the account switcher
    m_accounts->setText(tr("Accounts"));
    m_details->setTitle(tr("Account details"));
    const QString rows[] = { tr("Account ID:"), tr("Email:"), tr("Phone number:"),
                             //: The country or region the account belongs to
                             tr("Region:"), tr("Created:") };
    for (int row = 0; row < 5; ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(rows[row]);
    }
    //: The guide's «Безопасность аккаунта»: where the password is changed
    m_security->setTitle(tr("Account security"));
    m_securityText->setText(tr("A code to your email or phone confirms a new password. Other "
                               "devices are signed out."));
    m_downloadText->setText(tr("Download a copy of everything your account holds: its details, devices "
                               "and activity. Once an hour."));
    //: Asks for the password, then saves a copy of the account's data as a file
    m_downloadData->setText(tr("Do&wnload Your Data…"));
    m_deleteText->setText(tr("Deleting the account erases it for good, once no other device is "
                             "bound to it."));
    m_hintText->setText(tr("Add a phone number to your account: if you ever forget the password, "
                           "a code by SMS gets you back in."));
    m_phoneHintButton->setText(tr("Add Phone Number"));
    //: Opens the sign-out dialog, which asks for the password
    m_signOut->setText(tr("Sign &Out…"));
    //: Opens the password change (the guide's «Изменить пароль»)
    m_changePassword->setText(tr("Change &Password…"));
    //: Opens the two-step verification setup, or its turning off when it is on
    m_twoStep->setText(tr("&Two-Step Verification…"));
    //: Opens the account deletion wizard (the guide's «Удалить аккаунт»)
    m_deleteAccount->setText(tr("&Delete Account…"));
    //: Tab with the account's details and security settings
    // The tab widget takes the focus itself (its tab bar); unnamed, a screen reader says only "filler".
    //: Accessible name of the tabs (Account, Devices) on the account page
    m_tabs->setAccessibleName(tr("Account sections"));
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("A&ccount"));
    //: Tab with the devices bound to the account (the guide's «Устройства»)
    m_tabs->setTabText(m_tabs->indexOf(m_devices), tr("De&vices"));
    //: Tab with what happened to the account: sign-ins, changes (Google's "Recent security activity")
    m_tabs->setTabText(m_tabs->indexOf(m_activity), tr("Activit&y"));
    renderProfile();
    if (m_signingOut)
        m_busy->start(tr("Signing out…"));
}

void AccountPage::showDevices()
{
    if (m_tabs->currentWidget() == m_devices)
        m_devices->reload();
    else
        m_tabs->setCurrentWidget(m_devices);
}

void AccountPage::showLoading(qint64 accountId)
{
    m_loading = true;
    m_failed = false;
    m_profile = AccountProfile();
    m_profile.accountId = accountId;
    renderProfile();
    for (QPushButton* button :
         { m_changeEmail, m_changePhone, m_changePassword, m_twoStep, m_downloadData, m_deleteAccount })
        button->setEnabled(false);
    m_phoneHint->setVisible(false);
    m_error->clear();
    // Another account (switched to) must not show the last one's devices for a moment.
    m_devices->clear();
    m_activity->clear();
    m_exporter->clear();
    m_downloadNote->hide();
    m_tabs->setCurrentIndex(0);
}

void AccountPage::renderProfile()
{
    const AccountProfile& profile = m_profile;
    if (m_failed) {
        for (QLabel* label : { m_email, m_phone, m_region, m_created })
            label->setText(QStringLiteral("—"));
    } else if (m_loading) {
        m_accountId->setText(QString::number(profile.accountId));
        //: Shown in place of the email, phone and region until the server has sent them
        const QString loading = tr("Loading…");
        for (QLabel* label : { m_email, m_phone, m_region, m_created })
            label->setText(loading);
    } else {
        //: Shown instead of an email or phone number that is not bound to the account
        const QString none = tr("Not added");
        m_accountId->setText(profile.accountId ? QString::number(profile.accountId) : QString());
        m_email->setText(profile.email.isEmpty() ? none : EmailAddress::mask(profile.email));
        m_phone->setText(profile.phone.isEmpty() ? none : PhoneNumbers::mask(profile.phone));
        m_region->setText(profile.region.isEmpty() ? none : CountryNames::name(profile.region));
        m_created->setText(
            profile.createdAt.isValid()
                //: How the account's creation date is written: "25 November 2026" / "25 ноября 2026"
                ? QLocale().toString(profile.createdAt.toLocalTime().date(), tr("d MMMM yyyy"))
                : QString());
    }
    m_changeEmail->setText(profile.email.isEmpty() ? tr("Add Email") : tr("Change Email"));
    if (m_loading || m_failed) {
        //: The two-step verification state while the profile is loading (or did not come)
        m_twoStepState->setText(tr("Two-step verification"));
        m_twoStepText->clear();
    } else if (profile.twoStep) {
        m_twoStepState->setText(tr("Two-step verification: On"));
        m_twoStepText->setText(tr("Signing in asks for a code from your authenticator app after the "
                                  "password."));
    } else {
        m_twoStepState->setText(tr("Two-step verification: Off"));
        m_twoStepText->setText(tr("Turn it on so that a stolen password alone cannot get anyone into "
                                  "your account."));
    }
    m_twoStepText->setVisible(!m_twoStepText->text().isEmpty());
    m_changePhone->setText(profile.phone.isEmpty() ? tr("Add Phone Number") : tr("Change Phone Number"));
}

void AccountPage::setProfile(const AccountProfile& profile)
{
    m_loading = false;
    m_failed = false;
    m_profile = profile;
    renderProfile();
    for (QPushButton* button :
         { m_changeEmail, m_changePhone, m_changePassword, m_twoStep, m_downloadData, m_deleteAccount })
        button->setEnabled(profile.accountId != 0);
    m_phoneHint->setVisible(profile.accountId != 0 && profile.phone.isEmpty());
    m_error->clear();
}

void AccountPage::showError(const ApiError& error)
{
    // The profile did not come: say nothing rather than "Loading…" forever.
    if (m_loading) {
        m_loading = false;
        m_failed = true;
        renderProfile();
    }
    m_error->showError(error);
}

void AccountPage::setSigningOut(bool signingOut)
{
    m_signingOut = signingOut;
    m_signOut->setEnabled(!signingOut);
    if (signingOut) {
        m_error->clear();
        m_busy->start(tr("Signing out…"));
    } else {
        m_busy->stop();
    }
}
