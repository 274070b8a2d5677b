#pragma once

#include <QString>

// A verification code on its way to a person, and the words it is sent in. English and Russian
// go together in one message: the server does not know the reader's language.
struct DeliveryMessage
{
    QString channel; // "email" or "sms"
    QString destination; // normalized email address or E.164 phone number
    QString purpose; // "registration"
    QString code;
    QString link; // email only: opens GET /v1/registrations/{id}/confirm
    int codeTtlMinutes = 10;
    int linkTtlMinutes = 30;

    QString emailSubject() const;
    QString emailBody() const;
    QString smsText() const;
};
