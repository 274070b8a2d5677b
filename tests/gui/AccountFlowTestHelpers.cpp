#include "AccountFlowTestHelpers.h"

#include "CodeEntryPage.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "RegistrationTestHelpers.h"
#include "TestServer.h"
#include "api/AccountApi.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>

namespace AccountFlowTestHelpers {

QString latestCode(TestServer* server, const QString& destination, const QString& purpose)
{
    const QList<QJsonObject> entries = server->outboxEntries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->value(QStringLiteral("purpose")).toString() == purpose
            && it->value(QStringLiteral("destination")).toString() == destination)
            return it->value(QStringLiteral("code")).toString();
    }
    return {};
}

int messageCount(TestServer* server, const QString& destination, const QString& purpose)
{
    int count = 0;
    for (const QJsonObject& entry : server->outboxEntries()) {
        if (entry.value(QStringLiteral("purpose")).toString() == purpose
            && entry.value(QStringLiteral("destination")).toString() == destination)
            ++count;
    }
    return count;
}

QString wrongCode(const QString& right)
{
    return right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

void enterCode(QWizard* wizard, CodeEntryPage* page, const QString& code)
{
    page->codeEdit()->clear();
    QTest::keyClicks(page->codeEdit(), code);
    RegistrationTestHelpers::clickNext(wizard);
}

void enterNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password, const QString& confirm)
{
    page->passwordEdit()->clear();
    QTest::keyClicks(page->passwordEdit(), password);
    page->confirmEdit()->clear();
    QTest::keyClicks(page->confirmEdit(), confirm.isEmpty() ? password : confirm);
    RegistrationTestHelpers::clickNext(wizard);
}

TokenResponse signIn(AccountApi* api, const QString& login, const QString& password, const QString& deviceId,
                     ApiError* error)
{
    SignInRequest request;
    request.login = login;
    request.password = password;
    request.device.id = deviceId;
    request.device.name = QStringLiteral("Second phone");
    request.device.kind = QStringLiteral("phone");
    request.device.platform = QStringLiteral("Android 14");
    TokenResponse result;
    bool done = false;
    QEventLoop loop;
    api->signIn(request, &loop, [&](const TokenResponse& tokens, const ApiError& signInError) {
        result = tokens;
        *error = signInError;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

ApiError refresh(AccountApi* api, const QString& refreshToken)
{
    ApiError result(ErrorCode::Timeout);
    bool done = false;
    QEventLoop loop;
    api->refresh(refreshToken, &loop, [&](const TokenResponse&, const ApiError& error) {
        result = error;
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

} // namespace AccountFlowTestHelpers
