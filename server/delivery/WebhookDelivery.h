// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Delivery.h"
#include "DeliveryOptions.h"

// SMS through an HTTP gateway (--sms-webhook): POST {to, text, purpose} as JSON; any 2xx answer
// means accepted. Redirects are not followed and TLS errors are never ignored.
class WebhookDelivery : public Delivery
{
public:
    explicit WebhookDelivery(DeliveryOptions options);
    bool send(const DeliveryMessage& message, QString* reason) override;

private:
    DeliveryOptions m_options;
};
