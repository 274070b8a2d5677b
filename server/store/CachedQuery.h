// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <optional>

// A prepared statement, from this thread's cache (Database::cached) when the connection is the
// thread's own, or prepared here for any other. It lets go of its rows (finish()) when it goes out
// of scope, so it keeps no read snapshot past the code that reads it. Bind by position
// (bindValue(0, …)): a reused statement may still hold the values of its last run. Not for a
// statement that may run while the same SQL is still open further up the stack.
class CachedQuery
{
public:
    CachedQuery(const QSqlDatabase& db, const QString& sql)
        : m_query(Database::cached(db, sql))
    {
        if (!m_query) {
            m_own.emplace(db);
            m_own->prepare(sql);
            m_query = &*m_own;
        }
    }
    ~CachedQuery() { m_query->finish(); }
    CachedQuery(const CachedQuery&) = delete;
    CachedQuery& operator=(const CachedQuery&) = delete;

    QSqlQuery* operator->() { return m_query; }
    QSqlQuery& operator*() { return *m_query; }

private:
    std::optional<QSqlQuery> m_own;
    QSqlQuery* m_query;
};
