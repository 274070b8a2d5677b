// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticCheck.h"

QString DiagnosticCheck::statusWord() const
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("OK");
    case Status::Fail:
        return QStringLiteral("FAIL");
    case Status::Skip:
        break;
    }
    return QStringLiteral("SKIP");
}

QString DiagnosticCheck::toText() const
{
    QString text = QStringLiteral("%1 %2: %3").arg(statusWord(), name, detail);
    for (const QString& line : lines)
        text += QStringLiteral("\n    ") + line;
    return text;
}

QJsonObject DiagnosticCheck::toJson() const
{
    QJsonObject json = data;
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("status"), statusWord().toLower());
    json.insert(QStringLiteral("detail"), detail);
    return json;
}
