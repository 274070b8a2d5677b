// SPDX-License-Identifier: Apache-2.0
#include "ExportCommand.h"

#include "OutputFormatter.h"
#include "session/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

ExportCommand::ExportCommand(CommandContext* context)
    : PasswordCommand(context, QStringLiteral("export its data"))
{
}

bool ExportCommand::readArguments(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return false;
    m_output = value(QStringLiteral("output")).trimmed();
    if (m_output.isEmpty()) {
        failUsage(QStringLiteral("export needs --output FILE."));
        return false;
    }
    // Said before the password and the server's hourly export are spent on it.
    if (QFileInfo::exists(m_output) && !isSet(QStringLiteral("force"))) {
        failUsage(QStringLiteral("%1 exists; --force overwrites it.").arg(m_output));
        return false;
    }
    return true;
}

void ExportCommand::withPassword(const QString& password)
{
    m_context->output->note(QStringLiteral("Exporting…"));
    m_context->session->exportAccount(
        password, this, orFail<QJsonObject>([this](const QJsonObject& document) { save(document); }));
}

void ExportCommand::save(const QJsonObject& document)
{
    QFile file(m_output);
    // Created owner-only, never readable by others for a moment; an existing file (--force) is
    // made so too before anything is written to it.
    const QIODevice::OpenMode mode
        = QIODevice::WriteOnly | (isSet(QStringLiteral("force")) ? QIODevice::Truncate : QIODevice::NewOnly);
    if (!file.open(mode, kOwnerOnly) || !file.setPermissions(kOwnerOnly)) {
        failUsage(QStringLiteral("Cannot write %1: %2").arg(m_output, file.errorString()));
        return;
    }
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.close();
        file.remove(); // half an export is of no use
        failUsage(QStringLiteral("Cannot write %1: %2").arg(m_output, file.errorString()));
        return;
    }
    file.close();
    m_context->output->line(QStringLiteral("Saved the account's data to %1.").arg(m_output));
    m_context->output->set(QStringLiteral("output"), QFileInfo(m_output).absoluteFilePath());
    finish(0);
}
