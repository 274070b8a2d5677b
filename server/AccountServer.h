// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountDeletionHandler.h"
#include "AccountNotifier.h"
#include "ApiEndpoint.h"
#include "CaptchaService.h"
#include "ChallengeResendHandler.h"
#include "CodeSender.h"
#include "ContactChangeHandler.h"
#include "DeliveryRouter.h"
#include "DeviceHandler.h"
#include "DeviceVerificationHandler.h"
#include "Housekeeping.h"
#include "HttpListener.h"
#include "HttpService.h"
#include "Outbox.h"
#include "PasswordChangeHandler.h"
#include "RecoveryHandler.h"
#include "RecoveryStarter.h"
#include "RegistrationCompleter.h"
#include "RegistrationHandler.h"
#include "ServerOptions.h"
#include "SignInHandler.h"
#include "TwoStepHandler.h"
#include "VerificationHandler.h"
#include "WalCheckpointer.h"

#include <QObject>
#include <functional>
#include <memory>

class Caller;
struct RefreshRequest;
struct RequestInfo;

// The HTTPS API: the routes of ApiRoutes behind an HttpListener, which holds the limits of
// HttpLimits and speaks TLS 1.2 (ECDHE + AEAD) or 1.3 only, on one thread per core (--threads).
// Handlers that hash passwords or deliver codes run on the global thread pool; the rest are quick
// and run on the connection's thread. Every handler may thus run on several threads at once.
class AccountServer : public QObject, public HttpService
{
    Q_OBJECT
public:
    explicit AccountServer(const ServerOptions& options, QObject* parent = nullptr);
    ~AccountServer() override;

    // Loads the certificate and the code-hashing key, opens the database and listens. Returns the
    // port, 0 on failure.
    quint16 start(QString* error);

    bool runsOnWorker(RequestInfo& request) const override;
    HttpReply answer(const RequestInfo& request) override;
    void refused(const RequestInfo& request, const HttpReply& reply) override;

    // What a route's handler is given: the request, its body (one JSON object, {} when empty) and,
    // on routes that need a token, who sent it; the handlers of the others get an empty Caller.
    // A route that takes a body names its type in the table (decoding() in AccountServer.cpp): the
    // body is decoded once, there, and its handler gets the typed request.
    struct Call
    {
        AccountServer& server;
        const RequestInfo& request;
        const QJsonObject& body;
        const Caller& caller;
    };
    using Handler = std::function<HttpReply(const Call& call)>;

    // One row of the route table, the one place each path is written: who may call a route, on
    // which thread it runs and what answers it.
    struct Route
    {
        ApiEndpoint endpoint; // method and path, from core/protocol's Api namespace
        bool needsToken; // Authorization: Bearer <access token>, checked before the handler runs
        bool onWorker; // hashing, delivery, or database work that goes with them
        Handler handler;
    };
    static const QList<Route>& routes();

private:
    // The index in routes() of the request's route and the {id} in its path; -1 when none matches.
    static int routeOf(const QByteArray& method, const QString& path, QString* pathId);

    static QString logPath(const RequestInfo& request);
    // The JSON check, the access token when the route needs one, then the handler (with the body
    // decoded first, when its row names a type); the log line for every answer.
    HttpReply dispatch(const RequestInfo& request, const Route& route);
    HttpReply handle(const RequestInfo& request, const Route& route);
    HttpReply answerMissing(const RequestInfo& request);

    HttpReply health(const RequestInfo& request);
    HttpReply captcha(const RequestInfo& request);
    HttpReply captchaAudio(const RequestInfo& request);
    HttpReply refresh(const RequestInfo& request, const RefreshRequest& refresh);
    HttpReply signOut(const RequestInfo& request, const Caller& caller);

    ServerOptions m_options;
    Outbox m_outbox;
    CaptchaService m_captchas;
    DeliveryRouter m_delivery;
    CodeSender m_codeSender;
    DeviceVerificationHandler m_newDevices;
    AccountNotifier m_notifier;
    SignInHandler m_signIn;
    RegistrationHandler m_registrations;
    VerificationHandler m_verification;
    RegistrationCompleter m_completer;
    PasswordChangeHandler m_passwordChange;
    ChallengeResendHandler m_challengeResend;
    ContactChangeHandler m_contactChange;
    RecoveryStarter m_recoveryStart;
    RecoveryHandler m_recovery;
    AccountDeletionHandler m_deletion;
    TwoStepHandler m_twoStep;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only
    std::unique_ptr<Housekeeping> m_housekeeping;
    HttpListener m_http;
};
