// SPDX-License-Identifier: Apache-2.0
#include "OutboxDelivery.h"

#include "Outbox.h"

OutboxDelivery::OutboxDelivery(Outbox* outbox)
    : m_outbox(outbox)
{
}

bool OutboxDelivery::send(const DeliveryMessage& message, QString* reason)
{
    QJsonObject entry { { QStringLiteral("channel"), message.channel },
                        { QStringLiteral("destination"), message.destination },
                        { QStringLiteral("purpose"), message.purpose } };
    // A notice ("your password was changed") carries no code at all.
    if (!message.code.isEmpty())
        entry.insert(QStringLiteral("code"), message.code);
    if (!message.link.isEmpty())
        entry.insert(QStringLiteral("link"), message.link);
    if (m_outbox->append(entry))
        return true;
    *reason = QStringLiteral("cannot write the outbox file");
    return false;
}
