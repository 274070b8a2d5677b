// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A local HTTP(S) receiver standing in for an SMS gateway: answers every POST with status(), and
// keeps the JSON bodies. It serves from the test's event loop, which runs while TestClient waits.
class TestWebhook : public QObject
{
    Q_OBJECT
public:
    // tls: HTTPS with the test PKI's server certificate (TEST_PKI_DIR), else plain HTTP.
    explicit TestWebhook(bool tls = false, QObject* parent = nullptr);
    ~TestWebhook() override;

    bool listen(); // 127.0.0.1, a free port
    QUrl url() const; // http(s)://127.0.0.1:PORT/sms
    void setStatus(int status) { m_status = status; }
    // Answers this long after a request has come in, as a slow gateway does.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    QList<QJsonObject> requests() const { return m_requests; }
    QList<QByteArray> paths() const { return m_paths; }

private:
    void accept();
    void read(QTcpSocket* socket);

    bool m_tls;
    QTcpServer* m_server;
    int m_status = 200;
    int m_delayMs = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QJsonObject> m_requests;
    QList<QByteArray> m_paths;
};
