// SPDX-License-Identifier: Apache-2.0
#include "ErrorCatalogMarkdown.h"

#include "protocol/ErrorCode.h"

namespace {
QString cell(const char* text)
{
    // A '|' would end the table cell; line breaks would end the row.
    return QString::fromUtf8(text)
        .replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

QString ErrorCatalogMarkdown::generate()
{
    QString text = QStringLiteral(
        "# Error codes\n"
        "\n"
        "<!-- Generated from ErrorCatalog (core/protocol/ErrorCode.cpp) by\n"
        "     `account-ctl errors --markdown > docs/errors.md`. Do not edit by hand: the CTest test\n"
        "     cli_errors_doc fails when this file differs from the catalog. -->\n"
        "\n"
        "Every error the server or the app can report, by its wire name. Users see the message "
        "(translated);\n"
        "support staff ask for the code and the request ID shown with it (`E-LOGIN-LOCKED · 3f2a9c…`) and\n"
        "find the request in the server log. `account-ctl explain CODE` prints one entry.\n"
        "HTTP `—` marks errors the client makes itself, without an answer from the server.\n"
        "\n"
        "| Code | HTTP | What the user reads | Support note |\n"
        "| --- | --- | --- | --- |\n");
    for (const ErrorCodeInfo* info = ErrorCatalog::begin(); info != ErrorCatalog::end(); ++info) {
        if (info->code == ErrorCode::None)
            continue;
        const QString status = info->httpStatus ? QString::number(info->httpStatus) : QStringLiteral("—");
        text += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                    .arg(QString::fromLatin1(info->wireName), status, cell(info->userMessage),
                         cell(info->supportNote));
    }
    return text;
}
