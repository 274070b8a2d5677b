// SPDX-License-Identifier: Apache-2.0
#include "ExplainCommand.h"

#include "OutputFormatter.h"
#include "protocol/ErrorCode.h"

void ExplainCommand::run(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        failUsage(QStringLiteral("explain needs one error code, e.g. E-LOGIN-LOCKED."));
        return;
    }
    // Screenshots get retyped: accept "login-locked" and "e-login-locked" too.
    QString name = arguments.first().trimmed().toUpper();
    if (!name.startsWith(QLatin1String("E-")))
        name.prepend(QLatin1String("E-"));
    const ErrorCode code = ErrorCatalog::fromWireName(name);
    // fromWireName maps unknown names to E-INTERNAL; only an exact match is an answer.
    if (code == ErrorCode::None || ErrorCatalog::wireName(code) != name) {
        failUsage(QStringLiteral("Unknown error code \"%1\". account-ctl errors lists them all.")
                      .arg(arguments.first()));
        return;
    }
    OutputFormatter* out = m_context->output;
    const int status = ErrorCatalog::httpStatus(code);
    out->field(QStringLiteral("Code"), QStringLiteral("code"), name);
    out->field(QStringLiteral("HTTP status"), QStringLiteral("httpStatus"),
               status ? QJsonValue(status) : QJsonValue(QStringLiteral("none (reported by the client)")));
    if (out->isJson())
        out->set(QStringLiteral("httpStatus"), status ? QJsonValue(status) : QJsonValue(QJsonValue::Null));
    out->field(QStringLiteral("User message"), QStringLiteral("message"), ErrorCatalog::userMessage(code));
    out->field(QStringLiteral("Support note"), QStringLiteral("supportNote"),
               ErrorCatalog::supportNote(code));
    finish(0);
}
