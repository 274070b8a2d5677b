// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Takes secrets and addresses out of text before it goes to a log or a report: emails become
// "j***@example.com", phone numbers "+7 *** ***-67-89" (as the app shows them), the values of
// JSON or key=value fields named like a password, code or token become "***", and so does the
// credential of an "Authorization: Bearer …" header. A last line of defence: code should not pass
// secrets to a log in the first place.
class Redactor
{
public:
    static QString redact(const QString& text);
    // "/v1/registrations/0f3b9c2e-…/verify" -> "/v1/registrations/0f3b9c2e…/verify": IDs in a path
    // are credentials of sorts, the first characters are enough to match the server's log.
    static QString shortenPath(const QString& path);

    static QString maskEmail(const QString& email);
    // Any phone-like text: a valid number is masked as the app masks it, anything else keeps only
    // its last two digits.
    static QString maskPhone(const QString& phone);
};
