#include "AccountServer.h"

#include "AccountMessages.h"
#include "AccountStore.h"
#include "ApiRoutes.h"
#include "Database.h"
#include "HealthMessages.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "RequestLog.h"
#include "ServerKey.h"
#include "SessionMessages.h"
#include "TokenService.h"
#include "VerificationSecret.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent>
#include <unistd.h>

namespace {
QHttpServerRequest::Method methodOf(const char* name)
{
    const QByteArray method(name);
    if (method == "POST")
        return QHttpServerRequest::Method::Post;
    if (method == "DELETE")
        return QHttpServerRequest::Method::Delete;
    if (method == "PUT")
        return QHttpServerRequest::Method::Put;
    return QHttpServerRequest::Method::Get;
}

// Body rules shared by all routes: an empty body stands for {} (GET, DELETE, POST /v1/captcha);
// anything else must be one JSON object.
ApiError readObject(const QByteArray& body, QJsonObject* object)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError(ErrorCode::BadJson);
    *object = document.object();
    return {};
}
} // namespace

AccountServer::AccountServer(const ServerOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_outbox(options.outboxPath)
    , m_captchas(&m_outbox, options.testCaptchaAnswers, options.captchaTtl)
    , m_delivery(options.delivery, &m_outbox)
    , m_codeSender(&m_delivery, options.codeTtl, options.resendInterval)
    , m_newDevices(&m_codeSender, options.newDeviceVerification)
    , m_signIn(&m_captchas, &m_newDevices, options.accessTokenTtl)
    , m_registrations(&m_captchas, &m_codeSender)
    , m_completer(options.accessTokenTtl)
    , m_notifier(&m_delivery)
    , m_passwordChange(&m_codeSender, &m_notifier, options.accessTokenTtl)
    , m_challengeResend(&m_codeSender, options.accessTokenTtl)
    , m_contactChange(&m_codeSender, &m_notifier, options.accessTokenTtl)
    , m_recoveryStart(&m_captchas, &m_codeSender)
    , m_recovery(&m_codeSender, &m_notifier)
    , m_devices(options.accessTokenTtl)
    , m_deletion(&m_codeSender, &m_notifier, options.accessTokenTtl)
{
    // Deliveries wait on SMTP servers and gateways for seconds; a slow one must not hold up every
    // sign-in, so the pool has more threads than cores.
    QThreadPool::globalInstance()->setMaxThreadCount(qMax(16, QThread::idealThreadCount()));
}

AccountServer::~AccountServer()
{
    stopFronts();
    // Sign-ins still hashing refer to this object's services, and answer through the fronts.
    QThreadPool::globalInstance()->waitForDone();
}

quint16 AccountServer::start(QString* error)
{
    const qint64 walLimit = qint64(m_options.walLimitMib) * 1024 * 1024;
    Database::setBackgroundCheckpoints(!Database::isPostgresUrl(m_options.dbPath), walLimit);
    if (!setupTls(error) || !Database::open(m_options.dbPath, error))
        return 0;
    if (Database::kind() == Database::Kind::Sqlite)
        m_checkpointer = std::make_unique<WalCheckpointer>(int(walLimit / 4096));
    const QByteArray key = ServerKey::loadOrCreate(m_options.verificationKeyPath, error);
    if (key.isEmpty())
        return 0;
    VerificationSecret::setKey(key);
    addRoutes(m_http);
    m_http.sslSetup(m_tls);
    const quint16 port = m_http.listen(m_options.listenAddress, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.port);
        return 0;
    }
    startMoreFronts(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    QUrl linkBase = m_options.publicUrl;
    if (linkBase.isEmpty()) {
        linkBase.setScheme(QStringLiteral("https"));
        linkBase.setHost(m_options.listenAddress.toString());
        linkBase.setPort(port);
    }
    m_codeSender.setLinkBase(linkBase);
    return port;
}

bool AccountServer::setupTls(QString* error)
{
    QFile certFile(m_options.tlsCert);
    QFile keyFile(m_options.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate %1 or key %2; make a development pair with "
                                "scripts/dev-pki %3/tls")
                     .arg(m_options.tlsCert, m_options.tlsKey, m_options.dataDir);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate %1 or key %2 is not valid PEM (see scripts/dev-pki)")
                     .arg(m_options.tlsCert, m_options.tlsKey);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_tls = tls;
    return true;
}

void AccountServer::startMoreFronts(int count)
{
    // QHttpServer 6.4 does all its work on the thread it lives on, TLS included, so one instance
    // kept the quick requests (refresh, profile) to one core. More instances, each on its own
    // thread, accept from duplicates of the one listening socket: the kernel gives each new
    // connection to one of them, and two servers can still not be started on one port by mistake
    // (as SO_REUSEPORT would allow).
    const QList<QTcpServer*> listening = m_http.servers();
    if (listening.isEmpty())
        return;
    for (int i = 1; i < count; ++i) {
        const int descriptor = ::dup(int(listening.first()->socketDescriptor()));
        auto tcp = std::make_unique<QSslServer>();
        tcp->setSslConfiguration(m_tls);
        if (descriptor < 0 || !tcp->setSocketDescriptor(descriptor)) {
            if (descriptor >= 0)
                ::close(descriptor);
            qWarning("account-server: answering on %d threads, not %d: %s", i, count,
                     qPrintable(tcp->errorString()));
            return;
        }
        Front front { std::make_unique<QHttpServer>(), std::make_unique<QThread>() };
        addRoutes(*front.http);
        front.http->bind(tcp.release());
        front.thread->setObjectName(QStringLiteral("front-%1").arg(i));
        front.http->moveToThread(front.thread.get());
        front.thread->start();
        m_fronts.push_back(std::move(front));
    }
}

void AccountServer::stopFronts()
{
    // Each front hands itself back to this thread before its own ends, so it is deleted where it
    // lives, after the worker pool is done with it (see the destructor).
    for (Front& front : m_fronts) {
        QHttpServer* http = front.http.get();
        QThread* home = thread();
        QMetaObject::invokeMethod(
            http,
            [http, home] {
                for (QTcpServer* tcp : http->servers())
                    tcp->close();
                http->moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        front.thread->quit();
        front.thread->wait();
    }
}

void AccountServer::addRoutes(QHttpServer& http)
{
    for (const ApiRoute& route : ApiRoutes::all()) {
        const QString path = QString::fromLatin1(route.path);
        const Handler handler = handlerFor(route.method, path);
        const QString pattern = ApiRoutes::serverPattern(route.path);
        // Hashing, delivery and the database work of those requests go to a worker thread together.
        const bool onWorker = handler == &AccountServer::signIn
            || path.startsWith(QLatin1String("/v1/registrations"))
            || path.startsWith(QLatin1String("/v1/recoveries"))
            || path.startsWith(QLatin1String("/v1/account/")) || handler == &AccountServer::deleteAccount
            || handler == &AccountServer::listDevices;
        if (path.contains(QLatin1String("{id}"))) {
            http.route(pattern, methodOf(route.method),
                       [this, handler, front = &http](const QString& id, const QHttpServerRequest& request,
                                                      QHttpServerResponder&& responder) {
                           RequestInfo info = RequestInfo::from(request);
                           info.pathId = id;
                           respondFromWorker(front, info, handler, std::move(responder));
                       });
        } else if (onWorker) {
            http.route(path, methodOf(route.method),
                       [this, handler, front = &http](const QHttpServerRequest& request,
                                                      QHttpServerResponder&& responder) {
                           respondFromWorker(front, RequestInfo::from(request), handler,
                                             std::move(responder));
                       });
        } else {
            http.route(path, methodOf(route.method), [this, handler](const QHttpServerRequest& request) {
                return dispatch(RequestInfo::from(request), handler);
            });
        }
    }
    http.afterRequest([](QHttpServerResponse&& response) {
        addCommonHeaders(response);
        return std::move(response);
    });
    http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        answerMissing(request, std::move(responder));
    });
}

void AccountServer::addCommonHeaders(QHttpServerResponse& response)
{
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!response.hasHeader("X-Request-Id"))
        response.setHeader("X-Request-Id", RequestInfo::newRequestId());
}

