// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

// The table of a data-driven test whose columns are all text: the column names once, then one row a
// line with its data tag first, instead of a QTest::addColumn a column and a newRow() chain that
// clang-format spreads over a line a cell. Header-only, so that the unit tests that link nothing of
// tests/support can use it too.
//
//     TestTable::strings({ "login", "key" }, {
//         { "email", " Anna@Example.COM ", "email:anna@example.com" },
//         { "phone", "+79123456789", "phone:+79123456789" },
//     });
//     …
//     QFETCH(QString, login);
namespace TestTable {

inline void strings(const QList<const char*>& columns, const QList<QStringList>& rows)
{
    for (const char* column : columns)
        QTest::addColumn<QString>(column);
    for (const QStringList& row : rows) {
        // A row that does not fill the columns is a mistake in the test, not a result.
        if (row.size() != columns.size() + 1)
            qFatal("TestTable: row \"%s\" has %lld cells for %lld columns", qPrintable(row.value(0)),
                   qlonglong(row.size() - 1), qlonglong(columns.size()));
        QTestData& data = QTest::newRow(row.first().toUtf8().constData());
        for (qsizetype i = 1; i < row.size(); ++i)
            data << row.at(i);
    }
}

} // namespace TestTable
