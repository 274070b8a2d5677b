#include "AccountFlowTestHelpers.h"

#include "CodeEntryPage.h"
#include "NewPasswordPage.h"
#include "PasswordEdit.h"
#include "RegistrationTestHelpers.h"
#include "TestWait.h"
#include "api/AccountApi.h"

#include <QLineEdit>
#include <QTest>

namespace AccountFlowTestHelpers {

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
    TestWait::forCallback(
        [&](QObject* context, auto done) {
            api->signIn(request, context,
                        [&, done](const TokenResponse& tokens, const ApiError& signInError) {
                            result = tokens;
                            *error = signInError;
                            done();
                        });
        },
        20000);
    return result;
}

ApiError refresh(AccountApi* api, const QString& refreshToken)
{
    ApiError result(ErrorCode::Timeout);
    TestWait::forCallback(
        [&](QObject* context, auto done) {
            api->refresh(refreshToken, context, [&, done](const TokenResponse&, const ApiError& error) {
                result = error;
                done();
            });
        },
        20000);
    return result;
}

} // namespace AccountFlowTestHelpers
