// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/AccountChangeMessages.h"
#include "protocol/AccountMessages.h"
#include "protocol/ActivityMessages.h"
#include "protocol/ApiEndpoint.h"
#include "protocol/ApiError.h"
#include "protocol/CaptchaMessages.h"
#include "protocol/DeviceMessages.h"
#include "protocol/HealthMessages.h"
#include "protocol/RecoveryMessages.h"
#include "protocol/RegistrationMessages.h"
#include "protocol/SessionMessages.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;

// The account server's API, asynchronous, on one QNetworkAccessManager.
// Each call takes a context object and a callback: the callback runs on the context's thread,
// and never if the context is destroyed first; destroying the context also aborts the request.
// That is how a caller cancels: a wizard gives each request a context of its own and deletes it. TLS errors
// are never ignored: a server is trusted through the system CAs or the extra CA given here.
class AccountApi : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const T& result, const ApiError& error)>;
    using JsonCallback = Callback<QJsonObject>;
    using DoneCallback = std::function<void(const ApiError& error)>;

    explicit AccountApi(QObject* parent = nullptr);
    ~AccountApi() override;

    void setServerUrl(const QUrl& url);
    QUrl serverUrl() const { return m_serverUrl; }

    // Trusts the CA certificates in a PEM file besides the system's. False, with a reason, when
    // the file cannot be read or holds no certificate.
    bool addTrustedCaFile(const QString& path, QString* errorMessage = nullptr);
    void addTrustedCaCertificates(const QList<QSslCertificate>& certificates);
    // The extra CAs trusted besides the system's (diagnostics repeat the handshake with them).
    const QList<QSslCertificate>& trustedCaCertificates() const { return m_extraCas; }

    // The proxy of every request (NetworkProxy::applyNow sets it from the settings), and how it
    // was chosen in words for diagnostics ("system (none configured)", "socks5://host:1080, user
    // set"; never a password). Qt's default: the application proxy, which is none.
    void setProxy(const QNetworkProxy& proxy, const QString& description);
    QNetworkProxy proxy() const;
    QString proxyDescription() const { return m_proxyDescription; }

    // How long a request may go without any data before it fails with E-TIMEOUT.
    void setTransferTimeout(int milliseconds);

    QNetworkReply* health(QObject* context, Callback<HealthResponse> callback);
    QNetworkReply* captcha(QObject* context, Callback<CaptchaResponse> callback);
    // GET /v1/captcha/{id}/audio: the captcha's characters spoken, a WAV file (not JSON); errors
    // come as usual (E-CAPTCHA-NOT-FOUND, E-RATE-LIMITED after a few fetches of one captcha).
    QNetworkReply* captchaAudio(const QString& captchaId, QObject* context, Callback<QByteArray> callback);
    QNetworkReply* signIn(const SignInRequest& request, QObject* context, Callback<TokenResponse> callback);
    // deviceId: this computer's device ID, so that a reuse soon after a lost answer is forgiven.
    QNetworkReply* refresh(const QString& refreshToken, QObject* context, Callback<TokenResponse> callback,
                           const QString& deviceId = {});
    QNetworkReply* signOut(const QString& accessToken, QObject* context, DoneCallback callback);
    QNetworkReply* account(const QString& accessToken, QObject* context, Callback<AccountProfile> callback);

    // Registration: start (sends a code), resend, verify the code, complete with the password.
    QNetworkReply* startRegistration(const StartRegistrationRequest& request, QObject* context,
                                     Callback<CodeChallenge> callback);
    QNetworkReply* resendRegistrationCode(const QString& registrationId, QObject* context,
                                          Callback<CodeChallenge> callback);
    QNetworkReply* verifyRegistration(const QString& registrationId, const QString& code, QObject* context,
                                      DoneCallback callback);
    QNetworkReply* completeRegistration(const QString& registrationId,
                                        const CompleteRegistrationRequest& request, QObject* context,
                                        Callback<TokenResponse> callback);
    // GET /v1/registrations/{id}: whether the code or the emailed link has been confirmed.
    QNetworkReply* registrationStatus(const QString& registrationId, QObject* context,
                                      Callback<RegistrationStatus> callback);

    // Forgotten password (not signed in): start (with a solved captcha), send to a chosen channel
    // when the start offered choices, resend, optionally verify the code, complete.
    QNetworkReply* startRecovery(const StartRecoveryRequest& request, QObject* context,
                                 Callback<RecoveryStart> callback);
    QNetworkReply* sendRecoveryCode(const QString& recoveryId, const QString& via, QObject* context,
                                    Callback<CodeChallenge> callback);
    QNetworkReply* resendRecoveryCode(const QString& recoveryId, QObject* context,
                                      Callback<CodeChallenge> callback);
    QNetworkReply* verifyRecoveryCode(const QString& recoveryId, const QString& code, QObject* context,
                                      DoneCallback callback);
    QNetworkReply* completeRecovery(const QString& recoveryId, const CompleteRecoveryRequest& request,
                                    QObject* context, Callback<RecoveryResult> callback);

    // New-device verification: a new code for the challenge of E-DEVICE-VERIFICATION-REQUIRED
    // (ApiError::challenge); the sign-in is then repeated with SignInRequest::deviceVerification.
    QNetworkReply* resendDeviceVerification(const QString& challengeId, QObject* context,
                                            Callback<CodeChallenge> callback);

    // Any endpoint of the Api namespace; id fills its {id}. An empty accessToken sends no
    // Authorization header. A 2xx reply with an empty body gives {}. The signed-in requests go
    // through Session, which keeps the token fresh.
    QNetworkReply* send(const ApiEndpoint& endpoint, const QString& id, const QJsonObject& body,
                        const QString& accessToken, QObject* context, JsonCallback callback);
    // The same with a query after the path (GET /v1/account/activity?before=…&limit=…).
    QNetworkReply* send(const ApiEndpoint& endpoint, const QString& id, const QUrlQuery& query,
                        const QJsonObject& body, const QString& accessToken, QObject* context,
                        JsonCallback callback);

    // Decodes a typed reply: turns a JSON callback into a typed one.
    template<typename T> static JsonCallback decoded(Callback<T> callback)
    {
        return decodedWith<T>(std::move(callback), [](const QJsonObject& json, ApiError* error) {
            return T::fromJson(json, error);
        });
    }

    // For a request whose answer carries nothing but success or an error.
    static JsonCallback doneOnly(DoneCallback callback)
    {
        return
            [callback = std::move(callback)](const QJsonObject&, const ApiError& error) { callback(error); };
    }

    // As decoded(), for a CodeChallenge whose ID goes by another name ("challengeId", "recoveryId").
    static JsonCallback decodedChallenge(Callback<CodeChallenge> callback, const char* idName)
    {
        return decodedWith<CodeChallenge>(std::move(callback),
                                          [idName](const QJsonObject& json, ApiError* error) {
                                              return CodeChallenge::fromJson(json, error, idName);
                                          });
    }

