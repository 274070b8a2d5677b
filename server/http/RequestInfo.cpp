// SPDX-License-Identifier: Apache-2.0
#include "RequestInfo.h"

#include <sodium.h>

QByteArray RequestInfo::newRequestId()
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    return QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
}

QString RequestInfo::bearerToken() const
{
    static const QByteArray prefix = "bearer ";
    if (authorization.size() <= prefix.size() || authorization.left(prefix.size()).toLower() != prefix)
        return {};
    return QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
}
