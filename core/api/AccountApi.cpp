// SPDX-License-Identifier: Apache-2.0
#include "AccountApi.h"

#include "OneShotBody.h"
#include "TlsTrust.h"
#include "logging/LogCategories.h"
#include "logging/Redactor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace {

const char* const kSslErrorsProperty = "am_sslErrors";
const char* const kStartedProperty = "am_startedMs";
const char* const kMethodProperty = "am_method";
const char* const kPathProperty = "am_path";

// The log line of one finished request: method, path (IDs shortened), status, request ID and time,
// never a body or a header. True when it failed for another reason than a cancel.
bool noteFinished(QNetworkReply* reply, int status, const ApiError& error)
{
    const QString method = reply->property(kMethodProperty).toString();
    const QString path = Redactor::shortenPath(reply->property(kPathProperty).toString());
    const qint64 elapsed
        = QDateTime::currentMSecsSinceEpoch() - reply->property(kStartedProperty).toLongLong();
    const QString requestId
        = error.requestId.isEmpty() ? QString::fromLatin1(reply->rawHeader("X-Request-Id")) : error.requestId;
    if (!error) {
        qCDebug(lcApi).noquote() << method << path << status << "request" << requestId << elapsed << "ms";
        return false;
    }
    qCInfo(lcApi).noquote() << method << path << (status > 0 ? QString::number(status) : QStringLiteral("-"))
                            << error.wireName() << "request"
                            << (requestId.isEmpty() ? QStringLiteral("-") : requestId) << elapsed << "ms"
                            << error.detail;
    return error.code != ErrorCode::Cancelled;
}

ApiError networkError(QNetworkReply* reply, int transferTimeout, bool viaProxy)
{
    const auto sslErrors = reply->property(kSslErrorsProperty).value<QList<QSslError>>();
    const qint64 elapsed
        = QDateTime::currentMSecsSinceEpoch() - reply->property(kStartedProperty).toLongLong();
    ApiError error;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports a transfer timeout as a cancellation; only the clock tells them apart.
        error = ApiError(elapsed + 100 >= transferTimeout ? ErrorCode::Timeout : ErrorCode::Cancelled);
        break;
    case QNetworkReply::TimeoutError:
        error = ApiError(ErrorCode::Timeout);
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        // Through a proxy, Qt reports the proxy's refusal with these codes too ("Connection to proxy
        // refused" comes as an unknown network error), and a proxy that cannot reach the server
        // alike: both are the proxy's way out.
        error = ApiError(viaProxy ? ErrorCode::ProxyFailed : ErrorCode::ServerUnreachable);
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        error = ApiError(ErrorCode::ServerUnreachable);
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = ApiError(ErrorCode::ProxyAuthFailed);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        error = ApiError(ErrorCode::ProxyFailed);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        bool trust = false;
        for (const QSslError& e : sslErrors)
            trust = trust || TlsTrust::isTrustProblem(e.error());
        error = ApiError(trust ? ErrorCode::TlsUntrusted : ErrorCode::TlsError);
        break;
    }
    default:
        error = ApiError(ErrorCode::NetworkError);
        break;
    }
    QStringList details { reply->errorString() };
    for (const QSslError& e : sslErrors)
        details.append(e.errorString());
    error.detail = details.join(QStringLiteral("; "));
    error.httpStatus = 0;
    return error;
}

} // namespace

AccountApi::AccountApi(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // HTTP/2 multiplexing buys nothing for a handful of small requests and the server speaks 1.1.
    m_network->setAutoDeleteReplies(false);
}

AccountApi::~AccountApi() = default;

void AccountApi::setServerUrl(const QUrl& url)
{
    m_serverUrl = url;
}

bool AccountApi::addTrustedCaFile(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the certificate file %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The file %1 holds no PEM certificate.").arg(path);
        return false;
    }
    addTrustedCaCertificates(certificates);
    return true;
}

void AccountApi::addTrustedCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas.append(certificates);
}

void AccountApi::setProxy(const QNetworkProxy& proxy, const QString& description)
{
    m_network->setProxy(proxy);
    // Connections kept alive from before went the old way: the next request opens a new one.
    m_network->clearConnectionCache();
    m_proxyDescription = description;
}

QNetworkProxy AccountApi::proxy() const
{
    return m_network->proxy();
}

void AccountApi::setTransferTimeout(int milliseconds)
{
    m_transferTimeout = milliseconds;
}

