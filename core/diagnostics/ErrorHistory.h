// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorRecord.h"
#include "protocol/ApiError.h"

#include <QList>
#include <QMutex>
#include <QString>

// The last errors of this installation, newest first, for the diagnostics report: kept in memory
// and in a small JSON file in the app's data folder (error-history.json), so that they survive
// the restart a user tries first. AccountApi feeds global() with every failed request except
// cancellations. Nothing secret is kept (see ErrorRecord).
class AccountApi;

class ErrorHistory
{
public:
    // file: where to persist; empty keeps it in memory only.
    explicit ErrorHistory(QString file = {}, int capacity = 20);

    // The process's history, AppDataLocation/error-history.json, loaded on first use.
    static ErrorHistory& global();
    static QString defaultFile();

    void record(const ApiError& error, const QString& method, const QString& path);
    void record(const ErrorRecord& record);
    QList<ErrorRecord> records() const; // newest first
    void clear();
    QString file() const { return m_file; }

    // Records every failed request of `api` (not the cancelled ones) in global(): what the app and
    // account-ctl do at start, so the API itself knows nothing of the history.
    static void follow(AccountApi* api);

private:
    void loadLocked();
    void saveLocked() const;

    QString m_file;
    int m_capacity;
    bool m_loaded = false;
    mutable QMutex m_mutex;
    QList<ErrorRecord> m_records;
};
