// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaMessages.h"
#include "DeviceInfo.h"
#include "JsonMessage.h"

// "email" or "phone": how an account is registered (method), and where a code is to go (via).
const QStringList& contactKinds();

// POST /v1/registrations: {method: "email"|"phone", email | phone, region, marketingOptIn, captcha,
// language?}
struct StartRegistrationRequest
{
    QString method; // "email" or "phone"
    QString email; // with method "email"
    QString phone; // with method "phone": E.164, or national digits read with `region`
    QString region; // ISO 3166 alpha-2: country of residence, and the phone's region
    bool marketingOptIn = false;
    CaptchaAnswer captcha;
    // The app's language, for the account's emails and SMS (the code's own first): a locale name
    // read with accountLanguageFor(). Absent, or a language the server does not write: "en", so
    // that a newer app in a language this server lacks still registers. Not a locale name at
    // all: E-FIELD-INVALID.
    QString language = QStringLiteral("en");

    AM_JSON_MESSAGE(StartRegistrationRequest);
};

// Where a code went and when the next may be asked for; the answer of start and resend, and the
// shape recovery and other code challenges use too:
// {registrationId, sentTo, channel, resendAfter, expiresIn, codeLength}
struct CodeChallenge
{
    QString id; // wire name "registrationId" for registrations ("challengeId" elsewhere)
    QString sentTo; // masked: "+7 *** ***-45-67", "a***@example.com"
    QString channel; // "email" or "sms"
    int resendAfter = 0; // seconds until a resend is allowed
    int expiresIn = 0; // seconds the code lives
    int codeLength = 6;

    QJsonObject toJson(const QString& idName = QStringLiteral("registrationId")) const;
    static CodeChallenge fromJson(const QJsonObject& json, ApiError* error,
                                  const char* idName = "registrationId");
    // As AM_JSON_MESSAGE's, with the name the id goes by.
    template<typename Io> void fields(Io& io, const char* idName);
};

// {challengeId, code}: the code of a CodeChallenge named "challengeId", sent back. The same pair
// confirms a new email or phone (ConfirmContactRequest) and a sign-in from a new device
// (DeviceVerification), so it is one struct, written and read in one place.
struct ChallengeAnswer
{
    QString challengeId;
    QString code;

    AM_JSON_MESSAGE(ChallengeAnswer);
    // PUT /v1/account/email and /phone take both steps of a change: the second is told from the
    // first by its challengeId.
    static bool isConfirmation(const QJsonObject& json)
    {
        return json.contains(QStringLiteral("challengeId"));
    }
};

// POST /v1/registrations/{id}/verify: {code}
struct VerifyCodeRequest
{
    QString code;

    AM_JSON_MESSAGE(VerifyCodeRequest);
};

// POST /v1/registrations/{id}/complete: {password, device} -> TokenResponse
struct CompleteRegistrationRequest
{
    QString password;
    DeviceInfo device;
    QString deviceSecret; // as in SignInRequest: the computer's, if it has one for this server

    AM_JSON_MESSAGE(CompleteRegistrationRequest);
};

// GET /v1/registrations/{id}: {registrationId, verified, sentTo, channel, resendAfter, expiresIn};
// lets the app notice that the emailed link was opened.
struct RegistrationStatus
{
    QString id; // wire name "registrationId"
    bool verified = false;
    QString sentTo; // masked, as in CodeChallenge
    QString channel; // "email" or "sms"
    int resendAfter = 0; // seconds until a resend is allowed
    int expiresIn = 0; // seconds the current code still lives; 0 when it is used or dead

    AM_JSON_MESSAGE(RegistrationStatus);
};
