// SPDX-License-Identifier: Apache-2.0
#include "AccountServer.h"

#include "AccountChangeMessages.h"
#include "AccountMessages.h"
#include "AccountStore.h"
#include "ActivityHandler.h"
#include "ActivityMessages.h"
#include "ApiRoutes.h"
#include "Caller.h"
#include "Database.h"
#include "DeviceMessages.h"
#include "ExportHandler.h"
#include "HealthMessages.h"
#include "LanguageHandler.h"
#include "RecoveryMessages.h"
#include "RegistrationMessages.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "RequestLog.h"
#include "ServerKey.h"
#include "SessionMessages.h"
#include "TokenService.h"
#include "TwoStepMessages.h"
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

using Call = AccountServer::Call;

// Decodes the body as a Request of core/protocol and hands it to the handler; a body of the wrong
// shape is answered with the decoder's error, at the field at fault, and never reaches it.
template<typename Request, typename Handle> HttpReply runDecoded(const Call& call, const Handle& handle)
{
    ApiError decodeError;
    const Request decoded = Request::fromJson(call.body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, call.request);
    return handle(call, decoded);
}

// The handler of a route that takes a Request: its body is decoded once, here, after the token
// check (a stranger learns nothing of what a signed-in request may carry), so no handler reads
// JSON.
template<typename Request, typename Handle> AccountServer::Handler decoding(Handle handle)
{
    return [handle](const Call& call) { return runDecoded<Request>(call, handle); };
}

// Registration and recovery always need a solved captcha: a body without one is answered
// E-CAPTCHA-REQUIRED at `captcha`, not with a shape error, whatever else is wrong with it.
template<typename Request, typename Handle> AccountServer::Handler decodingWithCaptcha(Handle handle)
{
    return [handle](const Call& call) {
        const QJsonValue captcha = call.body.value(QStringLiteral("captcha"));
        if (captcha.isUndefined() || captcha.isNull())
            return Replies::error(ErrorCode::CaptchaRequired, call.request, QStringLiteral("captcha"));
        return runDecoded<Request>(call, handle);
    };
}

