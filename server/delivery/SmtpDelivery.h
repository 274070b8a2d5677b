// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Delivery.h"
#include "DeliveryOptions.h"

// Email through an SMTP server (--smtp-host): one connection per message, made on the calling
// worker thread.
class SmtpDelivery : public Delivery
{
public:
    explicit SmtpDelivery(DeliveryOptions options);
    bool send(const DeliveryMessage& message, QString* reason) override;

private:
    DeliveryOptions m_options;
};
