// SPDX-License-Identifier: Apache-2.0
#include "HttpListener.h"

#include "ApiError.h"
#include "HttpService.h"
#include "RequestInfo.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QThreadPool>
#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// What one request carries between the engine's calls: made when its request line is read,
// deleted when the engine is done with it.
struct HttpListener::Exchange
{
    QByteArray rawUri;
    QByteArray body;
    QElapsedTimer timer;
    bool headersRead = false;
    bool answered = false;
    bool tooLarge = false; // over maxBodyBytes: the rest is read and thrown away, then a 413
    qint64 discarded = 0;
    std::optional<HttpReply> reply; // a worker's answer, written before it resumes the connection
};

// The client address a connection was counted under (connectionsPerAddress).
struct HttpListener::Peer
{
    QHostAddress address;
};

namespace {
QHostAddress addressOf(const sockaddr* address)
{
    return address ? QHostAddress(address) : QHostAddress();
}

// The engine's own messages (limits reached, TLS failures) carry no secrets, but they may carry
// what a client sent: control characters are escaped like everything the server logs.
void logEngineMessage(void*, const char* format, va_list arguments)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, arguments);
    QByteArray text(line);
    for (char& c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    }
    qWarning("account-server: http: %s", text.trimmed().constData());
}

// The path as handlers and the log see it: every %XX decoded (the log escapes what that brings).
QString decodedPath(const QByteArray& rawUri)
{
    const qsizetype question = rawUri.indexOf('?');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(question < 0 ? rawUri : rawUri.left(question)));
}

struct HeaderTally
{
    qsizetype bytes = 0;
    int fields = 0;
};

MHD_Result tallyHeader(void* tally, MHD_ValueKind, const char* key, const char* value)
{
    auto* sum = static_cast<HeaderTally*>(tally);
    sum->fields += 1;
    sum->bytes += qsizetype(qstrlen(key)) + qsizetype(qstrlen(value)) + 4; // ": " and CRLF
    return MHD_YES;
}
} // namespace

// The engine's C callbacks, forwarding to the listener that registered them.
struct HttpListenerCallbacks
{
    // The peer's address, read once when its connection started (connection() below).
    static QHostAddress peerAddress(MHD_Connection* connection)
    {
        const MHD_ConnectionInfo* info
            = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        const auto* peer = info ? static_cast<const HttpListener::Peer*>(info->socket_context) : nullptr;
        return peer ? peer->address : QHostAddress();
    }

    static MHD_Result accept(void* self, const sockaddr* address, socklen_t)
    {
        auto* listener = static_cast<HttpListener*>(self);
        const QHostAddress peer = addressOf(address);
        if (listener->m_limits.isTrustedProxy(peer))
            return MHD_YES;
        QMutexLocker lock(&listener->m_peersLock);
        return listener->m_connectionsPerAddress.value(peer) < listener->m_limits.connectionsPerAddress
            ? MHD_YES
            : MHD_NO;
    }

    static void connection(void* self, MHD_Connection* connection, void** socketContext,
                           MHD_ConnectionNotificationCode change)
    {
        auto* listener = static_cast<HttpListener*>(self);
        if (change == MHD_CONNECTION_NOTIFY_STARTED) {
            const MHD_ConnectionInfo* info
                = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
            auto* peer = new HttpListener::Peer { addressOf(info ? info->client_addr : nullptr) };
            *socketContext = peer;
            QMutexLocker lock(&listener->m_peersLock);
            listener->m_connectionsPerAddress[peer->address] += 1;
            return;
        }
        auto* peer = static_cast<HttpListener::Peer*>(*socketContext);
        if (!peer)
            return;
        {
            QMutexLocker lock(&listener->m_peersLock);
            auto count = listener->m_connectionsPerAddress.find(peer->address);
            if (count != listener->m_connectionsPerAddress.end() && --count.value() <= 0)
                listener->m_connectionsPerAddress.erase(count);
        }
        delete peer;
        *socketContext = nullptr;
    }

    static void* requestStarted(void*, const char* uri, MHD_Connection*)
    {
        auto* exchange = new HttpListener::Exchange;
        exchange->timer.start();
        exchange->rawUri = QByteArray(uri);
        return exchange;
    }

    static MHD_Result request(void* self, MHD_Connection* connection, const char*, const char* method,
                              const char* version, const char* uploadData, size_t* uploadSize, void** context)
    {
        auto* listener = static_cast<HttpListener*>(self);
        auto* exchange = static_cast<HttpListener::Exchange*>(*context);
        if (!exchange)
            return MHD_NO;
        return listener->onRequest(connection, method, version, uploadData, uploadSize, exchange) ? MHD_YES
                                                                                                  : MHD_NO;
    }

    static void requestEnded(void* self, MHD_Connection* connection, void** context,
                             MHD_RequestTerminationCode)
    {
        delete static_cast<HttpListener::Exchange*>(*context);
        *context = nullptr;
        // Between two requests a kept-alive connection may wait longer than inside one.
        auto* listener = static_cast<HttpListener*>(self);
        MHD_set_connection_option(connection, MHD_CONNECTION_OPTION_TIMEOUT,
                                  static_cast<unsigned int>(listener->m_limits.idleTimeout));
    }
};

