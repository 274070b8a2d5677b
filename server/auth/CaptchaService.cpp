// SPDX-License-Identifier: Apache-2.0
#include "CaptchaService.h"

#include "CaptchaRenderer.h"
#include "CaptchaSpeaker.h"
#include "Outbox.h"
#include "RequestInfo.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

CaptchaService::CaptchaService(Outbox* outbox, bool writeAnswersToOutbox, int ttlSeconds)
    : m_outbox(outbox)
    , m_writeAnswers(writeAnswersToOutbox)
    , m_ttlSeconds(ttlSeconds)
{
}

CaptchaResponse CaptchaService::create(QSqlDatabase db)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Old captchas are of no use to anyone; drop them here rather than in a timer.
    QSqlQuery cleanup(db);
    cleanup.prepare(QStringLiteral("DELETE FROM captchas WHERE expires_at < ?"));
    cleanup.addBindValue(now - 3600 * 1000);
    cleanup.exec();

    CaptchaResponse response;
    const QString text = CaptchaRenderer::randomText();
    const QString id = QString::fromLatin1(RequestInfo::newRequestId());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO captchas (id, answer, expires_at) VALUES (?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(text);
    insert.addBindValue(now + qint64(m_ttlSeconds) * 1000);
    if (!insert.exec())
        return response;
    response.captchaId = id;
    response.image = CaptchaRenderer::renderPng(text);
    if (m_writeAnswers) {
        m_outbox->append({ { QStringLiteral("channel"), QStringLiteral("captcha") },
                           { QStringLiteral("captchaId"), id },
                           { QStringLiteral("answer"), text } });
    }
    return response;
}

bool CaptchaService::check(QSqlDatabase db, const CaptchaAnswer& answer)
{
    // Claim first: of two requests with the same captcha only one gets to compare.
    QSqlQuery claim(db);
    claim.prepare(QStringLiteral("UPDATE captchas SET used = 1 WHERE id = ? AND used = 0"));
    claim.addBindValue(answer.id);
    if (!claim.exec() || claim.numRowsAffected() != 1)
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT answer, expires_at FROM captchas WHERE id = ?"));
    query.addBindValue(answer.id);
    if (!query.exec() || !query.next())
        return false;
    if (query.value(1).toLongLong() <= QDateTime::currentMSecsSinceEpoch())
        return false;
    return query.value(0).toString().compare(answer.answer.trimmed(), Qt::CaseInsensitive) == 0;
}

ErrorCode CaptchaService::audio(QSqlDatabase db, const QString& id, QByteArray* wav)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Counted in the same statement that checks the limit: of racing fetches only kMaxAudioPlays win.
    QSqlQuery claim(db);
    claim.prepare(QStringLiteral("UPDATE captchas SET audio_plays = audio_plays + 1 "
                                 "WHERE id = ? AND used = 0 AND expires_at > ? AND audio_plays < ?"));
    claim.addBindValue(id);
    claim.addBindValue(now);
    claim.addBindValue(kMaxAudioPlays);
    if (!claim.exec())
        return ErrorCode::Internal;
    if (claim.numRowsAffected() != 1) {
        QSqlQuery state(db);
        state.prepare(QStringLiteral("SELECT 1 FROM captchas WHERE id = ? AND used = 0 AND expires_at > ?"));
        state.addBindValue(id);
        state.addBindValue(now);
        if (!state.exec())
            return ErrorCode::Internal;
        return state.next() ? ErrorCode::RateLimited : ErrorCode::CaptchaNotFound;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT answer FROM captchas WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return ErrorCode::CaptchaNotFound;
    *wav = CaptchaSpeaker::renderWav(query.value(0).toString());
    return wav->isEmpty() ? ErrorCode::Internal : ErrorCode::None;
}
