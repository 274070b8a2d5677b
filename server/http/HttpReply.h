// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer as the handlers make it: a status, a body and its headers. A plain value, so a
// handler can make it on any thread and HttpListener writes it on the connection's own.
class HttpReply
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    explicit HttpReply(int status = 204);
    HttpReply(const QJsonObject& body, int status);
    HttpReply(const QByteArray& contentType, const QByteArray& body, int status);

    int statusCode() const { return m_status; }
    const QByteArray& data() const { return m_body; }
    const QList<Header>& headers() const { return m_headers; }
    // Replaces a header of the same name (case-insensitive), or adds it.
    void setHeader(const QByteArray& name, const QByteArray& value);
    bool hasHeader(const QByteArray& name) const;
    QByteArray header(const QByteArray& name) const;

private:
    int m_status;
    QByteArray m_body;
    QList<Header> m_headers;
};
