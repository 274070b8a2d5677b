#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

class CaptchaService;
struct RequestInfo;

// POST /v1/sessions. Runs on a worker thread (one Argon2id check is tens of milliseconds), with
// that thread's database connection, and applies the captcha and lock rules of LoginThrottle.
class SignInHandler
{
public:
    SignInHandler(CaptchaService* captchas, int accessTokenTtl);
    QHttpServerResponse handle(const RequestInfo& request, const QJsonObject& body) const;

private:
    CaptchaService* m_captchas;
    int m_accessTokenTtl;
};
