// SPDX-License-Identifier: Apache-2.0
#include "DevicesListCommand.h"

#include "OutputFormatter.h"
#include "protocol/DeviceMessages.h"
#include "session/Session.h"

#include <QJsonArray>

void DevicesListCommand::start()
{
    m_context->session->devices(this, orFail<DeviceList>([this](const DeviceList& list) { show(list); }));
}

void DevicesListCommand::show(const DeviceList& list)
{
    OutputFormatter* out = m_context->output;
    out->set(QStringLiteral("devices"), list.toJson().value(QStringLiteral("devices")));
    if (list.devices.isEmpty())
        out->line(QStringLiteral("No devices bound."));
    for (const BoundDevice& device : list.devices)
        out->line(OutputFormatter::deviceLine(device));
    finish(0);
}
