// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaMessages.h"
#include "ErrorCode.h"

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
    // The answer of a fresh, unchecked captcha spoken (CaptchaSpeaker) into wav. Each fetch counts:
    // past kMaxAudioPlays E-RATE-LIMITED, so that one captcha cannot be sampled again and again for
    // a machine to average out the variation; unknown, expired or checked: E-CAPTCHA-NOT-FOUND.
    ErrorCode audio(QSqlDatabase db, const QString& id, QByteArray* wav);

    static constexpr int kMaxAudioPlays = 3;

private:
    Outbox* m_outbox;
    bool m_writeAnswers;
    int m_ttlSeconds;
};