signals:
    // A request that failed (not one cancelled), with its method and path: for the error history
    // of Help → Diagnostics (ErrorHistory::follow), which the app and account-ctl connect.
    void requestFailed(const ApiError& error, const QString& method, const QString& path);

private:
    template<typename T, typename Decoder>
    static JsonCallback decodedWith(Callback<T> callback, Decoder decode)
    {
        return [callback = std::move(callback), decode](const QJsonObject& json, const ApiError& error) {
            if (error) {
                callback(T {}, error);
                return;
            }
            ApiError decodeError;
            T value = decode(json, &decodeError);
            if (decodeError) {
                // The server broke its own protocol: say so, keep the field for support.
                ApiError bad(ErrorCode::BadResponse, decodeError.field);
                bad.detail = decodeError.wireName();
                callback(T {}, bad);
                return;
            }
            callback(value, ApiError {});
        };
    }

    // Starts a request; onFinished runs in context when the reply has finished (never if the
    // context is destroyed first, which aborts the request).
    QNetworkReply* start(const ApiEndpoint& endpoint, const QString& id, const QUrlQuery& query,
                         const QJsonObject& body, const QString& accessToken, QObject* context,
                         std::function<void(QNetworkReply*)> onFinished);
    void finish(QNetworkReply* reply, const JsonCallback& callback);
    // A reply whose 2xx body is a file of the given content type; errors as finish() reads them.
    void finishFile(QNetworkReply* reply, const QByteArray& contentType,
                    const Callback<QByteArray>& callback);

    QNetworkAccessManager* m_network;
    QString m_proxyDescription = QStringLiteral("Qt default (none)");
    QUrl m_serverUrl;
    QList<QSslCertificate> m_extraCas;
    int m_transferTimeout = 20000;
};
