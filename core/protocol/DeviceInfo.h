// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QStringList>

// What a client says about itself when it signs in: {id, name, kind, platform}.
struct DeviceInfo
{
    QString id; // stable per installation, chosen by the client
    QString name; // "Anna's laptop"
    QString kind; // one of kinds()
    QString platform; // "Linux", "Windows 11", "Android 14"

    static const QStringList& kinds(); // computer, phone, tablet, band, watch, scale, other

    AM_JSON_MESSAGE(DeviceInfo);
};
