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
    // The words as SMTP or the SMS gateway would send them, so that a developer (and a test) reads
    // what the person gets, in the language they get it in.
    entry.insert(QStringLiteral("language"), message.language);
    if (message.channel == QLatin1String("email")) {
        entry.insert(QStringLiteral("subject"), message.emailSubject());
        entry.insert(QStringLiteral("body"), message.emailBody());
    } else {
        entry.insert(QStringLiteral("text"), message.smsText());
    }
    if (m_outbox->append(entry))
        return true;
    *reason = QStringLiteral("cannot write the outbox file");
    return false;
}
