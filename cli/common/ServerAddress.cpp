// SPDX-License-Identifier: Apache-2.0
#include "ServerAddress.h"

QUrl ServerAddress::parse(const QString& text, QString* problem)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        // Tokens only ever travel over TLS: http:// is refused like any malformed address.
        *problem = QStringLiteral("--server needs an https:// address, not \"%1\".").arg(text);
        return {};
    }
    return url;
}

QString ServerAddress::hostAndPort(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
}
