// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// The LOGIN argument of `login`: an email, a phone number (E.164, or national digits with a
// region) or an account ID, turned into what POST /v1/sessions expects.
class LoginIdentifier
{
public:
    // "Anna@Example.com" -> "anna@example.com"; "8 912 345-67-89" with "RU" -> "+79123456789";
    // "1234567890" -> "1234567890". Empty with *problem set when it is none of them.
    static QString toWire(const QString& input, const QString& region, QString* problem);
    // What may be shown of a login: emails and phones masked, account IDs as they are.
    static QString masked(const QString& wireLogin);
};
