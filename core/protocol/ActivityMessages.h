// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// The account's activity (issue #20): what happened to it, kept by the server for 180 days, and
// the export of everything it holds about the account. The paths and field names are a contract
// other clients test against: never rename one.

// The device an event happened on, as it was named then: {name, kind, platform}.
struct ActivityDevice
{
    QString name;
    QString kind;
    QString platform;

    bool isEmpty() const { return name.isEmpty() && kind.isEmpty() && platform.isEmpty(); }

    AM_JSON_MESSAGE(ActivityDevice);
};

// One event: {type, time, device?, address, count?}. address is the client's with its last part
// hidden ("203.0.113.x", "2001:db8::x"); count only on "sign-in-failed" (failures in that hour,
// time being the first of them).
struct ActivityEvent
{
    QString type; // one of types()
    QDateTime time; // UTC, milliseconds
    ActivityDevice device; // empty where the event has none (a recovery)
    QString address;
    int count = 1;

    // sign-in, sign-in-failed, new-device-verified, password-changed, password-recovered,
    // email-changed, phone-changed, device-unbound, signed-out-everywhere (DELETE
    // /v1/sessions/others), two-step-enabled, two-step-disabled.
    static const QStringList& types();

    AM_JSON_MESSAGE(ActivityEvent);
};

// GET /v1/account/activity?before=TIME&limit=N (signed in) -> {events: [ActivityEvent], next}:
// newest first; next is the `before` of the following page, null when there is none.
struct ActivityPage
{
    QList<ActivityEvent> events;
    QDateTime next; // invalid: null, no more

    AM_JSON_MESSAGE(ActivityPage);
};

// The query of GET /v1/account/activity: before (an ISO 8601 time, exclusive; absent: now) and
// limit (1…kMaxLimit, kDefaultLimit when absent). A bad value is E-FIELD-INVALID at its name.
struct ActivityQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 100;

    QDateTime before; // invalid: from the newest
    int limit = kDefaultLimit;

    QUrlQuery toQuery() const;
    static ActivityQuery fromQuery(const QString& query, ApiError* error);
};

// POST /v1/account/export (signed in): {password} -> 200, the export as an attachment
// (account-<ID>-export.json): {exportedAt, account, devices, sessions, activity}. At most one an
// hour per account (E-RATE-LIMITED with until); a wrong password is E-PASSWORD-WRONG.
struct ExportRequest
{
    QString password;

    AM_JSON_MESSAGE(ExportRequest);
};
