// SPDX-License-Identifier: Apache-2.0
// The limits the server holds by itself, each attacked from a real socket as an attacker would:
// oversized and too many headers, a huge announced body, an endless chunked body, stalled and idle
// connections, too many connections from one address, and memory while 20 clients announce 200 MB
// bodies. See HttpLimits (server/http) and docs/security.md.
#include "TestServer.h"
#include "TestTls.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>
#include <QtTest>
#include <memory>
#include <vector>

class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headersUpToTheLimitServed();
    void headersOverTheLimitRefused_data();
    void headersOverTheLimitRefused();
    void announcedHugeBodyRefusedBeforeReading();
    void chunkedBodyCutOffAtTheLimit();
    void chunkedBodyWithinTheLimitServed();
    void slightlyOversizedBodyAnswered();
    void stalledRequestClosed_data();
    void stalledRequestClosed();
    void idleKeepAliveClosed();
    void connectionsPerAddressCapped();
    void memoryStaysFlatUnderHugeBodies();

private:
    // A TLS connection to the server from `from` (any 127/8 address works on Linux's loopback);
    // nullptr when the handshake did not finish.
    std::unique_ptr<QSslSocket> connectFrom(const QHostAddress& from = QHostAddress::LocalHost,
                                            int timeoutMs = 10000) const;
    // Reads until the peer closes or timeoutMs pass; *closed tells which.
    static QByteArray readUntilClosed(QSslSocket* socket, int timeoutMs, bool* closed = nullptr);
    static QByteArray headersOf(int fields, int valueSize);
    static qint64 residentKib(qint64 pid);

    TestServer m_server;
};

static int statusOf(const QByteArray& response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

void TestServerLimits::initTestCase()
{
    // Short timeouts and a small per-address cap, so the test waits seconds, not minutes; the
    // defaults (10 s, 60 s, 64) are the same code with other numbers.
    QVERIFY2(m_server.start({ QStringLiteral("--request-timeout"), QStringLiteral("2"),
                              QStringLiteral("--idle-timeout"), QStringLiteral("4"),
                              QStringLiteral("--max-connections-per-address"), QStringLiteral("8") }),
             qPrintable(m_server.errorString()));
}

std::unique_ptr<QSslSocket> TestServerLimits::connectFrom(const QHostAddress& from, int timeoutMs) const
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(TestTls::configuration());
    if (!socket->bind(from))
        return nullptr;
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    if (!socket->waitForEncrypted(timeoutMs))
        return nullptr;
    return socket;
}

QByteArray TestServerLimits::readUntilClosed(QSslSocket* socket, int timeoutMs, bool* closed)
{
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        if (socket->waitForReadyRead(100))
            response += socket->readAll();
    }
    response += socket->readAll();
    if (closed)
        *closed = socket->state() != QAbstractSocket::ConnectedState;
    return response;
}

QByteArray TestServerLimits::headersOf(int fields, int valueSize)
{
    QByteArray headers;
    for (int i = 0; i < fields; ++i)
        headers += "X-Pad-" + QByteArray::number(i) + ": " + QByteArray(valueSize, 'a') + "\r\n";
    return headers;
}

qint64 TestServerLimits::residentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void TestServerLimits::headersUpToTheLimitServed()
{
    // 15 fields of 1,000 bytes: about 15.3 KiB with the request line, under the 16 KiB limit.
    auto socket = connectFrom();
    QVERIFY(socket);
    socket->write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headersOf(15, 1000)
                  + "Connection: close\r\n\r\n");
    const QByteArray response = readUntilClosed(socket.get(), 10000);
    QCOMPARE(statusOf(response), 200);
    // Every answer, this one included, tells browsers to use HTTPS only.
    QVERIFY(response.contains("Strict-Transport-Security: max-age="));
}

void TestServerLimits::headersOverTheLimitRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("17 KiB of headers") << headersOf(17, 1000);
    QTest::newRow("one header of 1 MiB") << headersOf(1, 1024 * 1024);
    QTest::newRow("65 fields") << headersOf(63, 1); // with Host and Connection
    QTest::newRow("2,000 fields (2 MB)") << headersOf(2000, 1000);
}

