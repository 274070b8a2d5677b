// SPDX-License-Identifier: Apache-2.0
#include "SmtpClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslConfiguration>

SmtpClient::SmtpClient(const DeliveryOptions& options)
    : m_options(options)
{
}

bool SmtpClient::readReply(int* code, QByteArray* text)
{
    // A reply is one or more lines "250-…" ending with "250 …".
    const QDeadlineTimer deadline(m_options.timeoutMs);
    text->clear();
    while (true) {
        while (!m_socket.canReadLine()) {
            if (deadline.hasExpired()
                || !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                m_reason = m_socket.state() == QAbstractSocket::ConnectedState
                    ? QStringLiteral("no SMTP reply in time")
                    : QStringLiteral("SMTP connection closed");
                return false;
            }
        }
        const QByteArray line = m_socket.readLine().trimmed();
        if (line.size() < 3) {
            m_reason = QStringLiteral("malformed SMTP reply");
            return false;
        }
        *text += line.mid(4) + '\n';
        if (line.size() == 3 || line.at(3) == ' ') {
            *code = line.left(3).toInt();
            return true;
        }
    }
}

bool SmtpClient::step(const QByteArray& command, int expected, const char* what, QByteArray* text)
{
    if (!command.isEmpty()) {
        m_socket.write(command + "\r\n");
        if (!m_socket.waitForBytesWritten(m_options.timeoutMs) && m_socket.bytesToWrite() > 0) {
            m_reason = QStringLiteral("cannot write to the SMTP server at %1").arg(QLatin1String(what));
            return false;
        }
    }
    int code = 0;
    QByteArray reply;
    if (!readReply(&code, &reply)) {
        m_reason += QStringLiteral(" at %1").arg(QLatin1String(what));
        return false;
    }
    if (text)
        *text = reply;
    // 251 ("user not local; will forward") is a success for RCPT too.
    if (code != expected && !(expected == 250 && code == 251)) {
        // Only the code: the reply text may repeat the recipient.
        m_reason = QStringLiteral("SMTP server answered %1 to %2").arg(code).arg(QLatin1String(what));
        return false;
    }
    return true;
}

bool SmtpClient::hello(QByteArray* capabilities)
{
    const QHostAddress local = m_socket.localAddress();
    const QByteArray name = local.protocol() == QAbstractSocket::IPv6Protocol
        ? "[IPv6:" + local.toString().toLatin1() + ']'
        : '[' + local.toString().toLatin1() + ']';
    return step("EHLO " + name, 250, "EHLO", capabilities);
}

bool SmtpClient::startTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_options.extraCaCertificates);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(m_options.smtpHost);
    if (!step("STARTTLS", 220, "STARTTLS"))
        return false;
    m_socket.startClientEncryption();
    if (!m_socket.waitForEncrypted(m_options.timeoutMs)) {
        const QList<QSslError> errors = m_socket.sslHandshakeErrors();
        m_reason = QStringLiteral("SMTP STARTTLS failed: %1")
                       .arg(errors.isEmpty() ? m_socket.errorString() : errors.first().errorString());
        return false;
    }
    return true;
}

bool SmtpClient::authenticate(const QByteArray& capabilities)
{
    const QByteArray user = m_options.smtpUser.toUtf8();
    const QByteArray password = m_options.smtpPassword.toUtf8();
    QByteArray mechanisms;
    for (const QByteArray& line : capabilities.split('\n')) {
        if (line.toUpper().startsWith("AUTH"))
            mechanisms += ' ' + line.toUpper().mid(4) + ' ';
    }
    if (mechanisms.contains(" PLAIN "))
        return step("AUTH PLAIN " + ('\0' + user + '\0' + password).toBase64(), 235, "AUTH PLAIN");
    if (mechanisms.contains(" LOGIN ")) {
        return step("AUTH LOGIN", 334, "AUTH LOGIN") && step(user.toBase64(), 334, "AUTH LOGIN user")
            && step(password.toBase64(), 235, "AUTH LOGIN password");
    }
    m_reason = QStringLiteral("the SMTP server offers neither AUTH PLAIN nor AUTH LOGIN");
    return false;
}

bool SmtpClient::send(const QString& to, const QByteArray& message, QString* reason)
{
    m_socket.connectToHost(m_options.smtpHost, m_options.smtpPort);
    bool ok = m_socket.waitForConnected(m_options.timeoutMs);
    if (!ok)
        m_reason = QStringLiteral("cannot connect to the SMTP server %1:%2: %3")
                       .arg(m_options.smtpHost)
                       .arg(m_options.smtpPort)
                       .arg(m_socket.errorString());
    QByteArray capabilities;
    ok = ok && step({}, 220, "greeting") && hello(&capabilities);
    if (ok && m_options.smtpStartTls) {
        if (!capabilities.toUpper().contains("STARTTLS")) {
            m_reason = QStringLiteral("the SMTP server does not offer STARTTLS");
            ok = false;
        }
        ok = ok && startTls() && hello(&capabilities);
    }
    if (ok && !m_options.smtpUser.isEmpty())
        ok = authenticate(capabilities);
    // A line that is only "." would end DATA early; dot-stuff as RFC 5321 4.5.2 says.
    QByteArray data = message;
    if (data.startsWith('.'))
        data.prepend('.');
    data.replace("\r\n.", "\r\n..");
    if (!data.endsWith("\r\n"))
        data += "\r\n";
    ok = ok && step("MAIL FROM:<" + m_options.smtpFromAddress().toUtf8() + '>', 250, "MAIL FROM")
        && step("RCPT TO:<" + to.toUtf8() + '>', 250, "RCPT TO") && step("DATA", 354, "DATA")
        && step(data + ".", 250, "end of DATA");
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        // The message is accepted at 250; QUIT is a courtesy whose answer does not matter.
        m_socket.write("QUIT\r\n");
        m_socket.waitForBytesWritten(1000);
        m_socket.disconnectFromHost();
    }
    if (!ok)
        *reason = m_reason;
    return ok;
}
