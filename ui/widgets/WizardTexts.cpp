#include "WizardTexts.h"

#include <QCoreApplication>
#include <QWizard>

namespace WizardTexts {
void retranslateStandardButtons(QWizard* wizard)
{
    // Qt's own texts for the classic and modern styles, looked up in Qt's translation (qtbase_*.qm).
    const struct
    {
        QWizard::WizardButton button;
        const char* text;
    } buttons[] = {
        { QWizard::BackButton, "< &Back" },  { QWizard::NextButton, "&Next >" },
        { QWizard::CommitButton, "Commit" }, { QWizard::FinishButton, "&Finish" },
        { QWizard::CancelButton, "Cancel" }, { QWizard::HelpButton, "&Help" },
    };
    for (const auto& entry : buttons)
        wizard->setButtonText(entry.button, QCoreApplication::translate("QWizard", entry.text));
}
} // namespace WizardTexts