HttpListener::HttpListener(HttpService* service, const HttpLimits& limits)
    : m_service(service)
    , m_limits(limits)
{
}

HttpListener::~HttpListener()
{
    stop();
}

const char* HttpListener::tlsPriorities()
{
    // Mozilla's "intermediate" profile: TLS 1.3, and TLS 1.2 only with forward-secret (ECDHE) key
    // exchange and AEAD ciphers (AES-GCM, ChaCha20-Poly1305). No CBC (LUCKY13), no static RSA.
    return "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM:"
           "+CHACHA20-POLY1305:-MAC-ALL:+AEAD:-KX-ALL:+ECDHE-ECDSA:+ECDHE-RSA:%SERVER_PRECEDENCE";
}

quint16 HttpListener::bind(const QHostAddress& address, quint16 port, QString* error)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipv6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    m_socket = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    // SO_REUSEADDR lets a restarted server listen while old connections linger in TIME_WAIT; not
    // SO_REUSEPORT, so a second server on the same port still fails.
    const int on = 1;
    if (m_socket >= 0)
        ::setsockopt(m_socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (m_socket >= 0 && ipv6)
        ::setsockopt(m_socket, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
    if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr*>(&storage), length) != 0
        || ::listen(m_socket, 511) != 0) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
        return 0;
    }
    length = sizeof storage;
    ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&storage), &length);
    return ntohs(ipv6 ? reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port
                      : reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
}

bool HttpListener::start(const QByteArray& certificatePem, const QByteArray& keyPem, int threads,
                         QString* error)
{
    const unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_TLS
        | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    // The engine's pool holds a connection's request line, headers and a window of its body; a
    // little more than the header limit lets the exact check (headersTooLarge) answer 431 itself.
    const size_t connectionMemory = size_t(m_limits.maxHeaderBytes) + 16 * 1024;
    const QByteArray certificate = certificatePem + '\0';
    const QByteArray key = keyPem + '\0';
    m_daemon = MHD_start_daemon(
        flags, 0, &HttpListenerCallbacks::accept, this, &HttpListenerCallbacks::request, this,
        MHD_OPTION_EXTERNAL_LOGGER, &logEngineMessage, nullptr, MHD_OPTION_LISTEN_SOCKET, m_socket,
        MHD_OPTION_HTTPS_MEM_CERT, certificate.constData(), MHD_OPTION_HTTPS_MEM_KEY, key.constData(),
        MHD_OPTION_HTTPS_PRIORITIES, tlsPriorities(), MHD_OPTION_THREAD_POOL_SIZE,
        static_cast<unsigned int>(qMax(1, threads)), MHD_OPTION_CONNECTION_LIMIT,
        static_cast<unsigned int>(m_limits.connectionCap()), MHD_OPTION_CONNECTION_TIMEOUT,
        static_cast<unsigned int>(m_limits.requestTimeout), MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        connectionMemory, MHD_OPTION_URI_LOG_CALLBACK, &HttpListenerCallbacks::requestStarted, this,
        MHD_OPTION_NOTIFY_COMPLETED, &HttpListenerCallbacks::requestEnded, this, MHD_OPTION_NOTIFY_CONNECTION,
        &HttpListenerCallbacks::connection, this, MHD_OPTION_END);
    if (!m_daemon) {
        *error = QStringLiteral("cannot serve HTTPS: the TLS certificate or key was refused, or no threads");
        return false;
    }
    return true;
}

void HttpListener::stop()
{
    if (!m_daemon) {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
        return;
    }
    // No new connections; requests on workers resume their connections before the engine ends.
    const MHD_socket listening = MHD_quiesce_daemon(m_daemon);
    QThreadPool::globalInstance()->waitForDone();
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    if (listening != MHD_INVALID_SOCKET)
        ::close(listening);
    m_socket = -1;
}

