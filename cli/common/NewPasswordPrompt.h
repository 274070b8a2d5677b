// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"
#include "protocol/ApiError.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// Asks for a new password twice, hidden, and checks it against the password policy (the same code
// the server runs) before anything is sent; explains each broken rule and asks again.
class NewPasswordPrompt : public QObject
{
    Q_OBJECT

public:
    // The password, or std::nullopt with E-CANCELLED when stdin ended (as the other prompts answer).
    using Callback = std::function<void(const std::optional<QString>& password, const ApiError& error)>;

    explicit NewPasswordPrompt(CommandContext* context, QObject* parent = nullptr);

    // login: the email, phone or ID the password must not equal.
    void ask(const QString& login, Callback callback);

private:
    void confirm(const QString& login, const QString& first, Callback callback);

    CommandContext* m_context;
};
