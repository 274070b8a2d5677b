#include "AccountPage.h"

#include "BusyIndicator.h"
#include "CountryNames.h"
#include "ErrorLabel.h"
#include "protocol/AccountMessages.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

AccountPage::AccountPage(QWidget* parent)
    : QWidget(parent)
    , m_accountId(valueLabel("accountIdValue", this))
    , m_email(valueLabel("emailValue", this))
    , m_phone(valueLabel("phoneValue", this))
    , m_region(valueLabel("regionValue", this))
    , m_created(valueLabel("createdValue", this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_signOut(new QPushButton(tr("Sign Out"), this))
{
    setObjectName(QStringLiteral("accountPage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/account-manager.svg")).pixmap(48, 48));
    auto* heading = new QLabel(tr("You are signed in"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(icon);
    headerRow->addWidget(heading, 1);

    auto* details = new QGroupBox(tr("Account details"), this);
    auto* form = new QFormLayout(details);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->addRow(tr("Account ID:"), m_accountId);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Phone number:"), m_phone);
    //: The country or region the account belongs to
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Created:"), m_created);

    m_signOut->setObjectName(QStringLiteral("signOut"));
    auto* signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_busy, 1);
    signOutRow->addStretch();
    signOutRow->addWidget(m_signOut);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(headerRow);
    layout->addWidget(details);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(signOutRow);

    connect(m_signOut, &QPushButton::clicked, this, &AccountPage::signOutRequested);
}

void AccountPage::showLoading(qint64 accountId)
{
    m_accountId->setText(QString::number(accountId));
    //: Shown in place of the email, phone and region until the server has sent them
    const QString loading = tr("Loading…");
    for (QLabel* label : { m_email, m_phone, m_region, m_created })
        label->setText(loading);
    m_error->clear();
}

void AccountPage::setProfile(const AccountProfile& profile)
{
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
    m_error->clear();
}

void AccountPage::showError(const ApiError& error)
{
    // The profile did not come: say nothing rather than "Loading…" forever.
    for (QLabel* label : { m_email, m_phone, m_region, m_created }) {
        if (label->text() == tr("Loading…"))
            label->setText(QStringLiteral("—"));
    }
    m_error->showError(error);
}

void AccountPage::setSigningOut(bool signingOut)
{
    m_signOut->setEnabled(!signingOut);
    if (signingOut) {
        m_error->clear();
        m_busy->start(tr("Signing out…"));
    } else {
        m_busy->stop();
    }
}
