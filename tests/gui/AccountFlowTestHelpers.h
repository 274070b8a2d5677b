#pragma once

#include "protocol/SessionMessages.h"

#include <QString>

class AccountApi;
class CodeEntryPage;
class NewPasswordPage;
class QWizard;

// Driving the password change, recovery and contact change wizards as a user does, and checking
// what they did on the server: shared by their GUI tests.
namespace AccountFlowTestHelpers {

// Types the code and clicks the wizard's button on the code page.
void enterCode(QWizard* wizard, CodeEntryPage* page, const QString& code);
// Types the new password twice (confirm may differ) and clicks the commit button.
void enterNewPassword(QWizard* wizard, NewPasswordPage* page, const QString& password,
                      const QString& confirm = {});

// Blocking calls for the side effects a second device sees.
TokenResponse signIn(AccountApi* api, const QString& login, const QString& password, const QString& deviceId,
                     ApiError* error);
ApiError refresh(AccountApi* api, const QString& refreshToken);
} // namespace AccountFlowTestHelpers
