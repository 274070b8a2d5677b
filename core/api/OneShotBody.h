// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once only. Qt sends a request again by itself when the connection
// closes before any answer, which is harmless for a GET but not for a POST the server may already have
// acted on (a sign-in counted, a code sent, a refresh token spent). Qt can only resend what it can
// rewind: this body cannot be rewound, so a second send fails as a network error and the caller
// decides whether to try again. (A plain QIODevice: Qt reads a QBuffer's bytes directly and could
// rewind those.) Send it with QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
