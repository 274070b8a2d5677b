// SPDX-License-Identifier: Apache-2.0
#include "TestTls.h"

#include <QProcess>
#include <QSslCertificate>

QSslConfiguration TestTls::configuration(const QString& caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(
        QSslCertificate::fromPath(caFile.isEmpty() ? QStringLiteral(TEST_PKI_DIR "/ca.crt") : caFile));
    return tls;
}

QProcessEnvironment TestTls::opensslEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_CONF"), QStringLiteral("/dev/null"));
    return env;
}

bool TestTls::opensslHandshake(quint16 port, const QStringList& flags, QString* output)
{
    QProcess openssl;
    openssl.setProcessEnvironment(opensslEnvironment());
    openssl.start(QStringLiteral("openssl"),
                  QStringList { QStringLiteral("s_client"), QStringLiteral("-connect"),
                                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-CAfile"),
                                QStringLiteral(TEST_PKI_DIR "/ca.crt") }
                      + flags);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(20000))
        return false;
    const QString printed
        = QString::fromUtf8(openssl.readAllStandardOutput() + openssl.readAllStandardError());
    if (output)
        *output = printed;
    return openssl.exitCode() == 0 && printed.contains(QLatin1String("Cipher is "))
        && !printed.contains(QLatin1String("Cipher is (NONE)"));
}
