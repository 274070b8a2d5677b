// SPDX-License-Identifier: Apache-2.0
#include "RecoveryStarter.h"

#include "AccountStore.h"
#include "CaptchaService.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "RecoveryLimiter.h"
#include "RecoveryMessages.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "VerificationSecret.h"

#include <QDateTime>

RecoveryStarter::RecoveryStarter(CaptchaService* captchas, const CodeSender* sender)
    : m_captchas(captchas)
    , m_sender(sender)
{
}

void RecoveryStarter::fakeChoices(const QString& loginKey, Challenge* challenge)
{
    const QString value = loginKey.section(QLatin1Char(':'), 1);
    if (loginKey.startsWith(QLatin1String("email:"))) {
        challenge->choiceEmail = value;
        return;
    }
    if (loginKey.startsWith(QLatin1String("phone:"))) {
        challenge->choicePhone = value;
        return;
    }
    // Keyed, so nobody can tell a made-up mask from a real one by recomputing it.
    const QByteArray bytes = VerificationSecret::hash(QStringLiteral("fake-recovery"), loginKey);
    static const char* const domains[] = { "gmail.com", "mail.ru", "yandex.ru", "outlook.com" };
    auto byte = [&bytes](int i) { return uchar(bytes.at(i % bytes.size())); };
    challenge->choiceEmail = QStringLiteral("%1%2@%3")
                                 .arg(QLatin1Char(char('a' + byte(0) % 26)))
                                 .arg(byte(1) * 256 + byte(2))
                                 .arg(QLatin1String(domains[byte(3) % 4]));
    QString phone = QStringLiteral("+79");
    for (int i = 0; i < 9; ++i)
        phone += QLatin1Char(char('0' + byte(4 + i) % 10));
    challenge->choicePhone = phone;
}

HttpReply RecoveryStarter::start(const RequestInfo& request, const StartRecoveryRequest& start) const
{
    const QString loginKey = AccountStore::normalizeLogin(start.login);
    // Only the form is judged here, never whether an account has it.
    if (loginKey.startsWith(QLatin1String("other:")))
        return Replies::error(ErrorCode::InvalidField, request, QStringLiteral("login"));

    QSqlDatabase db = Database::connection();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecoveryLimiter limiter(db);
    const QString addressKey = QStringLiteral("addr:") + request.remoteAddress.toString();
    if (const QDateTime until = limiter.limitedUntil(loginKey, addressKey, now); until.isValid()) {
        ApiError error(ErrorCode::RateLimited);
        error.until = until;
        return Replies::error(error, request);
    }
    if (!m_captchas->check(db, start.captcha))
        return Replies::error(ErrorCode::CaptchaWrong, request, QStringLiteral("captcha.answer"));
    // The check above answers early; this one, atomic with the insert, is what holds the limit
    // against racing requests.
    if (const QDateTime until = limiter.record(loginKey, addressKey, now); until.isValid()) {
        ApiError error(ErrorCode::RateLimited);
        error.until = until;
        return Replies::error(error, request);
    }

    Challenge challenge;
    challenge.id = QString::fromLatin1(RequestInfo::newRequestId());
    challenge.purpose = QStringLiteral("recovery");
    challenge.expiresAt = now + qint64(Challenge::kLifetimeSeconds) * 1000;
    if (const std::optional<Account> account = AccountStore(db).findByLogin(loginKey)) {
        challenge.accountId = account->id;
        // An email or a phone number typed in gets the code itself, and is the only choice: offering
        // the account's other contact would tell a stranger that an account has this address (and
        // has a phone too), where an unknown address gets one choice. The account ID, which says
        // nothing of its contacts, offers what is bound.
        if (!loginKey.startsWith(QLatin1String("phone:")))
            challenge.choiceEmail = account->email;
        if (!loginKey.startsWith(QLatin1String("email:")))
            challenge.choicePhone = account->phone;
    } else {
        fakeChoices(loginKey, &challenge);
        challenge.silent = true;
    }
    QString via = start.via;
    if (via.isEmpty() && (challenge.choiceEmail.isEmpty() || challenge.choicePhone.isEmpty()))
        via = challenge.choiceEmail.isEmpty() ? QStringLiteral("phone") : QStringLiteral("email");
    const QString destination = via == QLatin1String("email") ? challenge.choiceEmail : challenge.choicePhone;
    if (!via.isEmpty() && destination.isEmpty())
        return Replies::error(ErrorCode::InvalidField, request, QStringLiteral("via"));
    if (!via.isEmpty()) {
        challenge.channel = via == QLatin1String("email") ? QStringLiteral("email") : QStringLiteral("sms");
        challenge.destination = destination;
    }
    ChallengeStore store(db);
    if (!store.create(challenge, now))
        return Replies::error(ErrorCode::Internal, request);

    RecoveryStart reply;
    reply.id = challenge.id;
    if (!challenge.choicePhone.isEmpty())
        reply.choices.append(
            { QStringLiteral("phone"), CodeSender::mask(QStringLiteral("sms"), challenge.choicePhone) });
    if (!challenge.choiceEmail.isEmpty())
        reply.choices.append(
            { QStringLiteral("email"), CodeSender::mask(QStringLiteral("email"), challenge.choiceEmail) });
    if (challenge.hasDestination()) {
        VerificationStore codes = store.codes();
        if (const ApiError sendError = m_sender->send(codes, &challenge, now, &request.logNote))
            return Replies::error(sendError, request);
        reply.sent = m_sender->challenge(challenge, now);
    }
    return Replies::json(reply.toJson(), request, 201);
}