void AccountServer::respondFromWorker(QObject* front, const RequestInfo& info, Handler handler,
                                      QHttpServerResponder&& responder)
{
    // Not a QFuture<QHttpServerResponse> handed back to QHttpServer: its 6.4 continuation keeps the
    // request by reference and the socket by raw pointer, so a client hanging up while its sign-in
    // was hashed crashed the server (seen under wrk). Here the answer is written only if the socket
    // is still connected; otherwise no one is waiting for it.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(pending->socket());
    QtConcurrent::run([this, handler, info] {
        return dispatch(info, handler);
    }).then(front, [pending, socket](QHttpServerResponse&& response) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        addCommonHeaders(response);
        response.write(std::move(*pending));
    });
}

AccountServer::Handler AccountServer::handlerFor(const char* method, const QString& path) const
{
    static const QHash<QString, Handler> handlers {
        { QStringLiteral("GET /v1/health"), &AccountServer::health },
        { QStringLiteral("POST /v1/captcha"), &AccountServer::captcha },
        { QStringLiteral("POST /v1/sessions"), &AccountServer::signIn },
        { QStringLiteral("POST /v1/sessions/refresh"), &AccountServer::refresh },
        { QStringLiteral("DELETE /v1/sessions/current"), &AccountServer::signOut },
        { QStringLiteral("GET /v1/account"), &AccountServer::profile },
        { QStringLiteral("POST /v1/registrations"), &AccountServer::startRegistration },
        { QStringLiteral("GET /v1/registrations/{id}"), &AccountServer::registrationStatus },
        { QStringLiteral("POST /v1/registrations/{id}/resend"), &AccountServer::resendCode },
        { QStringLiteral("POST /v1/registrations/{id}/verify"), &AccountServer::verifyCode },
        { QStringLiteral("GET /v1/registrations/{id}/confirm"), &AccountServer::confirmLink },
        { QStringLiteral("POST /v1/registrations/{id}/complete"), &AccountServer::completeRegistration },
        { QStringLiteral("POST /v1/account/password/challenges"), &AccountServer::startPasswordChallenge },
        { QStringLiteral("POST /v1/account/password"), &AccountServer::changePassword },
        { QStringLiteral("POST /v1/account/challenges/{id}/resend"), &AccountServer::resendChallenge },
        { QStringLiteral("PUT /v1/account/email"), &AccountServer::changeEmail },
        { QStringLiteral("PUT /v1/account/phone"), &AccountServer::changePhone },
        { QStringLiteral("POST /v1/recoveries"), &AccountServer::startRecovery },
        { QStringLiteral("POST /v1/recoveries/{id}/send"), &AccountServer::sendRecoveryCode },
        { QStringLiteral("POST /v1/recoveries/{id}/resend"), &AccountServer::resendRecoveryCode },
        { QStringLiteral("POST /v1/recoveries/{id}/verify"), &AccountServer::verifyRecoveryCode },
        { QStringLiteral("POST /v1/recoveries/{id}/complete"), &AccountServer::completeRecovery },
        { QStringLiteral("POST /v1/sessions/device-challenges/{id}/resend"),
          &AccountServer::resendDeviceChallenge },
        { QStringLiteral("GET /v1/devices"), &AccountServer::listDevices },
        { QStringLiteral("DELETE /v1/devices/{id}"), &AccountServer::unbindDevice },
        { QStringLiteral("POST /v1/account/deletion/challenges"), &AccountServer::startDeletionChallenge },
        { QStringLiteral("DELETE /v1/account"), &AccountServer::deleteAccount },
    };
    // ApiRoutes and this table change together; a route without a handler is a programming error.
    const Handler handler = handlers.value(QLatin1String(method) + QLatin1Char(' ') + path);
    Q_ASSERT(handler);
    return handler;
}

