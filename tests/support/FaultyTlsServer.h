// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QUrl>

class QSslSocket;

// A TLS server that misbehaves on purpose, for the client's fault tests only: it is not the account
// server and decides nothing about accounts. It speaks just enough HTTP/1.1 to read one request (headers
// and Content-Length body) and then does what its fault says. It counts the requests it read, so tests
// can tell whether the client sent one twice.
//
//     FaultyTlsServer server(FaultyTlsServer::Fault::CloseAfterRequest);
//     QVERIFY(server.listen());
//     api.setServerUrl(server.url());
class FaultyTlsServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None, // answers GET /v1/health properly: the "before" of a test where the server changes
        CloseAfterRequest, // reads the request, then closes the connection without a word (a dying server)
        ResetAfterRequest, // the same with a TCP reset instead of an orderly close
        Silent, // reads the request and never answers (a hung server)
        HeadersThenSilence, // sends the status line and headers, then nothing more
        TruncatedBody, // promises a body by Content-Length, sends half of it, closes
        TruncatedJson, // a complete 200 response whose JSON ends half-way
        NotJson, // a complete 200 response of text/html (a captive portal)
        ErrorNotJson, // a complete 502 response of text/html (a proxy's error page)
    };

    // pkiDir holds server.crt and server.key: the test PKI by default, TEST_OTHER_PKI_DIR for a
    // server whose certificate the client must not trust.
    explicit FaultyTlsServer(Fault fault, const QString& pkiDir = QString(), QObject* parent = nullptr);

    bool listen(quint16 port = 0); // on 127.0.0.1; 0: a free port
    QUrl url() const; // https://127.0.0.1:PORT
    // Every request read in full, as its request line ("POST /v1/sessions HTTP/1.1").
    QList<QByteArray> requests() const { return m_requests; }
    int handshakes() const { return m_handshakes; }

private:
    void serve(QSslSocket* socket);
    void answer(QSslSocket* socket);

    Fault m_fault;
    QSslServer m_server;
    QList<QByteArray> m_requests;
    int m_handshakes = 0;
};
