// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"
#include "protocol/RegistrationMessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>

// Asks for the code of a code challenge (registration now; recovery and changes later) until the
// server accepts one: an empty line asks for a new code once the server allows it, and until then
// says how many seconds are left.
class CodePrompt : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(const ApiError& error)>;
    using VerifyFunction = std::function<void(const QString& code, DoneCallback done)>;
    // The answer of a request that sends a code: the challenge, or the error.
    using ChallengeCallback = std::function<void(const CodeChallenge& challenge, const ApiError& error)>;
    using ResendFunction = std::function<void(ChallengeCallback done)>;

    CodePrompt(CommandContext* context, VerifyFunction verify, ResendFunction resend,
               QObject* parent = nullptr);

    // Ends in done({}) once a code was accepted, or done(error) when it cannot go on (E-CANCELLED
    // when stdin ended).
    void run(const CodeChallenge& challenge, DoneCallback done);

private:
    void announce();
    void ask();
    int secondsUntilResend() const;
    void resend();

    CommandContext* m_context;
    VerifyFunction m_verify;
    ResendFunction m_resend;
    CodeChallenge m_challenge;
    QElapsedTimer m_since; // since m_challenge came
    DoneCallback m_done;
};
