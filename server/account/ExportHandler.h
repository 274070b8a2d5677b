// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

#include <QJsonObject>

class Caller;
struct ExportRequest;
struct RequestInfo;

// POST /v1/account/export: everything the server holds about the signed-in account, as a JSON
// attachment: the account, its devices, its sessions (device and times, never a token), its
// activity. Never a password hash, token, code or secret: those are simply not read. The password
// is asked again (PasswordRecheck: wrong ones count towards the sign-in lock), and an account
// exports at most once an hour (table account_exports), as each export is a full copy of it.
// Runs on a worker thread (Argon2id).
class ExportHandler
{
public:
    static constexpr qint64 kIntervalMs = 3600 * 1000;

    static HttpReply exportAccount(const RequestInfo& request, const ExportRequest& exportRequest,
                                   const Caller& caller);

private:
    static QJsonObject document(const Caller& caller);
};
