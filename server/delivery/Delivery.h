// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeliveryMessage.h"

// Where verification codes go: the outbox file, an SMTP server or an SMS webhook (see
// DeliveryRouter). send() blocks until the message is handed over or refused, so it runs on a
// worker thread, never on the event loop.
class Delivery
{
public:
    virtual ~Delivery();
    // False when the message was not accepted; *reason says why for the request log. The reason
    // never holds the code, the link or the destination.
    virtual bool send(const DeliveryMessage& message, QString* reason) = 0;
    // Whether sending this message waits on another server (SMTP, an SMS gateway), and so takes
    // a time an observer could measure; the outbox file does not.
    virtual bool waitsOnNetwork(const DeliveryMessage&) const { return true; }
};