QString AccountServer::logPath(const RequestInfo& request)
{
    // A registration or recovery ID is a credential of sorts, so the log keeps only enough of it
    // to match a user's report.
    if (request.pathId.isEmpty())
        return request.path;
    QString path = request.path;
    return path.replace(request.pathId, request.pathId.left(8) + QStringLiteral("…"));
}

QHttpServerResponse AccountServer::dispatch(const RequestInfo& request, Handler handler)
{
    Database::checkConnection();
    QJsonObject body;
    ApiError bodyError;
    if (request.body.size() > kMaxBodyBytes)
        bodyError = ApiError(ErrorCode::BodyTooLarge);
    else
        bodyError = readObject(request.body, &body);
    QHttpServerResponse response
        = bodyError ? Replies::error(bodyError, request) : (this->*handler)(request, body);
    RequestLog::write(request.requestId, request.method, logPath(request), int(response.statusCode()),
                      request.timer.elapsed(), request.logNote);
    return response;
}

void AccountServer::answerMissing(const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder)
{
    const RequestInfo request = RequestInfo::from(httpRequest);
    ApiError error(ApiRoutes::isKnownPath(request.path) ? ErrorCode::MethodNotAllowed : ErrorCode::NotFound);
    error.requestId = QString::fromLatin1(request.requestId);
    const auto status = QHttpServerResponder::StatusCode(error.httpStatus);
    // The responder bypasses afterRequest(), so the headers Replies adds are written here.
    responder.write(QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact),
                    { { "Content-Type", "application/json" },
                      { "X-Request-Id", request.requestId },
                      { "Cache-Control", "no-store" },
                      { "X-Content-Type-Options", "nosniff" } },
                    status);
    RequestLog::write(request.requestId, request.method, request.path, error.httpStatus,
                      request.timer.elapsed());
}

