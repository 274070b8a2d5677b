// SPDX-License-Identifier: Apache-2.0
#include "ApiEndpoint.h"

#include <QUrl>

QString ApiEndpoint::pathWith(const QString& id) const
{
    QString result = QString::fromLatin1(path);
    result.replace(QLatin1String("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    return result;
}
