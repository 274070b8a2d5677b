#include "TestTls.h"

#include <QSslCertificate>

QSslConfiguration TestTls::configuration(const QString& caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(
        QSslCertificate::fromPath(caFile.isEmpty() ? QStringLiteral(TEST_PKI_DIR "/ca.crt") : caFile));
    return tls;
}