QHttpServerResponse AccountServer::health(const RequestInfo& request, const QJsonObject&)
{
    HealthResponse health;
    health.status = QStringLiteral("ok");
    health.version = QStringLiteral(ACCOUNT_MANAGER_VERSION);
    health.time = QDateTime::currentDateTimeUtc();
    return Replies::json(health.toJson(), request);
}

QHttpServerResponse AccountServer::captcha(const RequestInfo& request, const QJsonObject&)
{
    const CaptchaResponse captcha = m_captchas.create(Database::connection());
    if (captcha.captchaId.isEmpty())
        return Replies::error(ErrorCode::Internal, request);
    return Replies::json(captcha.toJson(), request);
}

QHttpServerResponse AccountServer::signIn(const RequestInfo& request, const QJsonObject& body)
{
    return m_signIn.handle(request, body);
}

QHttpServerResponse AccountServer::refresh(const RequestInfo& request, const QJsonObject& body)
{
    ApiError decodeError;
    const RefreshRequest refresh = RefreshRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);
    TokenService tokens(Database::connection(), m_options.accessTokenTtl);
    const TokenService::Grant grant = tokens.refresh(refresh.refreshToken);
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    TokenResponse response;
    response.accountId = grant.accountId;
    response.accessToken = grant.tokens.accessToken;
    response.refreshToken = grant.tokens.refreshToken;
    response.expiresIn = m_options.accessTokenTtl;
    return Replies::json(response.toJson(), request);
}

QHttpServerResponse AccountServer::signOut(const RequestInfo& request, const QJsonObject&)
{
    TokenService tokens(Database::connection(), m_options.accessTokenTtl);
    const TokenService::Grant grant = tokens.authenticate(request.bearerToken());
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    tokens.revokeSession(grant.sessionId);
    return Replies::noContent(request);
}

