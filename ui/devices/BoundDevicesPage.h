// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/DeviceMessages.h"

#include <QWizardPage>
#include <memory>

struct ApiError;
class DeviceListWidget;
class DeviceUnbinder;
class ErrorLabel;
class Session;
namespace Ui {
class BoundDevicesPage;
}

// The deletion wizard's second page: an account can be deleted only when no other device is
// bound to it (the guide: phones, bands, scales…). The devices still bound are listed, each with
// Unbind right there; Next unlocks when none is left.
class BoundDevicesPage : public QWizardPage
{
    Q_OBJECT

public:
    BoundDevicesPage(Session* session, QWidget* parent = nullptr);
    ~BoundDevicesPage() override;

    // The server refused the deletion (E-DEVICES-STILL-BOUND): its list replaces what was shown.
    void showStillBound(const ApiError& error);

    void initializePage() override;
    bool isComplete() const override;

    DeviceListWidget* list() const;
    DeviceUnbinder* unbinder() const { return m_unbinder; }
    ErrorLabel* pageError() const;
    bool isLoaded() const { return m_loaded; }

private:
    void load();

    Session* m_session;
    std::unique_ptr<Ui::BoundDevicesPage> m_ui; // the widgets, from BoundDevicesPage.ui
    DeviceUnbinder* m_unbinder;
    bool m_loaded = false;
    bool m_loading = false;
};
