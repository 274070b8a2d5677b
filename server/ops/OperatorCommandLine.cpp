// SPDX-License-Identifier: Apache-2.0
#include "OperatorCommandLine.h"

#include <QDir>

OperatorCommandLine::OperatorCommandLine(const QString& description)
    : m_dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"))
    , m_db(QStringLiteral("db"), QStringLiteral("Database (default DIR/accounts.sqlite)."),
           QStringLiteral("PATH"))
{
    setApplicationDescription(description);
    addHelpOption();
    addOption(m_dataDir);
    addOption(m_db);
}

bool OperatorCommandLine::hasDatabase() const
{
    return isSet(m_dataDir) || isSet(m_db);
}

QString OperatorCommandLine::dataDir() const
{
    return value(m_dataDir);
}

QString OperatorCommandLine::dbPath() const
{
    return isSet(m_db) ? value(m_db) : QDir(dataDir()).filePath(QStringLiteral("accounts.sqlite"));
}
