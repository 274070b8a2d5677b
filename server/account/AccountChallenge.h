// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QSqlDatabase>

class ChallengeStore;
class CodeSender;
struct Challenge;

// A code challenge that guards a change of the signed-in account (its password, email or phone,
// its deletion): open() stores it and sends its code, check() takes the answer {challengeId,
// code}. What the code is for, and where it goes, is the flow's to say.
class AccountChallenge
{
public:
    // Gives *challenge a new ID and the full lifetime, stores it and sends its code (not when it
    // is silent): None, or why not.
    static ApiError open(const CodeSender* sender, QSqlDatabase db, Challenge* challenge, qint64 now,
                         QString* logNote);
    // Finds the live challenge of this purpose and account that challengeId names and checks the
    // code for it (CodeCheck: a wrong one is counted, a right one is not used up). None with
    // *challenge filled in, E-CHALLENGE-NOT-FOUND at challengeId, or the code's error.
    static ApiError check(ChallengeStore& store, const QString& purpose, qint64 accountId,
                          const QString& challengeId, const QString& code, qint64 now, Challenge* challenge);
    // Uses the checked challenge up (ChallengeStore::finish): None for exactly one of racing
    // requests, E-CHALLENGE-NOT-FOUND at challengeId for the others.
    static ApiError finish(ChallengeStore& store, const Challenge& challenge, qint64 now);
    // check(), then finish(), for a change made at once.
    static ApiError claim(ChallengeStore& store, const QString& purpose, qint64 accountId,
                          const QString& challengeId, const QString& code, qint64 now, Challenge* challenge);
};