QNetworkReply* AccountApi::health(QObject* context, Callback<HealthResponse> callback)
{
    return send(Api::Health, {}, {}, {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::captcha(QObject* context, Callback<CaptchaResponse> callback)
{
    return send(Api::Captcha, {}, {}, {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::captchaAudio(const QString& captchaId, QObject* context,
                                        Callback<QByteArray> callback)
{
    return start(Api::CaptchaAudio, captchaId, QUrlQuery(), {}, {}, context,
                 [this, callback = std::move(callback)](QNetworkReply* reply) {
                     finishFile(reply, QByteArrayLiteral("audio/wav"), callback);
                 });
}

QNetworkReply* AccountApi::signIn(const SignInRequest& request, QObject* context,
                                  Callback<TokenResponse> callback)
{
    return send(Api::SignIn, {}, request.toJson(), {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::refresh(const QString& refreshToken, QObject* context,
                                   Callback<TokenResponse> callback, const QString& deviceId)
{
    return send(Api::Refresh, {}, RefreshRequest { refreshToken, deviceId }.toJson(), {}, context,
                decoded(std::move(callback)));
}

QNetworkReply* AccountApi::signOut(const QString& accessToken, QObject* context, DoneCallback callback)
{
    return send(Api::SignOut, {}, {}, accessToken, context, doneOnly(std::move(callback)));
}

QNetworkReply* AccountApi::account(const QString& accessToken, QObject* context,
                                   Callback<AccountProfile> callback)
{
    return send(Api::Profile, {}, {}, accessToken, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::startRegistration(const StartRegistrationRequest& request, QObject* context,
                                             Callback<CodeChallenge> callback)
{
    return send(Api::StartRegistration, {}, request.toJson(), {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::resendRegistrationCode(const QString& registrationId, QObject* context,
                                                  Callback<CodeChallenge> callback)
{
    return send(Api::ResendRegistrationCode, registrationId, {}, {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::verifyRegistration(const QString& registrationId, const QString& code,
                                              QObject* context, DoneCallback callback)
{
    return send(Api::VerifyRegistration, registrationId, VerifyCodeRequest { code }.toJson(), {}, context,
                doneOnly(std::move(callback)));
}

QNetworkReply* AccountApi::completeRegistration(const QString& registrationId,
                                                const CompleteRegistrationRequest& request, QObject* context,
                                                Callback<TokenResponse> callback)
{
    return send(Api::CompleteRegistration, registrationId, request.toJson(), {}, context,
                decoded(std::move(callback)));
}

QNetworkReply* AccountApi::registrationStatus(const QString& registrationId, QObject* context,
                                              Callback<RegistrationStatus> callback)
{
    return send(Api::RegistrationStatus, registrationId, {}, {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::startRecovery(const StartRecoveryRequest& request, QObject* context,
                                         Callback<RecoveryStart> callback)
{
    return send(Api::StartRecovery, {}, request.toJson(), {}, context, decoded(std::move(callback)));
}

QNetworkReply* AccountApi::sendRecoveryCode(const QString& recoveryId, const QString& via, QObject* context,
                                            Callback<CodeChallenge> callback)
{
    return send(Api::SendRecoveryCode, recoveryId, RecoverySendRequest { via }.toJson(), {}, context,
                decodedChallenge(std::move(callback), "recoveryId"));
}

QNetworkReply* AccountApi::resendRecoveryCode(const QString& recoveryId, QObject* context,
                                              Callback<CodeChallenge> callback)
{
    return send(Api::ResendRecoveryCode, recoveryId, {}, {}, context,
                decodedChallenge(std::move(callback), "recoveryId"));
}

QNetworkReply* AccountApi::verifyRecoveryCode(const QString& recoveryId, const QString& code,
                                              QObject* context, DoneCallback callback)
{
    return send(Api::VerifyRecoveryCode, recoveryId, VerifyCodeRequest { code }.toJson(), {}, context,
                doneOnly(std::move(callback)));
}

QNetworkReply* AccountApi::completeRecovery(const QString& recoveryId, const CompleteRecoveryRequest& request,
                                            QObject* context, Callback<RecoveryResult> callback)
{
    return send(Api::CompleteRecovery, recoveryId, request.toJson(), {}, context,
                decoded(std::move(callback)));
}

QNetworkReply* AccountApi::resendDeviceVerification(const QString& challengeId, QObject* context,
                                                    Callback<CodeChallenge> callback)
{
    return send(Api::ResendDeviceChallenge, challengeId, {}, {}, context,
                decodedChallenge(std::move(callback), "challengeId"));
}

QNetworkReply* AccountApi::send(const ApiEndpoint& endpoint, const QString& id, const QJsonObject& body,
                                const QString& accessToken, QObject* context, JsonCallback callback)
{
    return send(endpoint, id, QUrlQuery(), body, accessToken, context, std::move(callback));
}

QNetworkReply* AccountApi::send(const ApiEndpoint& endpoint, const QString& id, const QUrlQuery& query,
                                const QJsonObject& body, const QString& accessToken, QObject* context,
                                JsonCallback callback)
{
    return start(endpoint, id, query, body, accessToken, context,
                 [this, callback = std::move(callback)](QNetworkReply* reply) { finish(reply, callback); });
}

QNetworkReply* AccountApi::start(const ApiEndpoint& endpoint, const QString& id, const QUrlQuery& query,
                                 const QJsonObject& body, const QString& accessToken, QObject* context,
                                 std::function<void(QNetworkReply*)> onFinished)
{
    const QByteArray method(endpoint.method);
    const QString path = endpoint.pathWith(id);
    QUrl url = m_serverUrl;
    url.setPath(path, QUrl::TolerantMode); // keep percent-encoded IDs encoded
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("AccountManager/%1").arg(QStringLiteral(ACCOUNT_MANAGER_VERSION)));
    request.setRawHeader("Accept", "application/json");
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    request.setTransferTimeout(m_transferTimeout);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Never follow redirects: a token must not be carried to wherever a 30x points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    request.setSslConfiguration(tls);

    QByteArray payload;
    const bool hasBody = method != "GET" && (method != "DELETE" || !body.isEmpty());
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QNetworkReply* reply = nullptr;
    if (hasBody) {
        auto* once = new OneShotBody(payload);
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(request, method, once);
        once->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, method);
    }
    reply->setProperty(kStartedProperty, QDateTime::currentMSecsSinceEpoch());
    reply->setProperty(kMethodProperty, QString::fromLatin1(method));
    reply->setProperty(kPathProperty, path);
    // Remember what TLS said, to tell an untrusted certificate from other handshake failures.
    // The errors are only recorded: never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        reply->setProperty(kSslErrorsProperty, QVariant::fromValue(errors));
    });
    connect(reply, &QNetworkReply::finished, this, [reply] { reply->deleteLater(); });
    const QMetaObject::Connection answer
        = connect(reply, &QNetworkReply::finished, context,
                  [reply, onFinished = std::move(onFinished)] { onFinished(reply); });
    // The context gone (a wizard's Cancel deletes its request context) is the one way to cancel:
    // the answer is no longer wanted, so the request stops too, and its callback never runs.
    connect(context, &QObject::destroyed, reply, [reply, answer] {
        QObject::disconnect(answer);
        reply->abort();
    });
    return reply;
}

void AccountApi::finishFile(QNetworkReply* reply, const QByteArray& contentType,
                            const Callback<QByteArray>& callback)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transportError = reply->error() > QNetworkReply::NoError && reply->error() < 100;
    if (status >= 200 && status < 300 && !transportError) {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (type.split(';').constFirst().trimmed().compare(contentType, Qt::CaseInsensitive) == 0) {
            noteFinished(reply, status, ApiError {});
            callback(reply->readAll(), ApiError {});
            return;
        }
    }
    // An error envelope, a lost connection, or a 2xx of the wrong type (which finish() calls a
    // bad response when it is not JSON; a JSON one is no file either).
    finish(reply, [callback](const QJsonObject&, const ApiError& error) {
        callback({}, error ? error : ApiError(ErrorCode::BadResponse));
    });
}

void AccountApi::finish(QNetworkReply* reply, const JsonCallback& userCallback)
{
    const auto callback = [this, reply, &userCallback](const QJsonObject& json, const ApiError& error) {
        if (noteFinished(reply, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), error))
            emit requestFailed(error, reply->property(kMethodProperty).toString(),
                               reply->property(kPathProperty).toString());
        userCallback(json, error);
    };
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Codes below 100 are the transport's (closed, reset, timed out, TLS): a status line followed by a
    // cut-off body is a lost connection, not a bad answer.
    if (!statusAttribute.isValid() || (reply->error() > QNetworkReply::NoError && reply->error() < 100)) {
        const QNetworkProxy::ProxyType proxy = m_network->proxy().type();
        callback({},
                 networkError(reply, m_transferTimeout,
                              proxy == QNetworkProxy::HttpProxy || proxy == QNetworkProxy::Socks5Proxy));
        return;
    }
    const int status = statusAttribute.toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const QByteArray data = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document
        = data.isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(data, &parseError);
    const bool isObject = document.isObject();

    if (status >= 200 && status < 300) {
        if (!isObject) {
            ApiError error(ErrorCode::BadResponse);
            error.httpStatus = status;
            error.requestId = requestId;
            callback({}, error);
            return;
        }
        callback(document.object(), ApiError {});
        return;
    }
    ApiError error
        = isObject ? ApiError::fromJson(document.object(), status) : ApiError(ErrorCode::BadResponse);
    error.httpStatus = status;
    if (error.requestId.isEmpty())
        error.requestId = requestId;
    if (error.code == ErrorCode::BadResponse)
        error.detail = QStringLiteral("HTTP %1").arg(status);
    callback({}, error);
}
