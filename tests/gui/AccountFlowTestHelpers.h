#pragma once

#include "protocol/SessionMessages.h"

#include <QPointer>
#include <QString>
#include <QTest>

class AccountApi;
class CodeEntryPage;
class NewPasswordPage;
class QWizard;
class TestServer;

// Driving the password change, recovery and contact change wizards as a user does, and checking
// what they did on the server: shared by their GUI tests.
namespace AccountFlowTestHelpers {
// The newest code with this purpose ("password-change", "recovery", "email-change",
// "phone-change") the server sent to destination; empty when none.
QString latestCode(TestServer* server, const QString& destination, const QString& purpose);
int messageCount(TestServer* server, const QString& destination, const QString& purpose);
// A six-digit code that is not `right`.
QString wrongCode(const QString& right);

// Types the code and clicks the wizard's button on the code page.
void enterCode(QWizard* wizard, CodeEntryPage* page, const QString& code);
// Types the new password twice (confirm may differ) and clicks the commit button.
void enterNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password,
                      const QString& confirm = {});

// Blocking calls for the side effects a second device sees.
TokenResponse signIn(AccountApi* api, const QString& login, const QString& password, const QString& deviceId,
                     ApiError* error);
ApiError refresh(AccountApi* api, const QString& refreshToken);

// Waits until a wizard with isBusy() has an answer (closed, or not busy any more).
template<typename Wizard> bool settled(Wizard* wizard)
{
    QPointer<Wizard> guard(wizard);
    return QTest::qWaitFor([&] { return !guard || !guard->isVisible() || !guard->isBusy(); }, 20000);
}
} // namespace AccountFlowTestHelpers
