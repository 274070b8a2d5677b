// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A real SMTP server for delivery tests: tests/server/smtp_sink.py on Debian's python3-aiosmtpd,
// on 127.0.0.1 with a free port. Each accepted message is {"from","to","data","tls","login"}.
class TestSmtpServer
{
public:
    TestSmtpServer();
    ~TestSmtpServer();

    // extraArgs: --tls-cert/--tls-key (STARTTLS), --user/--password (AUTH), --refuse-rcpt.
    bool start(const QStringList& extraArgs = {});
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QList<QJsonObject> messages() const; // accepted so far, oldest first

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
