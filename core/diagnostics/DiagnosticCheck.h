// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One step of the diagnostics: "OK TLS: TLS 1.3, TLS_AES_256_GCM_SHA384, certificate chain trusted"
// with more lines under it (the chain) and the same facts as data for JSON.
struct DiagnosticCheck
{
    enum class Status { Ok, Fail, Skip };

    QString name; // "server URL", "TCP", "TLS", "health", "keychain", "accounts"
    Status status = Status::Skip;
    QString detail;
    QStringList lines; // more detail, one item a line
    QJsonObject data; // name-specific facts ("certificates", "roundTripMs", ...)

    QString statusWord() const; // "OK", "FAIL", "SKIP"
    QString toText() const; // the line and the indented lines under it
    QJsonObject toJson() const; // data plus name, status ("ok", "fail", "skip") and detail
};
