// SPDX-License-Identifier: Apache-2.0
#include "HttpReply.h"

#include <QJsonDocument>

HttpReply::HttpReply(int status)
    : m_status(status)
{
}

HttpReply::HttpReply(const QJsonObject& body, int status)
    : HttpReply(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                status)
{
}

HttpReply::HttpReply(const QByteArray& contentType, const QByteArray& body, int status)
    : m_status(status)
    , m_body(body)
{
    m_headers.append({ QByteArrayLiteral("Content-Type"), contentType });
}

void HttpReply::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (Header& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({ name, value });
}

bool HttpReply::hasHeader(const QByteArray& name) const
{
    for (const Header& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const Header& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}
