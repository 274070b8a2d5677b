// SPDX-License-Identifier: Apache-2.0
#include "HealthMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

AM_JSON_FIELDS(HealthResponse)
{
    io.string("status", status);
    io.string("version", version);
    io.dateTime("time", time, Qt::ISODateWithMs, 256);
}