void TestServerLimits::headersOverTheLimitRefused()
{
    QFETCH(QByteArray, headers);
    auto socket = connectFrom();
    QVERIFY(socket);
    const QByteArray request
        = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: keep-alive\r\n\r\n";
    // Written in pieces, and no more once the server has answered: it answers and closes before
    // it has everything, and bytes still arriving then would make its kernel reset the connection
    // (losing the answer on the way).
    for (qsizetype at = 0; at < request.size() && socket->state() == QAbstractSocket::ConnectedState
         && socket->bytesAvailable() == 0;
         at += 16384) {
        socket->write(request.mid(at, 16384));
        socket->waitForBytesWritten(2000);
        socket->waitForReadyRead(5);
    }
    bool closed = false;
    const QByteArray response = readUntilClosed(socket.get(), 10000, &closed);
    QVERIFY2(statusOf(response) == 431, response.left(200).constData());
    // Closed although the client asked to keep the connection: nothing more of it is read.
    QVERIFY(closed);
}

void TestServerLimits::announcedHugeBodyRefusedBeforeReading()
{
    // Only the headers are sent: the 413 comes before a single byte of the 200 MB body.
    auto socket = connectFrom();
    QVERIFY(socket);
    socket->write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Content-Length: 209715200\r\n\r\n");
    bool closed = false;
    const QByteArray response = readUntilClosed(socket.get(), 10000, &closed);
    QCOMPARE(statusOf(response), 413);
    QVERIFY(response.contains("E-BODY-TOO-LARGE"));
    QVERIFY(response.contains("X-Request-Id: "));
    QVERIFY(closed);
}

void TestServerLimits::chunkedBodyCutOffAtTheLimit()
{
    // A chunked body has no length up front; the server keeps none of it past 64 KiB, throws away
    // up to 4 MiB more (so an ordinary client would still see a 413) and then ends the connection,
    // however much more the client has to send.
    auto socket = connectFrom();
    QVERIFY(socket);
    socket->write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n");
    qint64 sent = 0;
    const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'a') + "\r\n";
    QElapsedTimer timer;
    timer.start();
    while (socket->state() == QAbstractSocket::ConnectedState && sent < 64 * 1024 * 1024
           && timer.elapsed() < 20000) {
        socket->write(chunk);
        socket->waitForBytesWritten(1000);
        sent += 0x4000;
        socket->waitForReadyRead(1);
    }
    bool closed = false;
    const QByteArray response = readUntilClosed(socket.get(), 10000, &closed);
    QVERIFY(closed);
    QVERIFY2(statusOf(response) == 0 || statusOf(response) == 413, response.left(200).constData());
    // The client got far less than its 64 MiB in before the server hung up (socket buffers allow
    // some slack beyond the 4 MiB thrown away).
    QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestServerLimits::chunkedBodyWithinTheLimitServed()
{
    auto socket = connectFrom();
    QVERIFY(socket);
    const QByteArray json = R"({"login":"nobody@example.com","password":"x","device":{"id":"d","name":"n"}})";
    socket->write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                  + QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n");
    const QByteArray response = readUntilClosed(socket.get(), 15000);
    // Judged as a sign-in: a 4xx of the protocol, not a size refusal.
    const int status = statusOf(response);
    QVERIFY2(status >= 400 && status < 500 && status != 413, response.left(300).constData());
    QVERIFY(response.contains("\"error\""));
}

void TestServerLimits::slightlyOversizedBodyAnswered()
{
    // 100 KiB sent whole, as an ordinary client does before reading: it gets the 413 and its request
    // ID, and the connection stays usable.
    auto socket = connectFrom();
    QVERIFY(socket);
    const QByteArray body = "{\"login\":\"" + QByteArray(100 * 1024, 'a') + "\"}";
    socket->write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QByteArray response = readUntilClosed(socket.get(), 5000);
    QCOMPARE(statusOf(response), 413);
    QVERIFY(response.contains("E-BODY-TOO-LARGE"));
}

void TestServerLimits::stalledRequestClosed_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("headers") << QByteArray("GET /v1/hea");
    QTest::newRow("body") << QByteArray("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        "Content-Length: 100\r\n\r\n{\"login\":");
    QTest::newRow("nothing after the handshake") << QByteArray();
}

