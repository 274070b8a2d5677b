// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A verification code on its way to a person, or a notice without a code ("your password was
// changed"), and the words it is sent in: those of the account's language (a registration's own
// before the account exists), through ServerText.
struct DeliveryMessage
{
    QString channel; // "email" or "sms"
    QString destination; // normalized email address or E.164 phone number
    // With a code: "registration", "password-change", "recovery", "email-change", "phone-change".
    // With a code also "account-deletion", "device-verification".
    // Notices, without one: "password-changed" (also after a recovery), "email-changed",
    // "phone-changed", "account-deleted", "two-step-on", "two-step-off", "new-device-sign-in",
    // "device-unbound", "signed-out-everywhere", "contact-taken".
    QString purpose;
    QString language = QStringLiteral("en"); // of accountLanguages()
    QString code; // empty for a notice
    QString link; // email only: opens GET /v1/registrations/{id}/confirm
    int codeTtlMinutes = 10;
    int linkTtlMinutes = 30;

    QString emailSubject() const;
    QString emailBody() const;
    QString smsText() const;
    bool isNotice() const { return code.isEmpty(); }
};
