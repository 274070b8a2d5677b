// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/AccountMessages.h"
#include "protocol/ApiError.h"
#include "protocol/DeviceMessages.h"

#include <QJsonObject>
#include <QString>

// Where account-ctl's words go. Text mode: results on stdout, prompts, progress and errors on
// stderr. JSON mode (--json): stdout carries exactly one JSON object, written by flush(); errors
// become {"error":{code, message, requestId, field}}. Nothing secret may ever be passed in here.
class OutputFormatter
{
public:
    explicit OutputFormatter(bool json = false);

    bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // A result line on stdout (text mode only).
    void line(const QString& text);
    // "label: value" on stdout in text mode; key = value in the JSON object.
    void field(const QString& label, const QString& key, const QJsonValue& value);
    // Only in the JSON object (lists, booleans that need no text).
    void set(const QString& key, const QJsonValue& value);
    // Progress, notes and prompts' context: stderr in both modes, so stdout stays parseable.
    void note(const QString& text);
    // An error the command gets over (a wrong code, a weak password): its text, as a note.
    void note(const ApiError& error);

    // Account ID, email and phone masked, region: never an address in full.
    void accountProfile(const AccountProfile& profile);

    // "ID  kind  name  platform  last seen …": one line of `devices list`, and of the list an
    // E-DEVICES-STILL-BOUND carries.
    static QString deviceLine(const BoundDevice& device);

    // Text: the message and reference on stderr, then the devices an E-DEVICES-STILL-BOUND lists.
    // JSON: {"error":{code, message, requestId, field[, detail, until, devices]}}.
    void error(const ApiError& error);
    // Bad arguments or input: "E-USAGE" in JSON, which is no server code.
    void usageError(const QString& message);

    // JSON mode: prints the object once. Text mode: flushes.
    void flush();

    static QString errorText(const ApiError& error);

private:
    bool m_json;
    bool m_flushed = false;
    QJsonObject m_object;
};
