// SPDX-License-Identifier: Apache-2.0
#include "QrCode.h"

#include <algorithm>
#include <qrencode.h>

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest that fits; case-sensitive byte mode, as an otpauth:// URI needs.
    QRcode* encoded = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!encoded)
        return code;
    code.m_width = encoded->width;
    code.m_modules
        = QByteArray(reinterpret_cast<const char*>(encoded->data), encoded->width * encoded->width);
    QRcode_free(encoded);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return (m_modules.at(y * m_width + x) & 1) != 0;
}

QImage QrCode::image(int side) const
{
    if (isNull())
        return {};
    const int modules = m_width + 2 * kQuietZone;
    const int scale = qMax(1, side / modules);
    const int pixels = modules * scale;
    QImage image(pixels, pixels, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + kQuietZone) * scale;
            const int top = (y + kQuietZone) * scale;
            for (int row = top; row < top + scale; ++row) {
                uchar* line = image.scanLine(row);
                std::fill(line + left, line + left + scale, uchar(0));
            }
        }
    }
    return image;
}
