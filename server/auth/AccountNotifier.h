// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class Delivery;
struct Account;

// Tells the owner of an account that something important changed ("your password was changed"),
// through the same delivery as codes but with no code or link in it. Best effort: the change is
// made already, so a failed notice is only logged (in the request's log note).
class AccountNotifier
{
public:
    explicit AccountNotifier(Delivery* delivery);

    // To every bound email and phone of the account, in its language; purpose "password-changed",
    // "account-deleted", "two-step-on", "two-step-off", "new-device-sign-in" or "device-unbound".
    void notifyAll(const Account& account, const QString& purpose, QString* logNote) const;
    // To one destination: channel "email" or "sms"; purpose "email-changed" or "phone-changed"
    // (the old address, in its account's language) or "contact-taken" (in its owner's).
    void notify(const QString& channel, const QString& destination, const QString& purpose,
                const QString& language, QString* logNote) const;

private:
    Delivery* m_delivery;
};
