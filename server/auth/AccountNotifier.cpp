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
        notify(QStringLiteral("email"), account.email, purpose, account.language, logNote);
    if (!account.phone.isEmpty())
        notify(QStringLiteral("sms"), account.phone, purpose, account.language, logNote);
}

void AccountNotifier::notify(const QString& channel, const QString& destination, const QString& purpose,
                             const QString& language, QString* logNote) const
{
    if (destination.isEmpty())
        return;
    DeliveryMessage message;
    message.channel = channel;
    message.destination = destination;
    message.purpose = purpose;
    message.language = language;
    QString reason;
    if (!m_delivery->send(message, &reason))
        *logNote = QStringLiteral("notice not delivered: ") + reason;
}
