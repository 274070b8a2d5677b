// SPDX-License-Identifier: Apache-2.0
#include "TwoStepPasswordPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "WrappedLabel.h"

#include <QVBoxLayout>

TwoStepPasswordPage::TwoStepPasswordPage(QWidget* parent)
    : PasswordSubmitPage(parent)
    , m_intro(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("twoStepPasswordPage"));
    m_intro->setObjectName(QStringLiteral("twoStepIntro"));
    m_intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(pageError());
    addPasswordRows(layout);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    setBusyText([] { return tr("Checking the password…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void TwoStepPasswordPage::retranslateUi()
{
    setTitle(tr("Turn on two-step verification"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("A stolen password alone will no longer get anyone in."));
    m_intro->setText(tr("With two-step verification on, signing in asks for your password and then for "
                        "a code from an authenticator app on your phone. The code changes every 30 "
                        "seconds, so someone who learns your password still cannot sign in.\n\n"
                        "You need a phone with an authenticator app. Enter your account password to "
                        "begin."));
}

void TwoStepPasswordPage::submit()
{
    emit passwordEntered(password());
}
