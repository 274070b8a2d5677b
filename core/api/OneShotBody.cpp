// SPDX-License-Identifier: Apache-2.0
#include "OneShotBody.h"

#include <cstring>

OneShotBody::OneShotBody(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}