void TestServerLimits::stalledRequestClosed()
{
    QFETCH(QByteArray, start);
    auto socket = connectFrom();
    QVERIFY(socket);
    QElapsedTimer timer;
    timer.start();
    if (!start.isEmpty()) {
        socket->write(start);
        QVERIFY(socket->waitForBytesWritten(2000));
    }
    bool closed = false;
    readUntilClosed(socket.get(), 15000, &closed);
    const qint64 seconds = timer.elapsed() / 1000;
    QVERIFY2(closed, "a stalled connection was still open after 15 s (--request-timeout 2)");
    // Not closed early either: the limit is what closed it.
    QVERIFY2(timer.elapsed() >= 1500, qPrintable(QString::number(timer.elapsed())));
    qInfo("stalled %s: closed after %lld s", QTest::currentDataTag(), seconds);
}

void TestServerLimits::idleKeepAliveClosed()
{
    // Between requests a kept-alive connection may wait --idle-timeout (4 s here), longer than the
    // 2 s a request may stall; then it is closed.
    auto socket = connectFrom();
    QVERIFY(socket);
    socket->write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(socket->waitForReadyRead(5000));
    QElapsedTimer timer;
    timer.start();
    QByteArray response = socket->readAll();
    QTest::qWait(3000);
    QVERIFY2(socket->state() == QAbstractSocket::ConnectedState, "closed before the idle timeout");
    bool closed = false;
    response += readUntilClosed(socket.get(), 10000, &closed);
    QCOMPARE(statusOf(response), 200);
    QVERIFY(closed);
    QVERIFY2(timer.elapsed() >= 3500 && timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
}

void TestServerLimits::connectionsPerAddressCapped()
{
    const QHostAddress crowd(QStringLiteral("127.0.0.7"));
    std::vector<std::unique_ptr<QSslSocket>> held;
    for (int i = 0; i < 8; ++i) {
        auto socket = connectFrom(crowd);
        QVERIFY2(socket, qPrintable(QString::number(i)));
        held.push_back(std::move(socket));
    }
    // The ninth from the same address is refused at accept: no handshake.
    QVERIFY(!connectFrom(crowd, 3000));
    // Others are served meanwhile.
    auto other = connectFrom(QHostAddress(QStringLiteral("127.0.0.8")));
    QVERIFY(other);
    other->write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(statusOf(readUntilClosed(other.get(), 10000)), 200);
    // One of the eight goes away: the address may connect again.
    held.back()->disconnectFromHost();
    held.pop_back();
    QVERIFY(QTest::qWaitFor([&] { return connectFrom(crowd, 2000) != nullptr; }, 10000));
}

void TestServerLimits::memoryStaysFlatUnderHugeBodies()
{
    const qint64 pid = m_server.processId();
    // A few requests first, so the idle size includes what serving anything costs.
    for (int i = 0; i < 3; ++i) {
        auto socket = connectFrom();
        QVERIFY(socket);
        socket->write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        readUntilClosed(socket.get(), 5000);
    }
    const qint64 idle = residentKib(pid);
    QVERIFY(idle > 0);
    // 20 clients from 20 addresses each announce 200 MB and then push body bytes as fast as
    // they can, for up to 5 s or until the server hangs up.
    std::vector<std::unique_ptr<QSslSocket>> clients;
    for (int i = 0; i < 20; ++i) {
        auto socket = connectFrom(QHostAddress(QStringLiteral("127.0.1.%1").arg(i + 1)));
        QVERIFY(socket);
        socket->write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 209715200\r\n\r\n");
        clients.push_back(std::move(socket));
    }
    const QByteArray block(64 * 1024, 'a');
    qint64 peak = idle;
    int refused = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        int open = 0;
        for (auto& client : clients) {
            if (client->state() != QAbstractSocket::ConnectedState)
                continue;
            ++open;
            if (client->bytesToWrite() < 1024 * 1024)
                client->write(block);
            client->waitForBytesWritten(10);
        }
        peak = qMax(peak, residentKib(pid));
        if (open == 0)
            break;
    }
    for (auto& client : clients) {
        const QByteArray response = readUntilClosed(client.get(), 3000);
        refused += statusOf(response) == 413 ? 1 : 0;
    }
    qInfo("resident: idle %lld KiB, peak %lld KiB with 20 clients announcing 200 MB; %d answered 413", idle,
          peak, refused);
    QCOMPARE(refused, 20);
    QVERIFY2(peak - idle < 20 * 1024, qPrintable(QStringLiteral("%1 KiB over idle").arg(peak - idle)));
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
