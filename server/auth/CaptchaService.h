// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaMessages.h"

#include <QSqlDatabase>

class Outbox;

// Captchas in the database: made on request, valid for a few minutes, single use. In test mode
// each answer also goes to the outbox so tests can solve them.
class CaptchaService
{
public:
    CaptchaService(Outbox* outbox, bool writeAnswersToOutbox, int ttlSeconds);

    // Empty captchaId when it could not be stored.
    CaptchaResponse create(QSqlDatabase db);
    // Consumes the captcha whatever the answer; true when it existed, was fresh and matches
    // (case-insensitively).
    bool check(QSqlDatabase db, const CaptchaAnswer& answer);

private:
    Outbox* m_outbox;
    bool m_writeAnswers;
    int m_ttlSeconds;
};
