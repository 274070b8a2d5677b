// SPDX-License-Identifier: Apache-2.0
#include "SmtpClient.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <curl/curl.h>
#include <memory>

namespace {
struct CurlDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// What curl reads the message from.
struct Upload
{
    const QByteArray& data;
    qsizetype offset = 0;
};

size_t readMessage(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t length = qMin(size * count, left);
    memcpy(buffer, upload->data.constData() + upload->offset, length);
    upload->offset += qsizetype(length);
    return length;
}

// Which SMTP step a failure belongs to, for the log: the verb of the last command curl sent
// ("RCPT TO"), never its argument (an address, or AUTH's credentials).
struct Steps
{
    QString last = QStringLiteral("greeting");
    bool dataSent = false;
};

int followSteps(CURL*, curl_infotype type, char* data, size_t size, void* userData)
{
    auto* steps = static_cast<Steps*>(userData);
    if (type == CURLINFO_DATA_OUT && steps->last == QLatin1String("DATA"))
        steps->dataSent = true;
    if (type != CURLINFO_HEADER_OUT)
        return 0;
    const QByteArray verb
        = QByteArray(data, int(qMin<size_t>(size, 16))).split(' ').first().trimmed().toUpper();
    if (verb == "MAIL")
        steps->last = QStringLiteral("MAIL FROM");
    else if (verb == "RCPT")
        steps->last = QStringLiteral("RCPT TO");
    else if (verb == "QUIT")
        return 0; // sent after a failure too: the step that failed came before it
    else if (!verb.isEmpty() && verb.size() <= 8)
        steps->last = QString::fromLatin1(verb);
    return 0;
}

CURLcode started()
{
    // Once per process; curl_global_init is thread-safe since 7.84 and the static makes it once.
    static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
    return result;
}
} // namespace

SmtpClient::SmtpClient(const DeliveryOptions& options)
    : m_options(options)
{
}

QString SmtpClient::url() const
{
    const bool ipv6 = QHostAddress(m_options.smtpHost).protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = ipv6 ? QLatin1Char('[') + m_options.smtpHost + QLatin1Char(']') : m_options.smtpHost;
    return QStringLiteral("%1://%2:%3")
        .arg(m_options.smtpImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), host)
        .arg(m_options.smtpPort);
}

QByteArray SmtpClient::trustedCertificates() const
{
    // The system's CAs as Qt finds them, and the extra ones, as one PEM bundle: what curl trusts is
    // then exactly what the webhook (through Qt) trusts.
    QByteArray pem;
    for (const QSslCertificate& certificate : QSslConfiguration::systemCaCertificates())
        pem += certificate.toPem();
    for (const QSslCertificate& certificate : m_options.extraCaCertificates)
        pem += certificate.toPem();
    return pem;
}

bool SmtpClient::send(const QString& to, const QByteArray& message, QString* reason)
{
    const std::unique_ptr<CURL, CurlDeleter> curl(started() == CURLE_OK ? curl_easy_init() : nullptr);
    if (!curl) {
        *reason = QStringLiteral("libcurl could not be started");
        return false;
    }
    CURL* handle = curl.get();
    const QByteArray address = url().toUtf8();
    const QByteArray from = '<' + m_options.smtpFromAddress().toUtf8() + '>';
    const std::unique_ptr<curl_slist, CurlDeleter> recipients(
        curl_slist_append(nullptr, ('<' + to.toUtf8() + '>').constData()));
    QByteArray certificates = trustedCertificates();
    curl_blob trusted { certificates.data(), size_t(certificates.size()), CURL_BLOB_NOCOPY };
    Upload upload { message };
    Steps steps;
    char error[CURL_ERROR_SIZE] = {};
    const QByteArray user = m_options.smtpUser.toUtf8();
    const QByteArray password = m_options.smtpPassword.toUtf8();

    curl_easy_setopt(handle, CURLOPT_URL, address.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // a worker thread: no SIGALRM for timeouts
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.timeoutMs));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, long(m_options.timeoutMs) * 2);
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     long(m_options.smtpStartTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    curl_easy_setopt(handle, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(handle, CURLOPT_CAINFO_BLOB, &trusted);
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    // The debug callback only sees the protocol steps; without VERBOSE curl does not call it.
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, followSteps);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &steps);
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);

    const CURLcode result = curl_easy_perform(handle);
    if (result == CURLE_OK)
        return true;
    long code = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
    const QString detail = QString::fromUtf8(error[0] ? error : curl_easy_strerror(result));
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        *reason = QStringLiteral("cannot connect to the SMTP server %1:%2: %3")
                      .arg(m_options.smtpHost)
                      .arg(m_options.smtpPort)
                      .arg(detail);
        return false;
    case CURLE_USE_SSL_FAILED:
        *reason = QStringLiteral("the SMTP server does not offer STARTTLS");
        return false;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        *reason
            = QStringLiteral("SMTP %1 failed: %2")
                  .arg(m_options.smtpStartTls ? QStringLiteral("STARTTLS") : QStringLiteral("TLS"), detail);
        return false;
    default:
        break;
    }
    if (code > 0) {
        // Only the code: the reply text may repeat the recipient.
        const QString step = steps.dataSent ? QStringLiteral("end of DATA") : steps.last;
        *reason = QStringLiteral("SMTP server answered %1 to %2").arg(code).arg(step);
    } else {
        *reason = QStringLiteral("SMTP delivery failed at %1: %2")
                      .arg(steps.last, QString::fromUtf8(curl_easy_strerror(result)));
    }
    return false;
}
