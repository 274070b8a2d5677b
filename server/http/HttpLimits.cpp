// SPDX-License-Identifier: Apache-2.0
#include "HttpLimits.h"

#include <QCommandLineParser>
#include <sys/resource.h>

namespace {
struct NumberOption
{
    const char* name;
    const char* description;
    int HttpLimits::*field;
    int minimum;
    int maximum;
};

const NumberOption kNumbers[] = {
    { "max-header-bytes", "Largest request line and headers, in bytes (default 16384).",
      &HttpLimits::maxHeaderBytes, 1024, 1024 * 1024 },
    { "max-header-fields", "Most header fields of one request (default 64).", &HttpLimits::maxHeaderFields, 8,
      1000 },
    { "max-body-bytes", "Largest request body, in bytes (default 65536).", &HttpLimits::maxBodyBytes, 1024,
      16 * 1024 * 1024 },
    { "request-timeout", "Seconds a request's headers or body may stall (default 10).",
      &HttpLimits::requestTimeout, 1, 3600 },
    { "idle-timeout", "Seconds a kept-alive connection may wait for the next request (default 60).",
      &HttpLimits::idleTimeout, 1, 3600 },
    { "max-connections-per-address", "Open connections of one client address (default 64).",
      &HttpLimits::connectionsPerAddress, 1, 100000 },
    { "max-connections", "Open connections in all (default: below the file-descriptor limit).",
      &HttpLimits::maxConnections, 0, 1000000 },
};
} // namespace

void HttpLimits::addOptions(QCommandLineParser* parser)
{
    for (const NumberOption& number : kNumbers)
        parser->addOption(QCommandLineOption(QString::fromLatin1(number.name),
                                             QString::fromLatin1(number.description), QStringLiteral("N")));
    parser->addOption(QCommandLineOption(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A proxy (address or CIDR; repeat or separate by commas) whose X-Forwarded-For "
                       "names the client."),
        QStringLiteral("CIDR")));
}

bool HttpLimits::read(const QCommandLineParser& parser, QString* error)
{
    for (const NumberOption& number : kNumbers) {
        const QString name = QString::fromLatin1(number.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < number.minimum || value > number.maximum) {
            *error = QStringLiteral("--%1 wants a number from %2 to %3")
                         .arg(name)
                         .arg(number.minimum)
                         .arg(number.maximum);
            return false;
        }
        this->*number.field = value;
    }
    for (const QString& values : parser.values(QStringLiteral("trusted-proxy"))) {
        for (const QString& value : values.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(value.trimmed());
            if (subnet.first.isNull() && QHostAddress(value.trimmed()).isNull()) {
                *error = QStringLiteral("--trusted-proxy wants an address or CIDR, e.g. 10.0.0.0/8, not %1")
                             .arg(value);
                return false;
            }
            if (subnet.first.isNull()) {
                const QHostAddress address(value.trimmed());
                subnet = { address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32 };
            }
            trustedProxies.append(subnet);
        }
    }
    return true;
}

bool HttpLimits::isTrustedProxy(const QHostAddress& address) const
{
    for (const auto& subnet : trustedProxies) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

int HttpLimits::connectionCap() const
{
    if (maxConnections > 0)
        return maxConnections;
    // Each connection is one descriptor; the database, the log, the outbox, the listening socket
    // and the worker threads' connections need some too.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 1024;
    const long long usable = (long long)(limit.rlim_cur) - 256;
    return int(qBound(16LL, usable, 100000LL));
}
