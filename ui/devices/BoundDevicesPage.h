// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/DeviceMessages.h"

#include <QWizardPage>

struct ApiError;
class BusyIndicator;
class DeviceListWidget;
class DeviceUnbinder;
class ErrorLabel;
class QLabel;
class Session;

// The deletion wizard's second page: an account can be deleted only when no other device is
// bound to it (the guide: phones, bands, scales…). The devices still bound are listed, each with
// Unbind right there; Next unlocks when none is left.
class BoundDevicesPage : public QWizardPage
{
    Q_OBJECT

public:
    BoundDevicesPage(Session* session, QWidget* parent = nullptr);

    // The server refused the deletion (E-DEVICES-STILL-BOUND): its list replaces what was shown.
    void showStillBound(const ApiError& error);

    void initializePage() override;
    bool isComplete() const override;

    DeviceListWidget* list() const { return m_list; }
    DeviceUnbinder* unbinder() const { return m_unbinder; }
    ErrorLabel* pageError() const { return m_error; }
    bool isLoaded() const { return m_loaded; }

private:
    void retranslateUi();
    QLabel* m_introText = nullptr;
    void load();

    Session* m_session;
    DeviceListWidget* m_list;
    DeviceUnbinder* m_unbinder;
    ErrorLabel* m_error;
    BusyIndicator* m_busy;
    bool m_loaded = false;
    bool m_loading = false;
};
