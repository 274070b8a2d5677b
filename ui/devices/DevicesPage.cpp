// SPDX-License-Identifier: Apache-2.0
#include "DevicesPage.h"

#include "BusyIndicator.h"
#include "DeviceListWidget.h"
#include "DeviceUnbinder.h"
#include "ErrorLabel.h"
#include "PasswordConfirmDialog.h"
#include "Retranslator.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DevicesPage::DevicesPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new DeviceListWidget(this))
    , m_unbinder(new DeviceUnbinder(session, this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_refresh(new QPushButton(this))
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    QLabel* intro = m_intro;
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("devicesError"));
    m_refresh->setObjectName(QStringLiteral("refreshDevices"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addStretch();
    bottom->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &DevicesPage::reload);
    connect(m_list, &DeviceListWidget::actionRequested, this, &DevicesPage::rowAction);
    connect(m_unbinder, &DeviceUnbinder::unbound, m_list, &DeviceListWidget::removeDevice);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void DevicesPage::retranslateUi()
{
    //: Loads the list of devices again
    m_refresh->setText(tr("&Refresh"));
    m_intro->setText(tr("Devices signed in to your account. Unbind one you no longer use or have "
                        "sold: it is signed out, and only your password lets it back in."));
    m_list->setPlaceholderText(tr("No devices are bound to your account."));
}

void DevicesPage::reload()
{
    if (m_loading || !m_session->isSignedIn())
        return;
    m_loading = true;
    m_error->clear();
    m_refresh->setEnabled(false);
    m_busy->start(tr("Loading devices…"));
    m_session->devices(this, [this](const DeviceList& list, const ApiError& error) {
        m_loading = false;
        m_refresh->setEnabled(true);
        m_busy->stop();
        if (error) {
            // What was shown stays: stale is better than blank.
            m_error->showError(error);
            return;
        }
        m_list->setDevices(list.devices);
        emit loaded(list.devices.size());
    });
}

void DevicesPage::clear()
{
    m_list->setDevices({});
    m_error->clear();
}

void DevicesPage::rowAction(const BoundDevice& device)
{
    if (device.current)
        emit signOutRequested();
    else
        m_unbinder->unbind(device);
}
