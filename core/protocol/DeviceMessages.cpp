// SPDX-License-Identifier: Apache-2.0
#include "DeviceMessages.h"

#include "DeviceInfo.h"
#include "JsonReader.h"
#include "JsonWriter.h"

AM_JSON_FIELDS(BoundDevice)
{
    io.string("id", id, 64);
    io.string("name", name, 100);
    io.string("kind", kind, 16);
    // Platform may be empty for a device an operator added without one.
    io.optionalString("platform", platform, 100, WhenEmpty::Write);
    io.dateTime("firstSeen", firstSeen);
    io.dateTime("lastSeen", lastSeen);
    io.boolean("current", current);
    // A kind this client does not know yet is shown as "other" rather than refused.
    if constexpr (Io::isReader) {
        if (io.ok() && !DeviceInfo::kinds().contains(kind))
            kind = QStringLiteral("other");
    }
}

AM_JSON_FIELDS(DeviceList)
{
    io.objectList("devices", devices);
}

AM_JSON_FIELDS(UnbindDeviceRequest)
{
    io.string("password", password, 1024);
}

AM_JSON_FIELDS(DeleteAccountRequest)
{
    io.string("password", password, 1024);
    io.string("challengeId", challengeId, 64);
    io.string("code", code, 16);
    io.optionalObject("twoStep", twoStep);
}
