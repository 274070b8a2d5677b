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
#include "WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QThreadPool>

namespace {
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

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
    , m_deletion(&m_codeSender, &m_notifier, &m_outbox, options.accessTokenTtl)
    , m_http(this, options.limits)
{
    // Deliveries wait on SMTP servers and gateways for seconds; a slow one must not hold up every
    // sign-in, so the pool has more threads than cores.
    QThreadPool::globalInstance()->setMaxThreadCount(qMax(16, QThread::idealThreadCount()));
}

AccountServer::~AccountServer()
{
    // Sign-ins still hashing refer to this object's services, and answer through the listener.
    m_http.stop();
}

quint16 AccountServer::start(QString* error)
{
    const qint64 walLimit = qint64(m_options.walLimitMib) * 1024 * 1024;
    Database::setBackgroundCheckpoints(!Database::isPostgresUrl(m_options.dbPath), walLimit);
    const QByteArray certificate = readFile(m_options.tlsCert);
    const QByteArray key = readFile(m_options.tlsKey);
    if (!certificate.contains("-----BEGIN CERTIFICATE-----") || !key.contains("PRIVATE KEY-----")) {
        *error
            = QStringLiteral("cannot read the TLS certificate %1 or key %2 as PEM; make a development pair "
                             "with scripts/dev-pki %3/tls")
                  .arg(m_options.tlsCert, m_options.tlsKey, m_options.dataDir);
        return 0;
    }
    if (!Database::open(m_options.dbPath, error))
        return 0;
    if (Database::kind() == Database::Kind::Sqlite)
        m_checkpointer = std::make_unique<WalCheckpointer>(int(walLimit / 4096));
    m_housekeeping = std::make_unique<Housekeeping>(&m_outbox);
    m_housekeeping->run();
    const QByteArray verificationKey = ServerKey::loadOrCreate(m_options.verificationKeyPath, error);
    if (verificationKey.isEmpty())
        return 0;
    VerificationSecret::setKey(verificationKey);
    const quint16 port = m_http.bind(m_options.listenAddress, m_options.port, error);
    if (port == 0)
        return 0;
    // Everything a request reads is set before the first connection is accepted.
    QUrl linkBase = m_options.publicUrl;
    if (linkBase.isEmpty()) {
        linkBase.setScheme(QStringLiteral("https"));
        linkBase.setHost(m_options.listenAddress.toString());
        linkBase.setPort(port);
    }
    m_codeSender.setLinkBase(linkBase);
    const int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    return m_http.start(certificate, key, threads, error) ? port : 0;
}

const QList<AccountServer::Route>& AccountServer::routes()
{
    static const QList<Route> table {
        { Api::Health, &AccountServer::health, false, false },
        { Api::Captcha, &AccountServer::captcha, false, false },
        { Api::SignIn, &AccountServer::signIn, false, true },
        { Api::Refresh, &AccountServer::refresh, false, false },
        { Api::SignOut, &AccountServer::signOut, true, false },
        { Api::Profile, &AccountServer::profile, true, false },
        { Api::StartRegistration, &AccountServer::startRegistration, false, true },
        { Api::RegistrationStatus, &AccountServer::registrationStatus, false, true },
        { Api::ResendRegistrationCode, &AccountServer::resendCode, false, true },
        { Api::VerifyRegistration, &AccountServer::verifyCode, false, true },
        { Api::RegistrationLinkPage, &AccountServer::confirmLink, false, true },
        { Api::ConfirmRegistrationLink, &AccountServer::confirmLink, false, true },
        { Api::CompleteRegistration, &AccountServer::completeRegistration, false, true },
        { Api::StartPasswordChange, &AccountServer::startPasswordChallenge, true, true },
        { Api::ChangePassword, &AccountServer::changePassword, true, true },
        { Api::ResendAccountChallenge, &AccountServer::resendChallenge, true, true },
        { Api::ChangeEmail, &AccountServer::changeEmail, true, true },
        { Api::ChangePhone, &AccountServer::changePhone, true, true },
        { Api::StartRecovery, &AccountServer::startRecovery, false, true },
        { Api::SendRecoveryCode, &AccountServer::sendRecoveryCode, false, true },
        { Api::ResendRecoveryCode, &AccountServer::resendRecoveryCode, false, true },
        { Api::VerifyRecoveryCode, &AccountServer::verifyRecoveryCode, false, true },
        { Api::CompleteRecovery, &AccountServer::completeRecovery, false, true },
        { Api::ResendDeviceChallenge, &AccountServer::resendDeviceChallenge, false, true },
        { Api::Devices, &AccountServer::listDevices, true, true },
        { Api::UnbindDevice, &AccountServer::unbindDevice, true, true },
        { Api::StartDeletion, &AccountServer::startDeletionChallenge, true, true },
        { Api::DeleteAccount, &AccountServer::deleteAccount, true, true },
    };
    return table;
}

int AccountServer::routeOf(const QByteArray& method, const QString& path, QString* pathId)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    const QList<Route>& table = routes();
    for (qsizetype index = 0; index < table.size(); ++index) {
        const Route& route = table[index];
        if (method != route.endpoint.method)
            continue;
        const QStringList pattern = QString::fromLatin1(route.endpoint.path).split(QLatin1Char('/'));
        if (pattern.size() != segments.size())
            continue;
        QString id;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            if (pattern[i] == QLatin1String("{id}") && !segments[i].isEmpty())
                id = segments[i];
            else
                matches = pattern[i] == segments[i];
        }
        if (matches) {
            *pathId = id;
            return int(index);
        }
    }
    return -1;
}

