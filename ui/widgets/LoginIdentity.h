// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// The login a person typed to name their account, as typed: carried from one flow to the next
// (sign-in to recovery and back, sign-up to sign-in) so that nobody types it twice, and so that
// no flow reads another flow's fields.
struct LoginIdentity
{
    enum class Method { Email, Phone, AccountId };

    Method method = Method::Email;
    QString email;
    QString region; // the phone number's country, "RU"
    QString nationalNumber; // the phone number without its country code
    QString accountId;
};
