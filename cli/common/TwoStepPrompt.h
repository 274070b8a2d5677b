// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"
#include "protocol/ApiError.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// The code of two-step verification, asked for when the server answers E-TWO-STEP-REQUIRED (a
// sign-in, a recovery's completion, a deletion) or refuses the code given: a code from the
// authenticator app or a backup code, read hidden (a backup code is a password of its own).
// --two-step-code (CommandOption::twoStepCode()) gives it to scripts; it is tried once, as a
// script cannot type another.
class TwoStepPrompt : public QObject
{
    Q_OBJECT

public:
    // The code, or std::nullopt with the error to end with (stdin ended: E-CANCELLED; the code of
    // --two-step-code refused: the server's answer).
    using Callback = std::function<void(const std::optional<QString>& code, const ApiError& error)>;

    TwoStepPrompt(CommandContext* context, const QString& givenCode, QObject* parent = nullptr);

    // Whether this answer is about the two-step code: E-TWO-STEP-REQUIRED, or, once a code was
    // sent, the server's refusal of it (a wrong code names the field "twoStep…").
    bool concerns(const ApiError& error) const;
    void ask(const ApiError& reason, Callback callback);

private:
    void promptLine(Callback callback);

    CommandContext* m_context;
    QString m_givenCode;
    bool m_givenCodeUsed = false;
    bool m_sent = false; // a code went to the server at least once
};
