// SPDX-License-Identifier: Apache-2.0
#include "DeviceInfo.h"

#include "JsonReader.h"
#include "JsonWriter.h"

const QStringList& DeviceInfo::kinds()
{
    static const QStringList list { QStringLiteral("computer"), QStringLiteral("phone"),
                                    QStringLiteral("tablet"),   QStringLiteral("band"),
                                    QStringLiteral("watch"),    QStringLiteral("scale"),
                                    QStringLiteral("other") };
    return list;
}

AM_JSON_FIELDS(DeviceInfo)
{
    io.string("id", id, 64);
    io.string("name", name, 100);
    io.string("kind", kind, 16);
    io.string("platform", platform, 100);
    // The kind is checked once every field is read: a missing field is told before an odd kind.
    if constexpr (Io::isReader) {
        if (io.ok() && !kinds().contains(kind))
            io.fail(ErrorCode::InvalidField, "kind");
    }
}
