// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Shared by the fuzz targets: how raw bytes become the strings our code receives. Outside text comes
// in as UTF-8 (network, clipboard, files), so that is the main reading; invalid sequences become
// U+FFFD exactly as they would in the app and the server.
namespace FuzzInput {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline QString utf8(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A property the code promises was broken: abort, so libFuzzer saves the input as a crash.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace FuzzInput
