#pragma once

#include <QSslConfiguration>
#include <QString>

// TLS settings for tests: the defaults plus exactly one extra trusted CA. Tests never ignore
// SSL errors; a test that wants an untrusted server starts one with TEST_OTHER_PKI_DIR's cert.
class TestTls
{
public:
    // QSslConfiguration::defaultConfiguration() + the CA in caFile (default: TEST_PKI_DIR/ca.crt).
    static QSslConfiguration configuration(const QString& caFile = {});
};
