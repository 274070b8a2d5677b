// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/AccountApi.h"
#include "protocol/AccountMessages.h"
#include "protocol/SessionMessages.h"

#include <QObject>

class TokenStore;
class TokenRefresher;
class AccountSettings;

// One account signed in on this computer: the access token in memory, the refresh token in the
// keychain (TokenStore), the account remembered in AccountSettings (no secret there).
// Calls through call() refresh an expired access token once, transparently, and retry; refreshes
// go through TokenRefresher, one at a time per account on this computer.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Starting, SignedIn };
    Q_ENUM(State)

    Session(AccountApi* api, TokenStore* tokens, AccountSettings* settings, QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    qint64 accountId() const { return m_accountId; }
    const AccountProfile& profile() const { return m_profile; }
    AccountApi* api() const { return m_api; }
    TokenStore* tokens() const { return m_tokens; }

    // After sign-in or registration: stores the refresh token, remembers the account, fetches
    // the profile. Ends in signedIn(), or failed() and SignedOut (nothing left behind).
    void begin(const TokenResponse& tokens);
    // The secret the server gave this computer (empty when it has none yet, or the keychain cannot
    // say): sent with a sign-in or a registration, it makes this a known device for the account.
    void readDeviceSecret(QObject* context, std::function<void(const QString& secret)> then);
    // At start-up: the refresh token from the keychain is exchanged for fresh tokens.
    // Ends in signedIn(), or failed() and SignedOut.
    void restore(qint64 accountId);
    void refreshProfile();
    // A profile the server just sent (after an email or phone change): shown without another request.
    void adoptProfile(const AccountProfile& profile);
    // The fresh tokens of a password change: the server has already killed this session's old
    // ones, so they replace them in memory at once and in the keychain (then() says whether the
    // keychain took them; without it a restart would find a dead refresh token).
    void replaceTokens(const TokenResponse& tokens, std::function<void(const ApiError&)> then = {});
    // Revokes the session on the server, then forgets the tokens here in any case: the keychain
    // entry is removed and the account forgotten. Ends in signedOut(serverError), where
    // serverError says if the server could not be told (the tokens here are gone all the same).
    void signOut();
    // "Sign out…" as the guide has it: only the owner can sign a device out, so the password is
    // asked again and this computer's device is unbound on the server (which revokes its tokens).
    // Then the keychain entry goes; removeLocalData also forgets the account's label and list entry,
    // otherwise the switcher keeps offering it. A refused password changes nothing here: the
    // callback gets the error. On success signedOut() follows the callback.
    void signOutThisComputer(const QString& password, bool removeLocalData, QObject* context,
                             AccountApi::DoneCallback callback);
    // The account no longer exists on the server (deleted): nothing of it stays on this computer.
    void forgetDeletedAccount();
    // Makes another account signed in on this computer the current one. The one shown now stays
    // signed in (its refresh token stays in the keychain); the other's is exchanged for fresh tokens.
    void switchTo(qint64 accountId);

    // The signed-in requests. Each carries the access token, and an expired one is refreshed once,
    // transparently, before the request is sent again. As with AccountApi, the callback runs on the
    // context's thread, never once the context is gone: deleting the context is how a caller
    // drops an answer it no longer wants.
    template<typename T> using Callback = AccountApi::Callback<T>;
    using DoneCallback = AccountApi::DoneCallback;

    // Password change: a code to the bound email or phone ("email", "phone", or empty when only one
    // is bound), then the new password; the answer carries this session's new tokens.
    void startPasswordChange(const QString& via, QObject* context, Callback<CodeChallenge> callback);
    void changePassword(const ChangePasswordRequest& request, QObject* context,
                        Callback<TokenResponse> callback);
    // A new code for a password, email, phone or deletion challenge of this account.
    void resendAccountChallenge(const QString& challengeId, QObject* context,
                                Callback<CodeChallenge> callback);
    // Email or phone change: the first request sends a code to the new address, the confirmation
    // saves it and answers with the updated profile.
    void startEmailChange(const ChangeEmailRequest& request, QObject* context,
                          Callback<CodeChallenge> callback);
    void startPhoneChange(const ChangePhoneRequest& request, QObject* context,
                          Callback<CodeChallenge> callback);
    void confirmEmailChange(const ConfirmContactRequest& request, QObject* context,
                            Callback<AccountProfile> callback);
    void confirmPhoneChange(const ConfirmContactRequest& request, QObject* context,
                            Callback<AccountProfile> callback);
    // The devices bound to the account; unbinding one asks for the password again.
    void devices(QObject* context, Callback<DeviceList> callback);
    void unbindDevice(const QString& deviceId, const QString& password, QObject* context,
                      DoneCallback callback);
    // "Sign out on all other devices": every other session of the account ends (password asked
    // again); this one and every device's binding stay.
    void signOutOtherDevices(const QString& password, QObject* context, DoneCallback callback);
    // Deletion: a code (via as for a password change), then the password, challenge and code.
    void startAccountDeletion(const QString& via, QObject* context, Callback<CodeChallenge> callback);
    void deleteAccount(const DeleteAccountRequest& request, QObject* context, DoneCallback callback);
    // Two-step verification: a new secret (the password asked again), switched on by its first
    // code, which answers with the backup codes; switched off with the password and a code (TOTP or
    // backup). The profile's twoStep says whether it is on: refreshProfile() after either.
    void startTwoStep(const QString& password, QObject* context, Callback<TwoStepSetup> callback);
    void confirmTwoStep(const TwoStepConfirmRequest& request, QObject* context,
                        Callback<TwoStepBackupCodes> callback);
    void disableTwoStep(const TwoStepDisableRequest& request, QObject* context, DoneCallback callback);
    // The language of the account's emails, SMS and link pages (one of accountLanguages()); the
    // profile's language follows once the server took it.
    void setAccountLanguage(const QString& language, QObject* context, DoneCallback callback);
    // The account's activity, newest first: a page of at most limit events before `before`
    // (invalid: the newest); the page's next is the `before` of the one after it.
    void activity(const QDateTime& before, int limit, QObject* context, Callback<ActivityPage> callback);
    // Everything the server holds about the account, as the JSON document it sends (to be saved as
    // it is); the password is asked again. At most one an hour (E-RATE-LIMITED with until).
    void exportAccount(const QString& password, QObject* context, Callback<QJsonObject> callback);

signals:
    void stateChanged(Session::State state);
    void signedIn(qint64 accountId);
    void profileChanged(const AccountProfile& profile);
    void signedOut(const ApiError& serverError);
    void failed(const ApiError& error);

private:
    // An authorized request with one transparent refresh on E-TOKEN-EXPIRED.
    void call(const ApiEndpoint& endpoint, const QString& id, const QJsonObject& body, QObject* context,
              AccountApi::JsonCallback callback);
    void call(const ApiEndpoint& endpoint, const QString& id, const QUrlQuery& query, const QJsonObject& body,
              QObject* context, AccountApi::JsonCallback callback);
    void setState(State state);
    void adoptTokens(const TokenResponse& tokens, std::function<void(const ApiError&)> then);
    void refreshTokens(std::function<void(const ApiError&)> then);
    void fail(const ApiError& error);
    void forgetLocally();
    void endLocally(bool removeLocalData, const ApiError& serverError);
    void rememberLabel();

    AccountApi* m_api;
    TokenStore* m_tokens;
    AccountSettings* m_settings;
    TokenRefresher* m_refresher; // child
    State m_state = State::SignedOut;
    qint64 m_accountId = 0;
    QString m_accessToken;
    QString m_refreshToken;
    AccountProfile m_profile;
};
