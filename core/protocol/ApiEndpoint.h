// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// One request of the API: its method and its path, "{id}" standing for one path segment. Every
// endpoint is written once, in the Api namespace below: the client sends to it, the server's route
// table answers it, docs/api.md is checked against it.
struct ApiEndpoint
{
    const char* method; // "POST"
    const char* path; // "/v1/sessions", "/v1/devices/{id}"

    // The path with {id} replaced by the percent-encoded id (IDs come from the server or the
    // user, but land in a URL path all the same).
    QString pathWith(const QString& id = {}) const;
};

namespace Api {
namespace Path {
// A path that more than one method answers.
inline constexpr char RegistrationConfirm[] = "/v1/registrations/{id}/confirm";
inline constexpr char Account[] = "/v1/account";
inline constexpr char TwoStep[] = "/v1/account/two-step";
} // namespace Path

inline constexpr ApiEndpoint Health { "GET", "/v1/health" };
inline constexpr ApiEndpoint Captcha { "POST", "/v1/captcha" };
// The same captcha's characters spoken (audio/wav), a few times at most per captcha.
inline constexpr ApiEndpoint CaptchaAudio { "GET", "/v1/captcha/{id}/audio" };

inline constexpr ApiEndpoint SignIn { "POST", "/v1/sessions" };
inline constexpr ApiEndpoint Refresh { "POST", "/v1/sessions/refresh" };
inline constexpr ApiEndpoint SignOut { "DELETE", "/v1/sessions/current" };
// "Sign out on all other devices": every session of the account but the caller's ends.
inline constexpr ApiEndpoint SignOutOthers { "DELETE", "/v1/sessions/others" };
inline constexpr ApiEndpoint ResendDeviceChallenge { "POST", "/v1/sessions/device-challenges/{id}/resend" };

inline constexpr ApiEndpoint Profile { "GET", Path::Account };
inline constexpr ApiEndpoint DeleteAccount { "DELETE", Path::Account };
inline constexpr ApiEndpoint StartDeletion { "POST", "/v1/account/deletion/challenges" };
inline constexpr ApiEndpoint StartPasswordChange { "POST", "/v1/account/password/challenges" };
inline constexpr ApiEndpoint ChangePassword { "POST", "/v1/account/password" };
inline constexpr ApiEndpoint ResendAccountChallenge { "POST", "/v1/account/challenges/{id}/resend" };
inline constexpr ApiEndpoint ChangeEmail { "PUT", "/v1/account/email" };
inline constexpr ApiEndpoint ChangePhone { "PUT", "/v1/account/phone" };
// The language of the account's emails, SMS and link pages ({language}: en, ru, zh_CN).
inline constexpr ApiEndpoint SetLanguage { "PUT", "/v1/account/language" };

// Two-step verification: a new secret (password asked again), its first code, switching it off.
inline constexpr ApiEndpoint StartTwoStep { "POST", Path::TwoStep };
inline constexpr ApiEndpoint ConfirmTwoStep { "POST", "/v1/account/two-step/confirm" };
inline constexpr ApiEndpoint DisableTwoStep { "DELETE", Path::TwoStep };

inline constexpr ApiEndpoint StartRegistration { "POST", "/v1/registrations" };
inline constexpr ApiEndpoint RegistrationStatus { "GET", "/v1/registrations/{id}" };
inline constexpr ApiEndpoint ResendRegistrationCode { "POST", "/v1/registrations/{id}/resend" };
inline constexpr ApiEndpoint VerifyRegistration { "POST", "/v1/registrations/{id}/verify" };
// The emailed link opens a page with a button (GET), the button confirms (POST).
inline constexpr ApiEndpoint RegistrationLinkPage { "GET", Path::RegistrationConfirm };
inline constexpr ApiEndpoint ConfirmRegistrationLink { "POST", Path::RegistrationConfirm };
inline constexpr ApiEndpoint CompleteRegistration { "POST", "/v1/registrations/{id}/complete" };

inline constexpr ApiEndpoint StartRecovery { "POST", "/v1/recoveries" };
inline constexpr ApiEndpoint SendRecoveryCode { "POST", "/v1/recoveries/{id}/send" };
inline constexpr ApiEndpoint ResendRecoveryCode { "POST", "/v1/recoveries/{id}/resend" };
inline constexpr ApiEndpoint VerifyRecoveryCode { "POST", "/v1/recoveries/{id}/verify" };
inline constexpr ApiEndpoint CompleteRecovery { "POST", "/v1/recoveries/{id}/complete" };

// The account's activity (GET, ?before=TIME&limit=N) and the export of its data ({password}).
inline constexpr ApiEndpoint Activity { "GET", "/v1/account/activity" };
inline constexpr ApiEndpoint ExportAccount { "POST", "/v1/account/export" };

inline constexpr ApiEndpoint Devices { "GET", "/v1/devices" };
inline constexpr ApiEndpoint UnbindDevice { "DELETE", "/v1/devices/{id}" };
} // namespace Api
