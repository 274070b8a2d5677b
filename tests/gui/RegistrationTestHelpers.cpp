#include "RegistrationTestHelpers.h"

#include "CaptchaWidget.h"
#include "PhoneNumberEdit.h"
#include "RegistrationDetailsPage.h"
#include "RegistrationWizard.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

namespace RegistrationTestHelpers {

void clickNext(QWizard* wizard)
{
    for (QWizard::WizardButton which :
         { QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton }) {
        QAbstractButton* button = wizard->button(which);
        if (button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
}

bool solveCaptcha(RegistrationWizard* wizard, TestServer* server)
{
    CaptchaWidget* captcha = wizard->detailsPage()->captcha();
    if (!QTest::qWaitFor([&] { return captcha->isLoaded(); }, 20000))
        return false;
    const QString answer = server->captchaAnswer(captcha->answer().id);
    if (answer.isEmpty())
        return false;
    captcha->answerEdit()->clear();
    QTest::keyClicks(captcha->answerEdit(), answer);
    return true;
}

bool fillDetails(RegistrationWizard* wizard, TestServer* server, RegistrationMethodPage::Method method,
                 const QString& contact, const QString& region)
{
    if (wizard->currentId() == RegistrationWizard::MethodPageId) {
        QTest::mouseClick(wizard->methodPage()->methodButton(method), Qt::LeftButton);
        clickNext(wizard);
    }
    if (wizard->currentId() != RegistrationWizard::DetailsPageId)
        return false;
    RegistrationDetailsPage* page = wizard->detailsPage();
    if (method == RegistrationMethodPage::Method::Email) {
        page->emailEdit()->clear();
        QTest::keyClicks(page->emailEdit(), contact);
    } else {
        page->phoneEdit()->setRegion(region);
        page->phoneEdit()->numberEdit()->clear();
        QTest::keyClicks(page->phoneEdit()->numberEdit(), contact);
    }
    return server ? solveCaptcha(wizard, server) : true;
}

} // namespace RegistrationTestHelpers
