// SPDX-License-Identifier: Apache-2.0
#include "ApiRoundTrips.h"

#include "TestServer.h"
#include "api/AccountApi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <functional>

namespace {
const QString kPassword = QStringLiteral("Bench-Passw0rd-2026");

DeviceInfo benchDevice()
{
    DeviceInfo device;
    device.id = QStringLiteral("bench-api-device");
    device.name = QStringLiteral("Bench computer");
    device.kind = QStringLiteral("computer");
    device.platform = QStringLiteral("Linux");
    return device;
}

// Runs one request (send() calls done() from the reply's callback) and returns its time in ms.
double timed(const std::function<void(std::function<void()>)>& send)
{
    QEventLoop loop;
    bool finished = false;
    QElapsedTimer clock;
    clock.start();
    send([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}
} // namespace

ApiRoundTrips::ApiRoundTrips(AccountApi* api, TestServer* server)
    : m_api(api)
    , m_server(server)
{
}

bool ApiRoundTrips::run(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        if (!round(i))
            return false;
    }
    return true;
}

QString ApiRoundTrips::latestCode(const QString& destination) const
{
    const QList<QJsonObject> entries = m_server->outboxEntries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->value(QStringLiteral("destination")).toString() == destination)
            return it->value(QStringLiteral("code")).toString();
    }
    return {};
}

bool ApiRoundTrips::round(int index)
{
    QObject context;
    ApiError error;
    const auto check = [&](const char* step) {
        if (error)
            m_error = QStringLiteral("%1: %2").arg(QLatin1String(step), error.wireName());
        return !error;
    };

    m_steps[QStringLiteral("health")].add(timed([&](auto done) {
        m_api->health(&context, [&, done](const HealthResponse&, const ApiError& e) {
            error = e;
            done();
        });
    }));
    if (!check("health"))
        return false;

    CaptchaResponse captcha;
    m_steps[QStringLiteral("captcha")].add(timed([&](auto done) {
        m_api->captcha(&context, [&, done](const CaptchaResponse& r, const ApiError& e) {
            captcha = r;
            error = e;
            done();
        });
    }));
    if (!check("captcha"))
        return false;

    StartRegistrationRequest start;
    start.method = QStringLiteral("email");
    start.email = QStringLiteral("bench%1.%2@example.com").arg(index).arg(QCoreApplication::applicationPid());
    start.region = QStringLiteral("RU");
    start.captcha.id = captcha.captchaId;
    start.captcha.answer = m_server->captchaAnswer(captcha.captchaId);
    CodeChallenge challenge;
    m_steps[QStringLiteral("registration start (code sent)")].add(timed([&](auto done) {
        m_api->startRegistration(start, &context, [&, done](const CodeChallenge& r, const ApiError& e) {
            challenge = r;
            error = e;
            done();
        });
    }));
    if (!check("registration start"))
        return false;

    const QString code = latestCode(start.email);
    m_steps[QStringLiteral("registration code check")].add(timed([&](auto done) {
        m_api->verifyRegistration(challenge.id, code, &context, [&, done](const ApiError& e) {
            error = e;
            done();
        });
    }));
    if (!check("registration verify"))
        return false;

    CompleteRegistrationRequest complete;
    complete.password = kPassword;
    complete.device = benchDevice();
    TokenResponse tokens;
    m_steps[QStringLiteral("registration complete (hash)")].add(timed([&](auto done) {
        m_api->completeRegistration(challenge.id, complete, &context,
                                    [&, done](const TokenResponse& r, const ApiError& e) {
                                        tokens = r;
                                        error = e;
                                        done();
                                    });
    }));
    if (!check("registration complete"))
        return false;

    SignInRequest signIn;
    signIn.login = start.email;
    signIn.password = kPassword;
    signIn.device = benchDevice();
    m_steps[QStringLiteral("sign-in (hash)")].add(timed([&](auto done) {
        m_api->signIn(signIn, &context, [&, done](const TokenResponse& r, const ApiError& e) {
            tokens = r;
            error = e;
            done();
        });
    }));
    if (!check("sign-in"))
        return false;

    m_steps[QStringLiteral("profile")].add(timed([&](auto done) {
        m_api->account(tokens.accessToken, &context, [&, done](const AccountProfile&, const ApiError& e) {
            error = e;
            done();
        });
    }));
    if (!check("profile"))
        return false;

    m_steps[QStringLiteral("token refresh")].add(timed([&](auto done) {
        m_api->refresh(tokens.refreshToken, &context, [&, done](const TokenResponse& r, const ApiError& e) {
            tokens = r;
            error = e;
            done();
        });
    }));
    if (!check("refresh"))
        return false;

    m_steps[QStringLiteral("sign-out")].add(timed([&](auto done) {
        m_api->signOut(tokens.accessToken, &context, [&, done](const ApiError& e) {
            error = e;
            done();
        });
    }));
    return check("sign-out");
}
