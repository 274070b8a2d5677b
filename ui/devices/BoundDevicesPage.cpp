// SPDX-License-Identifier: Apache-2.0
#include "BoundDevicesPage.h"

#include "BusyIndicator.h"
#include "DeviceListWidget.h"
#include "DeviceUnbinder.h"
#include "ErrorLabel.h"
#include "PasswordConfirmDialog.h"
#include "Retranslator.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

BoundDevicesPage::BoundDevicesPage(Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_list(new DeviceListWidget(this))
    , m_unbinder(new DeviceUnbinder(session, this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setObjectName(QStringLiteral("boundDevicesPage"));
    m_introText = new QLabel(this);
    auto* intro = m_introText;
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_busy);

    connect(m_list, &DeviceListWidget::actionRequested, m_unbinder, &DeviceUnbinder::unbind);
    connect(m_unbinder, &DeviceUnbinder::unbound, m_list, &DeviceListWidget::removeDevice);
    connect(m_list, &DeviceListWidget::countChanged, this, &BoundDevicesPage::completeChanged);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void BoundDevicesPage::retranslateUi()
{
    setTitle(tr("Unbind your devices"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("Only an account with no other device bound can be deleted."));
    m_introText->setText(tr("Unbind each device below: phones, tablets, bands, scales. This computer is "
                            "signed out at the end, with the deletion."));
    m_list->setPlaceholderText(tr("No other device is bound to your account. You can go on."));
}

void BoundDevicesPage::initializePage()
{
    load();
}

void BoundDevicesPage::load()
{
    if (m_loading)
        return;
    m_loading = true;
    m_error->clear();
    m_busy->start(tr("Loading devices…"));
    m_session->devices(this, [this](const DeviceList& list, const ApiError& error) {
        m_loading = false;
        m_busy->stop();
        if (error) {
            m_error->showError(error);
            return;
        }
        m_loaded = true;
        m_list->setDevices(list.devices, false);
        emit completeChanged();
    });
}

void BoundDevicesPage::showStillBound(const ApiError& error)
{
    QList<BoundDevice> devices;
    for (const QJsonValue& value : error.devices) {
        ApiError decodeError;
        const BoundDevice device = BoundDevice::fromJson(value.toObject(), &decodeError);
        if (!decodeError)
            devices.append(device);
    }
    m_loaded = true;
    m_list->setDevices(devices, false);
    m_error->showError(error);
    emit completeChanged();
}

bool BoundDevicesPage::isComplete() const
{
    return m_loaded && !m_loading && m_list->count() == 0;
}
