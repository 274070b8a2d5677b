// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// The code part of anything that proves ownership of an email address or phone with a code: a
// registration, a password change, a recovery, an email or phone change. The rules are the same
// for all (VerificationStore, CodeSender, CodeCheck): single-use 6-digit codes living 10 minutes,
// 5 tries each, resends at least a minute apart and at most 5 an hour per destination.
// Times are milliseconds since the epoch, 0 when unset.
struct VerificationState
{
    static constexpr int kLifetimeSeconds = 30 * 60; // of the whole challenge
    static constexpr int kLinkLifetimeSeconds = 10 * 60; // of an emailed link: it sits in a mailbox
    static constexpr int kMaxCodeAttempts = 5;
    // Codes sent to one destination, counted apart for the flows anyone can start (registration,
    // recovery: "open") and those only the owner can (new device, password, contact, deletion:
    // "owner"), so a stranger's recoveries never use up the owner's own codes.
    static constexpr int kSendsPerHour = 5;
    static constexpr int kSendsPerDay = 10;
    static constexpr int kSendsPerRecovery = 3; // the first code and two resends

    QString id; // 32 hex characters
    QString purpose; // what the message says: "registration", "password-change", "recovery", …
    QString channel; // "email" or "sms"
    QString destination; // normalized email or E.164 phone
    QByteArray codeHash; // empty once the code is used, dead or was never delivered
    qint64 codeExpiresAt = 0;
    int codeAttempts = 0; // wrong codes entered for the current code
    QByteArray linkHash; // registrations by email only
    qint64 linkExpiresAt = 0;
    qint64 lastSentAt = 0;
    // A stand-in that must look real from outside (recovery for an unknown login): everything is
    // done and stored as usual, but nothing is handed to delivery.
    bool silent = false;
};
