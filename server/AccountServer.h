#pragma once

#include "AccountDeletionHandler.h"
#include "AccountNotifier.h"
#include "CaptchaService.h"
#include "ChallengeResendHandler.h"
#include "CodeSender.h"
#include "ContactChangeHandler.h"
#include "DeliveryRouter.h"
#include "DeviceHandler.h"
#include "DeviceVerificationHandler.h"
#include "Outbox.h"
#include "PasswordChangeHandler.h"
#include "RecoveryHandler.h"
#include "RecoveryStarter.h"
#include "RegistrationCompleter.h"
#include "RegistrationHandler.h"
#include "ServerOptions.h"
#include "SignInHandler.h"
#include "VerificationHandler.h"
#include "WalCheckpointer.h"

#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>
#include <memory>
#include <vector>

struct RequestInfo;

// The HTTPS API: registers the routes of ApiRoutes on QHttpServers that speak TLS 1.2 or later
// only, one per "front" thread (--threads), all accepting from one listening socket. Handlers that
// hash passwords or deliver codes run on the global thread pool; the rest are quick and run on the
// front thread that read the request. Every handler may thus run on several threads at once.
class AccountServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit AccountServer(const ServerOptions& options, QObject* parent = nullptr);
    ~AccountServer() override;

    // Loads the certificate and the code-hashing key, opens the database and listens. Returns the
    // port, 0 on failure.
    quint16 start(QString* error);

private:
    using Handler = QHttpServerResponse (AccountServer::*)(const RequestInfo&, const QJsonObject&);

    // A QHttpServer on a thread of its own, answering connections of the listening socket.
    struct Front
    {
        std::unique_ptr<QHttpServer> http;
        std::unique_ptr<QThread> thread;
    };

    bool setupTls(QString* error);
    void startMoreFronts(int count);
    void stopFronts();
    void addRoutes(QHttpServer& http);
    Handler handlerFor(const char* method, const QString& path) const;
    static QString logPath(const RequestInfo& request);
    // Size and JSON checks, then the handler; X-Request-Id and the log line for every answer.
    QHttpServerResponse dispatch(const RequestInfo& request, Handler handler);
    // Runs a request on a worker thread and answers on this one, if the client is still there.
    // `front` is the QHttpServer the request came in on: the answer is written on its thread.
    void respondFromWorker(QObject* front, const RequestInfo& info, Handler handler,
                           QHttpServerResponder&& responder);
    static void addCommonHeaders(QHttpServerResponse& response);
    void answerMissing(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    QHttpServerResponse health(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse captcha(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse signIn(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse refresh(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse signOut(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse profile(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse startRegistration(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse registrationStatus(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse resendCode(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse verifyCode(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse confirmLink(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse completeRegistration(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse startPasswordChallenge(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse changePassword(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse resendChallenge(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse changeEmail(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse changePhone(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse startRecovery(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse sendRecoveryCode(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse resendRecoveryCode(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse verifyRecoveryCode(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse completeRecovery(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse resendDeviceChallenge(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse listDevices(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse unbindDevice(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse startDeletionChallenge(const RequestInfo& request, const QJsonObject& body);
    QHttpServerResponse deleteAccount(const RequestInfo& request, const QJsonObject& body);

    ServerOptions m_options;
    Outbox m_outbox;
    CaptchaService m_captchas;
    DeliveryRouter m_delivery;
    CodeSender m_codeSender;
    DeviceVerificationHandler m_newDevices;
    SignInHandler m_signIn;
    RegistrationHandler m_registrations;
    VerificationHandler m_verification;
    RegistrationCompleter m_completer;
    AccountNotifier m_notifier;
    PasswordChangeHandler m_passwordChange;
    ChallengeResendHandler m_challengeResend;
    ContactChangeHandler m_contactChange;
    RecoveryStarter m_recoveryStart;
    RecoveryHandler m_recovery;
    DeviceHandler m_devices;
    AccountDeletionHandler m_deletion;
    QSslConfiguration m_tls;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only
    QHttpServer m_http; // the first front, on the main thread
    std::vector<Front> m_fronts; // the others
};
