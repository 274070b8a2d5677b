// SPDX-License-Identifier: Apache-2.0
#include "BoundDevicesPage.h"

#include "BusyIndicator.h"
#include "DeviceListWidget.h"
#include "DeviceUnbinder.h"
#include "ErrorLabel.h"
#include "PasswordConfirmDialog.h"
#include "Retranslator.h"
#include "session/Session.h"
#include "ui_BoundDevicesPage.h"

#include <QJsonArray>

BoundDevicesPage::BoundDevicesPage(Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::BoundDevicesPage>())
    , m_unbinder(new DeviceUnbinder(session, this))
{
    m_ui->setupUi(this);

    connect(m_ui->deviceList, &DeviceListWidget::actionRequested, m_unbinder, &DeviceUnbinder::unbind);
    connect(m_unbinder, &DeviceUnbinder::unbound, m_ui->deviceList, &DeviceListWidget::removeDevice);
    connect(m_ui->deviceList, &DeviceListWidget::countChanged, this, &BoundDevicesPage::completeChanged);
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

BoundDevicesPage::~BoundDevicesPage() = default;

DeviceListWidget* BoundDevicesPage::list() const
{
    return m_ui->deviceList;
}

ErrorLabel* BoundDevicesPage::pageError() const
{
    return m_ui->error;
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
    m_ui->error->clear();
    m_ui->busy->start(tr("Loading devices…"));
    m_session->devices(this, [this](const DeviceList& list, const ApiError& error) {
        m_loading = false;
        m_ui->busy->stop();
        if (error) {
            m_ui->error->showError(error);
            return;
        }
        m_loaded = true;
        m_ui->deviceList->setDevices(list.devices, false);
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
    m_ui->deviceList->setDevices(devices, false);
    m_ui->error->showError(error);
    emit completeChanged();
}

bool BoundDevicesPage::isComplete() const
{
    return m_loaded && !m_loading && m_ui->deviceList->count() == 0;
}
