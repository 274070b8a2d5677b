// SPDX-License-Identifier: Apache-2.0
#include "TwoStepQrPage.h"

#include "QrCode.h"
#include "Retranslator.h"
#include "ui_TwoStepQrPage.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace {
// The QR code's side on screen in logical pixels: big enough for any phone camera at arm's length.
constexpr int kQrSide = 230;
} // namespace

TwoStepQrPage::TwoStepQrPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::TwoStepQrPage>())
{
    m_ui->setupUi(this);
    QFont secretFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    secretFont.setPointSizeF(font().pointSizeF() * 1.2);
    m_ui->secret->setFont(secretFont);
    // Quieter than the text: a side note, not a step.
    m_ui->secretCopied->setForegroundRole(QPalette::PlaceholderText);
    m_ui->secretDetails->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->copySecret, &QPushButton::clicked, this, [this] {
        // The plain key, without the spaces that are there for the eye.
        QApplication::clipboard()->setText(m_setup.secret);
        m_ui->secretCopied->setVisible(true);
    });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

TwoStepQrPage::~TwoStepQrPage() = default;

QLabel* TwoStepQrPage::qrLabel() const
{
    return m_ui->qrCode;
}

QLabel* TwoStepQrPage::secretLabel() const
{
    return m_ui->secret;
}

QPushButton* TwoStepQrPage::copyButton() const
{
    return m_ui->copySecret;
}

void TwoStepQrPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    //: How the app must be set up when the key is typed in by hand
    m_ui->secretDetails->setText(
        tr("If the app asks: time-based codes of %n digits.", nullptr, m_setup.digits) + QLatin1Char(' ')
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
    m_ui->secret->setText(groupedSecret(setup.secret));
    m_ui->secretCopied->setVisible(false);
    renderQr();
    retranslateUi();
}

void TwoStepQrPage::renderQr()
{
    const QrCode code = QrCode::encode(m_setup.otpauthUri);
    if (m_setup.otpauthUri.isEmpty() || code.isNull()) {
        m_ui->qrCode->clear();
        m_ui->qrCode->setFixedSize(kQrSide, kQrSide);
        return;
    }
    // Whole device pixels a module: crisp on a 1x screen and a 2x one alike.
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(code.image(qRound(kQrSide * ratio)));
    pixmap.setDevicePixelRatio(ratio);
    m_ui->qrCode->setPixmap(pixmap);
    m_ui->qrCode->setFixedSize(pixmap.deviceIndependentSize().toSize());
}

void TwoStepQrPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    renderQr(); // the screen (and its pixel ratio) may not be the one of setSetup()
}