bool AccountServer::runsOnWorker(RequestInfo& request) const
{
    request.route = routeOf(request.method, request.path, &request.pathId);
    return request.route >= 0 && routes()[request.route].onWorker;
}

HttpReply AccountServer::answer(const RequestInfo& request)
{
    return request.route >= 0 ? dispatch(request, routes()[request.route].handler) : answerMissing(request);
}

void AccountServer::refused(const RequestInfo& request, const HttpReply& reply)
{
    RequestLog::write(request.requestId, "-", logPath(request), reply.statusCode(), request.timer.elapsed());
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

HttpReply AccountServer::dispatch(const RequestInfo& request, Handler handler)
{
    Database::checkConnection();
    QJsonObject body;
    const ApiError bodyError = readObject(request.body, &body);
    HttpReply response = bodyError ? Replies::error(bodyError, request) : (this->*handler)(request, body);
    RequestLog::write(request.requestId, request.method, logPath(request), response.statusCode(),
                      request.timer.elapsed(), request.logNote);
    return response;
}

HttpReply AccountServer::answerMissing(const RequestInfo& request)
{
    const ApiError error(ApiRoutes::isKnownPath(request.path) ? ErrorCode::MethodNotAllowed
                                                              : ErrorCode::NotFound);
    const HttpReply response = Replies::error(error, request);
    RequestLog::write(request.requestId, request.method, request.path, response.statusCode(),
                      request.timer.elapsed());
    return response;
}

HttpReply AccountServer::health(const RequestInfo& request, const QJsonObject&)
{
    HealthResponse health;
    health.status = QStringLiteral("ok");
    health.version = QStringLiteral(ACCOUNT_MANAGER_VERSION);
    health.time = QDateTime::currentDateTimeUtc();
    return Replies::json(health.toJson(), request);
}

HttpReply AccountServer::captcha(const RequestInfo& request, const QJsonObject&)
{
    const CaptchaResponse captcha = m_captchas.create(Database::connection());
    if (captcha.captchaId.isEmpty())
        return Replies::error(ErrorCode::Internal, request);
    return Replies::json(captcha.toJson(), request);
}

HttpReply AccountServer::signIn(const RequestInfo& request, const QJsonObject& body)
{
    return m_signIn.handle(request, body);
}

HttpReply AccountServer::refresh(const RequestInfo& request, const QJsonObject& body)
{
    ApiError decodeError;
    const RefreshRequest refresh = RefreshRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);
    TokenService tokens(Database::connection(), m_options.accessTokenTtl);
    const TokenService::Grant grant = tokens.refresh(refresh.refreshToken, refresh.deviceId);
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    TokenResponse response;
    response.accountId = grant.accountId;
    response.accessToken = grant.tokens.accessToken;
    response.refreshToken = grant.tokens.refreshToken;
    response.expiresIn = m_options.accessTokenTtl;
    return Replies::json(response.toJson(), request);
}

