// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Delivery.h"
#include "DeliveryOptions.h"

#include <memory>

class Outbox;

// The one Delivery the server uses: email to SMTP when --smtp-host is set, SMS to the webhook when
// --sms-webhook is set, everything else to the outbox file.
class DeliveryRouter : public Delivery
{
public:
    DeliveryRouter(const DeliveryOptions& options, Outbox* outbox);
    ~DeliveryRouter() override;
    bool send(const DeliveryMessage& message, QString* reason) override;
    bool waitsOnNetwork(const DeliveryMessage& message) const override;

private:
    std::unique_ptr<Delivery> m_email;
    std::unique_ptr<Delivery> m_sms;
};
