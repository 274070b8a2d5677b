// SPDX-License-Identifier: Apache-2.0
#include "ErrorsCommand.h"

#include "ErrorCatalogMarkdown.h"
#include "OutputFormatter.h"
#include "protocol/ErrorCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

void ErrorsCommand::run(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return;
    if (isSet(QStringLiteral("markdown"))) {
        // Byte for byte what the committed file holds: written raw, not through the formatter.
        std::fputs(ErrorCatalogMarkdown::generate().toUtf8().constData(), stdout);
        finish(0);
        return;
    }
    QJsonArray all;
    for (const ErrorCodeInfo* info = ErrorCatalog::begin(); info != ErrorCatalog::end(); ++info) {
        if (info->code == ErrorCode::None)
            continue;
        all.append(QJsonObject { { QStringLiteral("code"), QString::fromLatin1(info->wireName) },
                                 { QStringLiteral("httpStatus"), info->httpStatus },
                                 { QStringLiteral("message"), ErrorCatalog::userMessage(info->code) },
                                 { QStringLiteral("supportNote"), ErrorCatalog::supportNote(info->code) } });
        m_context->output->line(
            QStringLiteral("%1  %2  %3")
                .arg(QString::fromLatin1(info->wireName), -26)
                .arg(info->httpStatus ? QString::number(info->httpStatus) : QStringLiteral("-"), 3)
                .arg(ErrorCatalog::userMessage(info->code)));
    }
    m_context->output->set(QStringLiteral("errors"), all);
    finish(0);
}
