#pragma once

#include "RegistrationMethodPage.h"

#include <QString>

class QWizard;
class RegistrationWizard;
class TestServer;

// Driving the sign-up wizard as a user does: shared by the registration GUI tests.
namespace RegistrationTestHelpers {
// Clicks whichever of Next, Commit ("Create Account") and Finish ("Done") the wizard shows.
void clickNext(QWizard* wizard);
// Picks the method, then types the contact and, once the picture is there, the captcha answer
// the test server wrote to its outbox. On the details page afterwards, nothing sent yet.
bool fillDetails(RegistrationWizard* wizard, TestServer* server, RegistrationMethodPage::Method method,
                 const QString& contact, const QString& region = QStringLiteral("RU"));
// Types the captcha answer for the picture shown now.
bool solveCaptcha(RegistrationWizard* wizard, TestServer* server);
} // namespace RegistrationTestHelpers
