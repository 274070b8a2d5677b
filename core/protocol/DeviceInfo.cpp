// SPDX-License-Identifier: Apache-2.0
#include "DeviceInfo.h"

#include "JsonReader.h"

const QStringList& DeviceInfo::kinds()
{
    static const QStringList list { QStringLiteral("computer"), QStringLiteral("phone"),
                                    QStringLiteral("tablet"),   QStringLiteral("band"),
                                    QStringLiteral("watch"),    QStringLiteral("scale"),
                                    QStringLiteral("other") };
    return list;
}

QJsonObject DeviceInfo::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("platform"), platform } };
}

DeviceInfo DeviceInfo::read(JsonReader& reader)
{
    DeviceInfo result;
    result.id = reader.string("id", 64);
    result.name = reader.string("name", 100);
    result.kind = reader.string("kind", 16);
    result.platform = reader.string("platform", 100);
    if (reader.ok() && !kinds().contains(result.kind))
        reader.fail(ErrorCode::InvalidField, "kind");
    return result;
}
