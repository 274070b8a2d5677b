// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/TwoStepMessages.h"

#include <QWizardPage>
#include <memory>

class QLabel;
class QPushButton;
namespace Ui {
class TwoStepQrPage;
}

// The new secret for the authenticator app: as a QR code to scan, and as the key in groups of four
// to type by hand where scanning does not work. The key is shown to its owner on purpose (it is
// selectable and can be copied), but it is never logged and leaves this page only by the owner's
// own copy.
class TwoStepQrPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TwoStepQrPage(QWidget* parent = nullptr);
    ~TwoStepQrPage() override;

    void setSetup(const TwoStepSetup& setup);
    // The key in groups of four ("JBSW Y3DP EHPK 3PXP"), as shown.
    static QString groupedSecret(const QString& secret);

    QLabel* qrLabel() const;
    QLabel* secretLabel() const;
    QPushButton* copyButton() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    // Draws the QR code for the screen the page is on now (device pixels of its ratio).
    void renderQr();

    std::unique_ptr<Ui::TwoStepQrPage> m_ui;
    TwoStepSetup m_setup;
};
