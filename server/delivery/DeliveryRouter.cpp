// SPDX-License-Identifier: Apache-2.0
#include "DeliveryRouter.h"

#include "OutboxDelivery.h"
#include "SmtpDelivery.h"
#include "WebhookDelivery.h"

DeliveryRouter::DeliveryRouter(const DeliveryOptions& options, Outbox* outbox)
{
    if (options.smtpHost.isEmpty())
        m_email = std::make_unique<OutboxDelivery>(outbox);
    else
        m_email = std::make_unique<SmtpDelivery>(options);
    if (options.smsWebhook.isEmpty())
        m_sms = std::make_unique<OutboxDelivery>(outbox);
    else
        m_sms = std::make_unique<WebhookDelivery>(options);
}

DeliveryRouter::~DeliveryRouter() = default;

bool DeliveryRouter::send(const DeliveryMessage& message, QString* reason)
{
    return message.channel == QLatin1String("email") ? m_email->send(message, reason)
                                                     : m_sms->send(message, reason);
}

bool DeliveryRouter::waitsOnNetwork(const DeliveryMessage& message) const
{
    return message.channel == QLatin1String("email") ? m_email->waitsOnNetwork(message)
                                                     : m_sms->waitsOnNetwork(message);
}
