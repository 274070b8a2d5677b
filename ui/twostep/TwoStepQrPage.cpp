// SPDX-License-Identifier: Apache-2.0
#include "TwoStepQrPage.h"

#include "QrCode.h"
#include "Retranslator.h"
#include "WrappedLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The QR code's side on screen in logical pixels: big enough for any phone camera at arm's length.
constexpr int kQrSide = 230;
} // namespace

TwoStepQrPage::TwoStepQrPage(QWidget* parent)
    : QWizardPage(parent)
    , m_apps(new WrappedLabel(this))
    , m_qr(new QLabel(this))
    , m_manual(new WrappedLabel(this))
    , m_secret(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_copied(new QLabel(this))
    , m_details(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("twoStepQrPage"));
    m_apps->setObjectName(QStringLiteral("twoStepApps"));
    m_apps->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_manual->setObjectName(QStringLiteral("manualEntry"));
    m_manual->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setTextFormat(Qt::PlainText);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setFocusPolicy(Qt::StrongFocus);
    m_secret->setWordWrap(true);
    QFont secretFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    secretFont.setPointSizeF(font().pointSizeF() * 1.2);
    m_secret->setFont(secretFont);
    m_copy->setObjectName(QStringLiteral("copySecret"));
    m_copy->setAutoDefault(false);
    m_copied->setObjectName(QStringLiteral("secretCopied"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    m_copied->setVisible(false);
    m_details->setObjectName(QStringLiteral("secretDetails"));
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_manual->setBuddy(m_secret);

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copied);
    copyRow->addStretch();
    auto* side = new QVBoxLayout;
    side->addWidget(m_manual);
    side->addWidget(m_secret);
    side->addLayout(copyRow);
    side->addSpacing(6);
    side->addWidget(m_details);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(m_qr, 0, Qt::AlignTop);
    row->addLayout(side, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_apps);
    layout->addLayout(row);
    layout->addStretch();

    connect(m_copy, &QPushButton::clicked, this, [this] {
        // The plain key, without the spaces that are there for the eye.
        QApplication::clipboard()->setText(m_setup.secret);
        m_copied->setVisible(true);
    });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void TwoStepQrPage::retranslateUi()
{
    setTitle(tr("Add the account to your authenticator app"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("Scan the QR code with the app on your phone."));
    m_apps->setText(tr("Any authenticator app for time-based codes (TOTP) works, for example Google "
                       "Authenticator, Microsoft Authenticator, FreeOTP or Aegis. In the app, add an "
                       "account and scan this code."));
    m_manual->setText(tr("Cannot scan it? Enter this &key in the app by hand:"));
    m_copy->setText(tr("Co&py Key"));
    m_copied->setText(tr("Copied."));
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_secret->setAccessibleName(tr("Key for the authenticator app"));
    //: How the app must be set up when the key is typed in by hand
    m_details->setText(tr("If the app asks: time-based codes of %n digits.", nullptr, m_setup.digits)
                       + QLatin1Char(' ')
                       + tr("A new code comes every %n seconds.", nullptr, m_setup.period));
}

QString TwoStepQrPage::groupedSecret(const QString& secret)
{
    QString grouped;
    for (int i = 0; i < secret.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped.append(QLatin1Char(' '));
        grouped.append(secret.mid(i, 4));
    }
    return grouped;
}

void TwoStepQrPage::setSetup(const TwoStepSetup& setup)
{
    m_setup = setup;
    m_secret->setText(groupedSecret(setup.secret));
    m_copied->setVisible(false);
    renderQr();
    retranslateUi();
}

void TwoStepQrPage::renderQr()
{
    const QrCode code = QrCode::encode(m_setup.otpauthUri);
    if (m_setup.otpauthUri.isEmpty() || code.isNull()) {
        m_qr->clear();
        m_qr->setFixedSize(kQrSide, kQrSide);
        return;
    }
    // Whole device pixels a module: crisp on a 1x screen and a 2x one alike.
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(code.image(qRound(kQrSide * ratio)));
    pixmap.setDevicePixelRatio(ratio);
    m_qr->setPixmap(pixmap);
    m_qr->setFixedSize(pixmap.deviceIndependentSize().toSize());
}

void TwoStepQrPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    renderQr(); // the screen (and its pixel ratio) may not be the one of setSetup()
}