// An email or phone change takes two bodies at one address: the new contact (Start), or the code
// that confirms it ({challengeId, code}), told apart by its challengeId.
template<typename Start, typename StartHandle, typename ConfirmHandle>
AccountServer::Handler startOrConfirm(StartHandle start, ConfirmHandle confirm)
{
    return [start, confirm](const Call& call) {
        if (ConfirmContactRequest::isConfirmation(call.body))
            return runDecoded<ConfirmContactRequest>(call, confirm);
        return runDecoded<Start>(call, start);
    };
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
    , m_notifier(&m_delivery)
    , m_signIn(&m_captchas, &m_newDevices, &m_notifier, options.accessTokenTtl)
    , m_registrations(&m_captchas, &m_codeSender)
    , m_completer(options.accessTokenTtl)
    , m_passwordChange(&m_codeSender, &m_notifier, options.accessTokenTtl)
    , m_challengeResend(&m_codeSender)
    , m_contactChange(&m_codeSender, &m_notifier)
    , m_recoveryStart(&m_captchas, &m_codeSender)
    , m_recovery(&m_codeSender, &m_notifier)
    , m_deletion(&m_codeSender, &m_notifier, &m_outbox)
    , m_twoStep(&m_notifier)
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
        { Api::Health, false, false, [](const Call& call) { return call.server.health(call.request); } },
        { Api::Captcha, false, false, [](const Call& call) { return call.server.captcha(call.request); } },
        // Speech takes a while (and one at a time): on a worker, not on a thread that accepts.
        { Api::CaptchaAudio, false, true,
          [](const Call& call) { return call.server.captchaAudio(call.request); } },
        { Api::SignIn, false, true,
          decoding<SignInRequest>([](const Call& call, const SignInRequest& signIn) {
              return call.server.m_signIn.handle(call.request, signIn);
          }) },
        { Api::Refresh, false, false,
          decoding<RefreshRequest>([](const Call& call, const RefreshRequest& refresh) {
              return call.server.refresh(call.request, refresh);
          }) },
        { Api::SignOut, true, false,
          [](const Call& call) { return call.server.signOut(call.request, call.caller); } },
        { Api::Profile, true, false,
          [](const Call& call) {
              return Replies::json(call.caller.account.profile().toJson(), call.request);
          } },
        { Api::SetLanguage, true, false,
          decoding<SetLanguageRequest>([](const Call& call, const SetLanguageRequest& set) {
              return LanguageHandler::set(call.request, set, call.caller);
          }) },
        { Api::StartRegistration, false, true,
          decodingWithCaptcha<StartRegistrationRequest>(
              [](const Call& call, const StartRegistrationRequest& start) {
                  return call.server.m_registrations.start(call.request, start);
              }) },
        { Api::RegistrationStatus, false, true,
          [](const Call& call) { return call.server.m_registrations.status(call.request); } },
        { Api::ResendRegistrationCode, false, true,
          [](const Call& call) { return call.server.m_registrations.resend(call.request); } },
        { Api::VerifyRegistration, false, true,
          decoding<VerifyCodeRequest>([](const Call& call, const VerifyCodeRequest& verify) {
              return call.server.m_verification.verify(call.request, verify);
          }) },
        { Api::RegistrationLinkPage, false, true,
          [](const Call& call) { return call.server.m_verification.confirm(call.request); } },
        { Api::ConfirmRegistrationLink, false, true,
          [](const Call& call) { return call.server.m_verification.confirm(call.request); } },
        { Api::CompleteRegistration, false, true,
          decoding<CompleteRegistrationRequest>(
              [](const Call& call, const CompleteRegistrationRequest& complete) {
                  return call.server.m_completer.complete(call.request, complete);
              }) },
        { Api::StartPasswordChange, true, true,
          decoding<PasswordChallengeRequest>([](const Call& call, const PasswordChallengeRequest& start) {
              return call.server.m_passwordChange.startChallenge(call.request, start, call.caller);
          }) },
        { Api::ChangePassword, true, true,
          decoding<ChangePasswordRequest>([](const Call& call, const ChangePasswordRequest& change) {
              return call.server.m_passwordChange.change(call.request, change, call.caller);
          }) },
        { Api::ResendAccountChallenge, true, true,
          [](const Call& call) { return call.server.m_challengeResend.resend(call.request, call.caller); } },
        { Api::ChangeEmail, true, true,
          startOrConfirm<ChangeEmailRequest>(
              [](const Call& call, const ChangeEmailRequest& change) {
                  return call.server.m_contactChange.changeEmail(call.request, change, call.caller);
              },
              [](const Call& call, const ConfirmContactRequest& confirm) {
                  return call.server.m_contactChange.confirm(
                      call.request, ContactChangeHandler::Contact::Email, confirm, call.caller);
              }) },
        { Api::ChangePhone, true, true,
          startOrConfirm<ChangePhoneRequest>(
              [](const Call& call, const ChangePhoneRequest& change) {
                  return call.server.m_contactChange.changePhone(call.request, change, call.caller);
              },
              [](const Call& call, const ConfirmContactRequest& confirm) {
                  return call.server.m_contactChange.confirm(
                      call.request, ContactChangeHandler::Contact::Phone, confirm, call.caller);
              }) },
        { Api::StartRecovery, false, true,
          decodingWithCaptcha<StartRecoveryRequest>([](const Call& call, const StartRecoveryRequest& start) {
              return call.server.m_recoveryStart.start(call.request, start);
          }) },
        { Api::SendRecoveryCode, false, true,
          decoding<RecoverySendRequest>([](const Call& call, const RecoverySendRequest& send) {
              return call.server.m_recovery.send(call.request, send);
          }) },
        { Api::ResendRecoveryCode, false, true,
          [](const Call& call) { return call.server.m_recovery.resend(call.request); } },
        { Api::VerifyRecoveryCode, false, true,
          decoding<VerifyCodeRequest>([](const Call& call, const VerifyCodeRequest& verify) {
              return call.server.m_recovery.verify(call.request, verify);
          }) },
        { Api::CompleteRecovery, false, true,
          decoding<CompleteRecoveryRequest>([](const Call& call, const CompleteRecoveryRequest& complete) {
              return call.server.m_recovery.complete(call.request, complete);
          }) },
        { Api::ResendDeviceChallenge, false, true,
          [](const Call& call) { return call.server.m_newDevices.resend(call.request); } },
        { Api::Devices, true, true,
          [](const Call& call) { return DeviceHandler::list(call.request, call.caller); } },
        { Api::UnbindDevice, true, true,
          decoding<UnbindDeviceRequest>([](const Call& call, const UnbindDeviceRequest& unbind) {
              return DeviceHandler::unbind(call.request, unbind, call.caller, &call.server.m_notifier);
          }) },
        { Api::SignOutOthers, true, true,
          decoding<SignOutOthersRequest>([](const Call& call, const SignOutOthersRequest& signOut) {
              return DeviceHandler::signOutOthers(call.request, signOut, call.caller,
                                                  &call.server.m_notifier);
          }) },
        { Api::StartDeletion, true, true,
          decoding<PasswordChallengeRequest>([](const Call& call, const PasswordChallengeRequest& start) {
              return call.server.m_deletion.startChallenge(call.request, start, call.caller);
          }) },
        { Api::StartTwoStep, true, true,
          decoding<TwoStepSetupRequest>([](const Call& call, const TwoStepSetupRequest& start) {
              return call.server.m_twoStep.start(call.request, start, call.caller);
          }) },
        { Api::ConfirmTwoStep, true, true,
          decoding<TwoStepConfirmRequest>([](const Call& call, const TwoStepConfirmRequest& confirm) {
              return call.server.m_twoStep.confirm(call.request, confirm, call.caller);
          }) },
        { Api::DisableTwoStep, true, true,
          decoding<TwoStepDisableRequest>([](const Call& call, const TwoStepDisableRequest& disable) {
              return call.server.m_twoStep.disable(call.request, disable, call.caller);
          }) },
        { Api::Activity, true, false,
          [](const Call& call) { return ActivityHandler::page(call.request, call.caller); } },
        { Api::ExportAccount, true, true,
          decoding<ExportRequest>([](const Call& call, const ExportRequest& exportRequest) {
              return ExportHandler::exportAccount(call.request, exportRequest, call.caller);
          }) },
        { Api::DeleteAccount, true, true,
          decoding<DeleteAccountRequest>([](const Call& call, const DeleteAccountRequest& deletion) {
              return call.server.m_deletion.deleteAccount(call.request, deletion, call.caller);
          }) },
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
    return request.route >= 0 ? dispatch(request, routes()[request.route]) : answerMissing(request);
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

HttpReply AccountServer::dispatch(const RequestInfo& request, const Route& route)
{
    Database::checkConnection();
    const HttpReply response = handle(request, route);
    RequestLog::write(request.requestId, request.method, logPath(request), response.statusCode(),
                      request.timer.elapsed(), request.logNote);
    return response;
}

HttpReply AccountServer::handle(const RequestInfo& request, const Route& route)
{
    QJsonObject body;
    if (const ApiError bodyError = readObject(request.body, &body))
        return Replies::error(bodyError, request);
    // Checked here for every route that needs it, so that no handler can forget it, and before
    // the handler reads a field: a stranger learns nothing of what a signed-in request may carry.
    Caller caller;
    if (route.needsToken) {
        const ErrorCode error
            = Caller::authenticate(request, Database::connection(), m_options.accessTokenTtl, &caller);
        if (error != ErrorCode::None)
            return Replies::error(error, request);
    }
    return route.handler({ *this, request, body, caller });
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

HttpReply AccountServer::health(const RequestInfo& request)
{
    HealthResponse health;
    health.status = QStringLiteral("ok");
    health.version = QStringLiteral(ACCOUNT_MANAGER_VERSION);
    health.time = QDateTime::currentDateTimeUtc();
    return Replies::json(health.toJson(), request);
}

HttpReply AccountServer::captcha(const RequestInfo& request)
{
    const CaptchaResponse captcha = m_captchas.create(Database::connection());
    if (captcha.captchaId.isEmpty())
        return Replies::error(ErrorCode::Internal, request);
    return Replies::json(captcha.toJson(), request);
}

HttpReply AccountServer::captchaAudio(const RequestInfo& request)
{
    QByteArray wav;
    const ErrorCode error = m_captchas.audio(Database::connection(), request.pathId, &wav);
    if (error != ErrorCode::None)
        return Replies::error(error, request);
    return Replies::file(QByteArrayLiteral("audio/wav"), wav, request);
}

HttpReply AccountServer::refresh(const RequestInfo& request, const RefreshRequest& refresh)
{
    TokenService tokens(Database::connection(), m_options.accessTokenTtl);
    const TokenService::Grant grant = tokens.refresh(refresh.refreshToken, refresh.deviceId);
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    return Replies::json(tokens.response(grant.accountId, grant.tokens).toJson(), request);
}

HttpReply AccountServer::signOut(const RequestInfo& request, const Caller& caller)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive() || !TokenService(db, m_options.accessTokenTtl).revokeSession(caller.sessionId)
        || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    return Replies::noContent(request);
}
