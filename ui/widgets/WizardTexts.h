#pragma once

class QWizard;

// QWizard names its standard buttons (Back, Next, Cancel...) once, in the language of the
// moment, and does not rename them on QEvent::LanguageChange: the wizards call this from their
// retranslateUi() before setting their own button texts.
namespace WizardTexts {
void retranslateStandardButtons(QWizard* wizard);
} // namespace WizardTexts