bool HttpListener::onRequest(MHD_Connection* connection, const char* method, const char* version,
                             const char* uploadData, size_t* uploadSize, Exchange* exchange)
{
    if (!exchange->headersRead) {
        // The first call: the headers are in, none of the body is read yet.
        exchange->headersRead = true;
        MHD_set_connection_option(connection, MHD_CONNECTION_OPTION_TIMEOUT,
                                  static_cast<unsigned int>(m_limits.requestTimeout));
        if (headersTooLarge(connection, method, version, *exchange))
            return refuse(connection, exchange, ErrorCode::HeadersTooLarge);
        const char* length
            = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        const quint64 announced = length ? QByteArray(length).trimmed().toULongLong() : 0;
        if (announced > quint64(m_limits.maxBodyBytes) + quint64(m_limits.discardBodyBytes))
            return refuse(connection, exchange, ErrorCode::BodyTooLarge);
        exchange->tooLarge = announced > quint64(m_limits.maxBodyBytes);
        return true;
    }
    if (*uploadSize > 0) {
        // Past the limit nothing more is kept. A little more is read and thrown away, so that a
        // client still sending gets the 413 instead of a reset; past that, or for a chunked body
        // that never ends, the connection just ends (the engine takes no answer mid-body).
        if (exchange->tooLarge || exchange->body.size() + qsizetype(*uploadSize) > m_limits.maxBodyBytes) {
            exchange->tooLarge = true;
            exchange->discarded += qint64(exchange->body.size()) + qint64(*uploadSize);
            exchange->body.clear();
            exchange->body.squeeze();
            *uploadSize = 0;
            if (exchange->discarded > qint64(m_limits.maxBodyBytes) + m_limits.discardBodyBytes) {
                refuse(connection, exchange, ErrorCode::BodyTooLarge);
                return false;
            }
            return true;
        }
        exchange->body.append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return true;
    }
    if (exchange->tooLarge && !exchange->answered)
        return refuse(connection, exchange, ErrorCode::BodyTooLarge);
    if (exchange->answered)
        return true;
    if (exchange->reply) {
        // Back from a worker.
        exchange->answered = true;
        return send(connection, *exchange->reply);
    }
    RequestInfo request = requestOf(connection, method, *exchange);
    if (!m_service->runsOnWorker(request)) {
        exchange->answered = true;
        return send(connection, m_service->answer(request));
    }
    MHD_suspend_connection(connection);
    QThreadPool::globalInstance()->start([this, connection, exchange, request] {
        exchange->reply = m_service->answer(request);
        MHD_resume_connection(connection);
    });
    return true;
}

RequestInfo HttpListener::requestOf(MHD_Connection* connection, const char* method,
                                    const Exchange& exchange) const
{
    RequestInfo request;
    request.timer = exchange.timer;
    request.requestId = RequestInfo::newRequestId();
    request.method = QByteArray(method);
    const qsizetype question = exchange.rawUri.indexOf('?');
    request.path = decodedPath(exchange.rawUri);
    request.query = question < 0 ? QString() : QString::fromLatin1(exchange.rawUri.mid(question + 1));
    request.body = exchange.body;
    request.authorization
        = QByteArray(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Authorization"));
    request.acceptLanguage
        = QByteArray(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Accept-Language")).left(200);
    request.remoteAddress = HttpListenerCallbacks::peerAddress(connection);
    if (m_limits.isTrustedProxy(request.remoteAddress)) {
        // The right-most address that is not one of our proxies is the client; what a client wrote
        // further left is its own word and proves nothing.
        const QList<QByteArray> hops
            = QByteArray(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "X-Forwarded-For"))
                  .split(',');
        for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
            const QHostAddress address(QString::fromLatin1(hop->trimmed()));
            if (address.isNull())
                break;
            request.remoteAddress = address;
            if (!m_limits.isTrustedProxy(address))
                break;
        }
    }
    return request;
}

bool HttpListener::headersTooLarge(MHD_Connection* connection, const char* method, const char* version,
                                   const Exchange& exchange) const
{
    HeaderTally tally;
    tally.bytes = qsizetype(qstrlen(method)) + exchange.rawUri.size() + qsizetype(qstrlen(version)) + 4;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, &tallyHeader, &tally);
    return tally.bytes > m_limits.maxHeaderBytes || tally.fields > m_limits.maxHeaderFields;
}

bool HttpListener::refuse(MHD_Connection* connection, Exchange* exchange, ErrorCode code)
{
    RequestInfo request;
    request.timer = exchange->timer;
    request.requestId = RequestInfo::newRequestId();
    request.path = decodedPath(exchange->rawUri).left(200);
    request.remoteAddress = HttpListenerCallbacks::peerAddress(connection);
    ApiError error(code);
    error.requestId = QString::fromLatin1(request.requestId);
    HttpReply reply(error.toJson(), error.httpStatus);
    reply.setHeader("X-Request-Id", request.requestId);
    reply.setHeader("Cache-Control", "no-store");
    // The rest of what the client sends is not read: the connection ends after this answer.
    reply.setHeader("Connection", "close");
    exchange->answered = true;
    m_service->refused(request, reply);
    // In the middle of a body the engine refuses the answer; refuse()'s caller then closes.
    return send(connection, reply);
}

bool HttpListener::send(MHD_Connection* connection, const HttpReply& reply)
{
    MHD_Response* response = MHD_create_response_from_buffer(
        size_t(reply.data().size()), const_cast<char*>(reply.data().constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return false;
    for (const HttpReply::Header& header : reply.headers())
        MHD_add_response_header(response, header.first.constData(), header.second.constData());
    if (!reply.hasHeader("X-Request-Id"))
        MHD_add_response_header(response, "X-Request-Id", RequestInfo::newRequestId().constData());
    MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
    // HTTPS only, for two years, on every answer (HSTS): a browser that opened the emailed link
    // never tries this host over plain HTTP again.
    MHD_add_response_header(response, "Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    const MHD_Result queued
        = MHD_queue_response(connection, static_cast<unsigned int>(reply.statusCode()), response);
    MHD_destroy_response(response);
    return queued == MHD_YES;
}
