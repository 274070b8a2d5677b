// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"

class QJsonObject;

// `export`: everything the server holds about the signed-in account, saved as the JSON document the
// server sends. The password is asked again; the file is readable by its owner only (0600) and an
// existing one is kept unless --force. The server allows one export an hour.
class ExportCommand : public PasswordCommand
{
    Q_OBJECT

public:
    explicit ExportCommand(CommandContext* context);

private:
    bool readArguments(const QStringList& arguments) override;
    void withPassword(const QString& password) override;
    void save(const QJsonObject& document);

    QString m_output; // --output, checked
};
