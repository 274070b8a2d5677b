#pragma once

#include "CaptchaMessages.h"
#include "DeviceInfo.h"

// POST /v1/registrations: {method: "email"|"phone", email | phone, region, marketingOptIn, captcha}
struct StartRegistrationRequest
{
    QString method; // "email" or "phone"
    QString email; // with method "email"
    QString phone; // with method "phone": E.164, or national digits read with `region`
    QString region; // ISO 3166 alpha-2: country of residence, and the phone's region
    bool marketingOptIn = false;
    CaptchaAnswer captcha;

    QJsonObject toJson() const;
    static StartRegistrationRequest fromJson(const QJsonObject& json, ApiError* error);
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
};

// POST /v1/registrations/{id}/verify: {code}
struct VerifyCodeRequest
{
    QString code;

    QJsonObject toJson() const;
    static VerifyCodeRequest fromJson(const QJsonObject& json, ApiError* error);
};

// POST /v1/registrations/{id}/complete: {password, device} -> TokenResponse
struct CompleteRegistrationRequest
{
    QString password;
    DeviceInfo device;
    QString deviceSecret; // as in SignInRequest: the computer's, if it has one for this server

    QJsonObject toJson() const;
    static CompleteRegistrationRequest fromJson(const QJsonObject& json, ApiError* error);
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

    QJsonObject toJson() const;
    static RegistrationStatus fromJson(const QJsonObject& json, ApiError* error);
};
