// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QString>

// A QR code drawn for a screen: libqrencode's modules as square blocks of whole device pixels
// (no smoothing, so a phone's camera sees sharp edges), black on white whatever the theme, with
// the four-module quiet zone the standard asks for around it.
class QrCode
{
public:
    // Encodes text (UTF-8, byte mode, error correction M). Null when it cannot be encoded.
    static QrCode encode(const QString& text);

    bool isNull() const { return m_width == 0; }
    // Modules a side, without the quiet zone.
    int width() const { return m_width; }
    bool isDark(int x, int y) const;

    // The code with its quiet zone, as close to `side` pixels a side as whole-pixel modules allow
    // (never smaller than one pixel a module). A null image for a null code.
    QImage image(int side) const;

    static constexpr int kQuietZone = 4; // modules of white on each side (ISO/IEC 18004)

private:
    int m_width = 0;
    QByteArray m_modules; // m_width * m_width bytes, bit 0 set for a dark module
};
