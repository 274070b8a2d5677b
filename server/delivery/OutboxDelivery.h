// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Delivery.h"

class Outbox;

// Development and test delivery: one outbox line per message,
// {"channel","destination","purpose","code","link","time"}, read by tests and by scripts/run users.
class OutboxDelivery : public Delivery
{
public:
    explicit OutboxDelivery(Outbox* outbox);
    bool send(const DeliveryMessage& message, QString* reason) override;
    bool waitsOnNetwork(const DeliveryMessage&) const override { return false; }

private:
    Outbox* m_outbox;
};
