// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

// The --server option: the same rule as the app's (an https:// URL with a host), and the default.
class ServerAddress
{
public:
    static QString defaultUrl() { return QStringLiteral("https://127.0.0.1:8443"); }
    // The parsed URL, or an invalid QUrl with *problem saying why.
    static QUrl parse(const QString& text, QString* problem);
    // "127.0.0.1:8443"
    static QString hostAndPort(const QUrl& url);
};