QHttpServerResponse AccountServer::profile(const RequestInfo& request, const QJsonObject&)
{
    QSqlDatabase db = Database::connection();
    const TokenService::Grant grant
        = TokenService(db, m_options.accessTokenTtl).authenticate(request.bearerToken());
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    const std::optional<Account> account = AccountStore(db).find(grant.accountId);
    if (!account)
        return Replies::error(ErrorCode::Unauthorized, request);
    AccountProfile profile;
    profile.accountId = account->id;
    profile.email = account->email;
    profile.phone = account->phone;
    profile.region = account->region;
    profile.createdAt = account->createdAt;
    return Replies::json(profile.toJson(), request);
}

QHttpServerResponse AccountServer::startRegistration(const RequestInfo& request, const QJsonObject& body)
{
    return m_registrations.start(request, body);
}

QHttpServerResponse AccountServer::registrationStatus(const RequestInfo& request, const QJsonObject&)
{
    return m_registrations.status(request);
}

QHttpServerResponse AccountServer::resendCode(const RequestInfo& request, const QJsonObject&)
{
    return m_registrations.resend(request);
}

QHttpServerResponse AccountServer::verifyCode(const RequestInfo& request, const QJsonObject& body)
{
    return m_verification.verify(request, body);
}

QHttpServerResponse AccountServer::confirmLink(const RequestInfo& request, const QJsonObject&)
{
    return m_verification.confirm(request);
}

QHttpServerResponse AccountServer::completeRegistration(const RequestInfo& request, const QJsonObject& body)
{
    return m_completer.complete(request, body);
}

QHttpServerResponse AccountServer::startPasswordChallenge(const RequestInfo& request, const QJsonObject& body)
{
    return m_passwordChange.startChallenge(request, body);
}

QHttpServerResponse AccountServer::changePassword(const RequestInfo& request, const QJsonObject& body)
{
    return m_passwordChange.change(request, body);
}

QHttpServerResponse AccountServer::resendChallenge(const RequestInfo& request, const QJsonObject&)
{
    return m_challengeResend.resend(request);
}

QHttpServerResponse AccountServer::changeEmail(const RequestInfo& request, const QJsonObject& body)
{
    return m_contactChange.changeEmail(request, body);
}

QHttpServerResponse AccountServer::changePhone(const RequestInfo& request, const QJsonObject& body)
{
    return m_contactChange.changePhone(request, body);
}

QHttpServerResponse AccountServer::startRecovery(const RequestInfo& request, const QJsonObject& body)
{
    return m_recoveryStart.start(request, body);
}

QHttpServerResponse AccountServer::sendRecoveryCode(const RequestInfo& request, const QJsonObject& body)
{
    return m_recovery.send(request, body);
}

QHttpServerResponse AccountServer::resendRecoveryCode(const RequestInfo& request, const QJsonObject&)
{
    return m_recovery.resend(request);
}

QHttpServerResponse AccountServer::verifyRecoveryCode(const RequestInfo& request, const QJsonObject& body)
{
    return m_recovery.verify(request, body);
}

QHttpServerResponse AccountServer::completeRecovery(const RequestInfo& request, const QJsonObject& body)
{
    return m_recovery.complete(request, body);
}

QHttpServerResponse AccountServer::resendDeviceChallenge(const RequestInfo& request, const QJsonObject&)
{
    return m_newDevices.resend(request);
}

QHttpServerResponse AccountServer::listDevices(const RequestInfo& request, const QJsonObject&)
{
    return m_devices.list(request);
}

QHttpServerResponse AccountServer::unbindDevice(const RequestInfo& request, const QJsonObject& body)
{
    return m_devices.unbind(request, body);
}

QHttpServerResponse AccountServer::startDeletionChallenge(const RequestInfo& request, const QJsonObject& body)
{
    return m_deletion.startChallenge(request, body);
}

QHttpServerResponse AccountServer::deleteAccount(const RequestInfo& request, const QJsonObject& body)
{
    return m_deletion.deleteAccount(request, body);
}