HttpReply AccountServer::signOut(const RequestInfo& request, const QJsonObject&)
{
    TokenService tokens(Database::connection(), m_options.accessTokenTtl);
    const TokenService::Grant grant = tokens.authenticate(request.bearerToken());
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    WriteTransaction transaction(Database::connection());
    if (!transaction.isActive() || !tokens.revokeSession(grant.sessionId) || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    return Replies::noContent(request);
}

HttpReply AccountServer::profile(const RequestInfo& request, const QJsonObject&)
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

HttpReply AccountServer::startRegistration(const RequestInfo& request, const QJsonObject& body)
{
    return m_registrations.start(request, body);
}

HttpReply AccountServer::registrationStatus(const RequestInfo& request, const QJsonObject&)
{
    return m_registrations.status(request);
}

HttpReply AccountServer::resendCode(const RequestInfo& request, const QJsonObject&)
{
    return m_registrations.resend(request);
}

HttpReply AccountServer::verifyCode(const RequestInfo& request, const QJsonObject& body)
{
    return m_verification.verify(request, body);
}

HttpReply AccountServer::confirmLink(const RequestInfo& request, const QJsonObject&)
{
    return m_verification.confirm(request);
}

HttpReply AccountServer::completeRegistration(const RequestInfo& request, const QJsonObject& body)
{
    return m_completer.complete(request, body);
}

HttpReply AccountServer::startPasswordChallenge(const RequestInfo& request, const QJsonObject& body)
{
    return m_passwordChange.startChallenge(request, body);
}

HttpReply AccountServer::changePassword(const RequestInfo& request, const QJsonObject& body)
{
    return m_passwordChange.change(request, body);
}

HttpReply AccountServer::resendChallenge(const RequestInfo& request, const QJsonObject&)
{
    return m_challengeResend.resend(request);
}

HttpReply AccountServer::changeEmail(const RequestInfo& request, const QJsonObject& body)
{
    return m_contactChange.changeEmail(request, body);
}

HttpReply AccountServer::changePhone(const RequestInfo& request, const QJsonObject& body)
{
    return m_contactChange.changePhone(request, body);
}

HttpReply AccountServer::startRecovery(const RequestInfo& request, const QJsonObject& body)
{
    return m_recoveryStart.start(request, body);
}

HttpReply AccountServer::sendRecoveryCode(const RequestInfo& request, const QJsonObject& body)
{
    return m_recovery.send(request, body);
}

HttpReply AccountServer::resendRecoveryCode(const RequestInfo& request, const QJsonObject&)
{
    return m_recovery.resend(request);
}

HttpReply AccountServer::verifyRecoveryCode(const RequestInfo& request, const QJsonObject& body)
{
    return m_recovery.verify(request, body);
}

HttpReply AccountServer::completeRecovery(const RequestInfo& request, const QJsonObject& body)
{
    return m_recovery.complete(request, body);
}

HttpReply AccountServer::resendDeviceChallenge(const RequestInfo& request, const QJsonObject&)
{
    return m_newDevices.resend(request);
}

HttpReply AccountServer::listDevices(const RequestInfo& request, const QJsonObject&)
{
    return m_devices.list(request);
}

HttpReply AccountServer::unbindDevice(const RequestInfo& request, const QJsonObject& body)
{
    return m_devices.unbind(request, body);
}

HttpReply AccountServer::startDeletionChallenge(const RequestInfo& request, const QJsonObject& body)
{
    return m_deletion.startChallenge(request, body);
}

HttpReply AccountServer::deleteAccount(const RequestInfo& request, const QJsonObject& body)
{
    return m_deletion.deleteAccount(request, body);
}
