// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

// TLS settings for tests: the defaults plus exactly one extra trusted CA. Tests never ignore
// SSL errors; a test that wants an untrusted server starts one with TEST_OTHER_PKI_DIR's cert.
class TestTls
{
public:
    // QSslConfiguration::defaultConfiguration() + the CA in caFile (default: TEST_PKI_DIR/ca.crt).
    static QSslConfiguration configuration(const QString& caFile = {});

    // The environment for running `openssl` as a weak client would: without the system's
    // openssl.cnf (MinProtocol TLSv1.2), so old protocols and suites are really offered and whether
    // they are refused is up to the server alone.
    static QProcessEnvironment opensslEnvironment();
    // `openssl s_client -connect 127.0.0.1:PORT -CAfile TEST_PKI_DIR/ca.crt FLAGS…`: true when the
    // handshake finished with a cipher. *output gets what openssl printed.
    static bool opensslHandshake(quint16 port, const QStringList& flags, QString* output = nullptr);
};
