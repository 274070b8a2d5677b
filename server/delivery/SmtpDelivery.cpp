// SPDX-License-Identifier: Apache-2.0
#include "SmtpDelivery.h"

#include "MailMessage.h"
#include "SmtpClient.h"

SmtpDelivery::SmtpDelivery(DeliveryOptions options)
    : m_options(std::move(options))
{
}

bool SmtpDelivery::send(const DeliveryMessage& message, QString* reason)
{
    const QByteArray mail
        = MailMessage::build(m_options.smtpFrom, m_options.smtpFromAddress(), message.destination,
                             message.emailSubject(), message.emailBody());
    SmtpClient client(m_options);
    return client.send(message.destination, mail, reason);
}
