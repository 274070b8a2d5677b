// SPDX-License-Identifier: Apache-2.0
#include "AccountNotifier.h"

#include "AccountStore.h"
#include "Delivery.h"

AccountNotifier::AccountNotifier(Delivery* delivery)
    : m_delivery(delivery)
{
}

void AccountNotifier::notifyAll(const Account& account, const QString& purpose, QString* logNote) const
{
    if (!account.email.isEmpty())
        notify(QStringLiteral("email"), account.email, purpose, logNote);
    if (!account.phone.isEmpty())
        notify(QStringLiteral("sms"), account.phone, purpose, logNote);
}

void AccountNotifier::notify(const QString& channel, const QString& destination, const QString& purpose,
                             QString* logNote) const
{
    if (destination.isEmpty())
        return;
    DeliveryMessage message;
    message.channel = channel;
    message.destination = destination;
    message.purpose = purpose;
    QString reason;
    if (!m_delivery->send(message, &reason))
        *logNote = QStringLiteral("notice not delivered: ") + reason;
}
