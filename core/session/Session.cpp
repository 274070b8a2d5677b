// SPDX-License-Identifier: Apache-2.0
#include "Session.h"

#include "session/TokenRefresher.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QFileInfo>
#include <QUrl>

namespace {
// Answers after which the refresh token is worth nothing: keeping it would only fail again.
bool sessionIsGone(const ApiError& error)
{
    return error.code == ErrorCode::RefreshTokenInvalid || error.code == ErrorCode::RefreshTokenReused
        || error.code == ErrorCode::Unauthorized || error.code == ErrorCode::NotSignedIn;
}
} // namespace

Session::Session(AccountApi* api, TokenStore* tokens, AccountSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
    , m_settings(settings)
    // Beside the settings, which the app and account-ctl share as they share the keychain entry.
    , m_refresher(new TokenRefresher(api, tokens, QFileInfo(settings->raw().fileName()).absolutePath(), this))
{
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::fail(const ApiError& error)
{
    setState(m_accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    emit failed(error);
}

void Session::forgetLocally()
{
    m_settings->removeAccount(m_api->serverUrl(), m_accountId);
    m_accessToken.clear();
    m_refreshToken.clear();
    m_profile = AccountProfile {};
}

void Session::readDeviceSecret(QObject* context, std::function<void(const QString& secret)> then)
{
    m_tokens->readDeviceSecret(
        m_api->serverUrl(), context,
        [then = std::move(then)](const QString& secret, const ApiError&) { then(secret); });
}

void Session::begin(const TokenResponse& tokens)
{
    setState(State::Starting);
    m_accountId = tokens.accountId;
    // A device new to the server got its secret: kept like a token, so the next sign-in from this
    // computer (to any account on this server) comes from a known device. Without it, the next
    // sign-in asks for a code again, which is safe.
    if (!tokens.deviceSecret.isEmpty())
        m_tokens->writeDeviceSecret(m_api->serverUrl(), tokens.deviceSecret, this, [](const ApiError&) {});
    adoptTokens(tokens, [this, tokens](const ApiError& error) {
        if (error) {
            // Without the keychain this computer cannot stay signed in; end the server session too
            // rather than leave one behind that no one can reach.
            m_api->signOut(tokens.accessToken, this, [](const ApiError&) {});
            m_accessToken.clear();
            m_refreshToken.clear();
            fail(error);
            return;
        }
        m_settings->addAccount(m_api->serverUrl(), m_accountId);
        m_settings->setCurrentAccount(m_api->serverUrl(), m_accountId);
        setState(State::SignedIn);
        emit signedIn(m_accountId);
        refreshProfile();
    });
}

void Session::restore(qint64 accountId)
{
    setState(State::Starting);
    m_accountId = accountId;
    m_tokens->read(m_api->serverUrl(), accountId, this, [this](const QString& token, const ApiError& error) {
        if (error) {
            if (error.code == ErrorCode::NotSignedIn)
                forgetLocally();
            fail(error);
            return;
        }
        m_refreshToken = token;
        refreshTokens([this](const ApiError& refreshError) {
            if (refreshError) {
                fail(refreshError);
                return;
            }
            setState(State::SignedIn);
            emit signedIn(m_accountId);
            refreshProfile();
        });
    });
}

void Session::adoptTokens(const TokenResponse& tokens, std::function<void(const ApiError&)> then)
{
    m_tokens->write(m_api->serverUrl(), tokens.accountId, tokens.refreshToken, this,
                    [this, tokens, then = std::move(then)](const ApiError& error) {
                        if (!error) {
                            m_accessToken = tokens.accessToken;
                            m_refreshToken = tokens.refreshToken;
                        }
                        then(error);
                    });
}

void Session::refreshTokens(std::function<void(const ApiError&)> then)
{
    m_refresher->refresh(m_accountId, m_refreshToken, m_settings->thisDevice().id,
                         [this, then = std::move(then)](const TokenResponse& tokens, const ApiError& error) {
                             // The server has rotated the tokens even when the keychain then refused the
                             // new one: the old ones are dead, so these are used for this run anyway.
                             if (!tokens.accessToken.isEmpty()) {
                                 m_accessToken = tokens.accessToken;
                                 m_refreshToken = tokens.refreshToken;
                             }
                             if (error && sessionIsGone(error)) {
                                 // The server ended this session (sign-out elsewhere, password change,
                                 // unbind): the stored token is useless, so leave nothing behind.
                                 m_tokens->remove(m_api->serverUrl(), m_accountId, this,
                                                  [](const ApiError&) {});
                                 forgetLocally();
                             }
                             then(error);
                         });
}

void Session::refreshProfile()
{
    call(Api::Profile, {}, {}, this,
         AccountApi::decoded<AccountProfile>([this](const AccountProfile& profile, const ApiError& error) {
             if (error) {
                 emit failed(error);
                 return;
             }
             m_profile = profile;
             rememberLabel();
             emit profileChanged(m_profile);
         }));
}

void Session::adoptProfile(const AccountProfile& profile)
{
    m_profile = profile;
    rememberLabel();
    emit profileChanged(m_profile);
}

void Session::rememberLabel()
{
    if (m_profile.accountId == 0)
        return;
    const QString label = !m_profile.email.isEmpty() ? EmailAddress::mask(m_profile.email)
                                                     : PhoneNumbers::mask(m_profile.phone);
    m_settings->setAccountLabel(m_api->serverUrl(), m_profile.accountId, label);
}

void Session::replaceTokens(const TokenResponse& tokens, std::function<void(const ApiError&)> then)
{
    // In memory first: requests made while the keychain is written must not use the dead token.
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    adoptTokens(tokens, [then = std::move(then)](const ApiError& error) {
        if (then)
            then(error);
    });
}

void Session::call(const ApiEndpoint& endpoint, const QString& id, const QJsonObject& body, QObject* context,
                   AccountApi::JsonCallback callback)
{
    call(endpoint, id, QUrlQuery(), body, context, std::move(callback));
}

void Session::call(const ApiEndpoint& endpoint, const QString& id, const QUrlQuery& query,
                   const QJsonObject& body, QObject* context, AccountApi::JsonCallback callback)
{
    if (m_accessToken.isEmpty()) {
        callback({}, ApiError(ErrorCode::NotSignedIn));
        return;
    }
    QPointer<QObject> guard(context);
    m_api->send(
        endpoint, id, query, body, m_accessToken, context,
        [this, endpoint, id, query, body, guard, callback](const QJsonObject& json, const ApiError& error) {
            if (error.code != ErrorCode::AccessTokenExpired) {
                callback(json, error);
                return;
            }
            refreshTokens([this, endpoint, id, query, body, guard, callback](const ApiError& refreshError) {
                if (!guard)
                    return;
                if (refreshError) {
                    if (sessionIsGone(refreshError))
                        setState(State::SignedOut);
                    callback({}, refreshError);
                    return;
                }
                m_api->send(endpoint, id, query, body, m_accessToken, guard, callback);
            });
        });
}

namespace {
AccountApi::JsonCallback challengeOf(AccountApi::Callback<CodeChallenge> callback)
{
    return AccountApi::decodedChallenge(std::move(callback), "challengeId");
}
} // namespace

void Session::startPasswordChange(const QString& via, QObject* context, Callback<CodeChallenge> callback)
{
    call(Api::StartPasswordChange, {}, PasswordChallengeRequest { via }.toJson(), context,
         challengeOf(std::move(callback)));
}

void Session::changePassword(const ChangePasswordRequest& request, QObject* context,
                             Callback<TokenResponse> callback)
{
    call(Api::ChangePassword, {}, request.toJson(), context, AccountApi::decoded(std::move(callback)));
}

void Session::resendAccountChallenge(const QString& challengeId, QObject* context,
                                     Callback<CodeChallenge> callback)
{
    call(Api::ResendAccountChallenge, challengeId, {}, context, challengeOf(std::move(callback)));
}

void Session::startEmailChange(const ChangeEmailRequest& request, QObject* context,
                               Callback<CodeChallenge> callback)
{
    call(Api::ChangeEmail, {}, request.toJson(), context, challengeOf(std::move(callback)));
}

void Session::startPhoneChange(const ChangePhoneRequest& request, QObject* context,
                               Callback<CodeChallenge> callback)
{
    call(Api::ChangePhone, {}, request.toJson(), context, challengeOf(std::move(callback)));
}

void Session::confirmEmailChange(const ConfirmContactRequest& request, QObject* context,
                                 Callback<AccountProfile> callback)
{
    call(Api::ChangeEmail, {}, request.toJson(), context, AccountApi::decoded(std::move(callback)));
}

void Session::confirmPhoneChange(const ConfirmContactRequest& request, QObject* context,
                                 Callback<AccountProfile> callback)
{
    call(Api::ChangePhone, {}, request.toJson(), context, AccountApi::decoded(std::move(callback)));
}

void Session::devices(QObject* context, Callback<DeviceList> callback)
{
    call(Api::Devices, {}, {}, context, AccountApi::decoded(std::move(callback)));
}

void Session::unbindDevice(const QString& deviceId, const QString& password, QObject* context,
                           DoneCallback callback)
{
    call(Api::UnbindDevice, deviceId, UnbindDeviceRequest { password }.toJson(), context,
         AccountApi::doneOnly(std::move(callback)));
}

void Session::signOutOtherDevices(const QString& password, QObject* context, DoneCallback callback)
{
    call(Api::SignOutOthers, {}, SignOutOthersRequest { password }.toJson(), context,
         AccountApi::doneOnly(std::move(callback)));
}

void Session::startAccountDeletion(const QString& via, QObject* context, Callback<CodeChallenge> callback)
{
    call(Api::StartDeletion, {}, PasswordChallengeRequest { via }.toJson(), context,
         challengeOf(std::move(callback)));
}

void Session::deleteAccount(const DeleteAccountRequest& request, QObject* context, DoneCallback callback)
{
    call(Api::DeleteAccount, {}, request.toJson(), context, AccountApi::doneOnly(std::move(callback)));
}

void Session::setAccountLanguage(const QString& language, QObject* context, DoneCallback callback)
{
    call(Api::SetLanguage, {}, SetLanguageRequest { language }.toJson(), context,
         AccountApi::doneOnly([this, language, callback = std::move(callback)](const ApiError& error) {
             if (!error && m_profile.language != language) {
                 m_profile.language = language;
                 emit profileChanged(m_profile);
             }
             callback(error);
         }));
}

void Session::activity(const QDateTime& before, int limit, QObject* context, Callback<ActivityPage> callback)
{
    ActivityQuery query;
    query.before = before;
    query.limit = limit;
    call(Api::Activity, {}, query.toQuery(), {}, context, AccountApi::decoded(std::move(callback)));
}

void Session::exportAccount(const QString& password, QObject* context, Callback<QJsonObject> callback)
{
    call(Api::ExportAccount, {}, ExportRequest { password }.toJson(), context, std::move(callback));
}

void Session::startTwoStep(const QString& password, QObject* context, Callback<TwoStepSetup> callback)
{
    call(Api::StartTwoStep, {}, TwoStepSetupRequest { password }.toJson(), context,
         AccountApi::decoded(std::move(callback)));
}

void Session::confirmTwoStep(const TwoStepConfirmRequest& request, QObject* context,
                             Callback<TwoStepBackupCodes> callback)
{
    call(Api::ConfirmTwoStep, {}, request.toJson(), context, AccountApi::decoded(std::move(callback)));
}

void Session::disableTwoStep(const TwoStepDisableRequest& request, QObject* context, DoneCallback callback)
{
    call(Api::DisableTwoStep, {}, request.toJson(), context, AccountApi::doneOnly(std::move(callback)));
}

void Session::signOut()
{
    auto finishLocally = [this](const ApiError& serverError) {
        m_tokens->remove(m_api->serverUrl(), m_accountId, this,
                         [this, serverError](const ApiError& keychainError) {
                             forgetLocally();
                             setState(State::SignedOut);
                             if (keychainError)
                                 emit failed(keychainError);
                             emit signedOut(serverError);
                         });
    };
    if (m_accessToken.isEmpty()) {
        finishLocally({});
        return;
    }
    call(Api::SignOut, {}, {}, this, AccountApi::doneOnly(finishLocally));
}

void Session::endLocally(bool removeLocalData, const ApiError& serverError)
{
    const qint64 accountId = m_accountId;
    m_tokens->remove(m_api->serverUrl(), accountId, this,
                     [this, accountId, removeLocalData, serverError](const ApiError& keychainError) {
                         forgetLocally();
                         if (removeLocalData)
                             m_settings->forgetAccount(m_api->serverUrl(), accountId);
                         setState(State::SignedOut);
                         if (keychainError)
                             emit failed(keychainError);
                         emit signedOut(serverError);
                     });
}

void Session::signOutThisComputer(const QString& password, bool removeLocalData, QObject* context,
                                  AccountApi::DoneCallback callback)
{
    unbindDevice(m_settings->thisDevice().id, password, context,
                 [this, removeLocalData, callback](const ApiError& error) {
                     callback(error);
                     if (!error)
                         endLocally(removeLocalData, {});
                 });
}

void Session::forgetDeletedAccount()
{
    endLocally(true, {});
}

void Session::switchTo(qint64 accountId)
{
    if (accountId == 0 || (accountId == m_accountId && m_state != State::SignedOut))
        return;
    // Only this process forgets the current account's tokens; its keychain entry and server
    // session stay, so switching back is one refresh.
    m_accessToken.clear();
    m_refreshToken.clear();
    m_profile = AccountProfile {};
    m_settings->setCurrentAccount(m_api->serverUrl(), accountId);
    restore(accountId);
}
