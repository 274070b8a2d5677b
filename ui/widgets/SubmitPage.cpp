// SPDX-License-Identifier: Apache-2.0
#include "SubmitPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "protocol/ApiError.h"

#include <QBoxLayout>
#include <QWizard>

SubmitPage::SubmitPage(QWidget* parent)
    : QWizardPage(parent)
    , m_pageError(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
{
    m_pageError->setObjectName(QStringLiteral("pageError"));
}

void SubmitPage::setBusy(bool busy, const QString& text)
{
    m_isBusy = busy;
    setInputsEnabled(!busy);
    if (busy) {
        clearErrors();
        m_busy->start(text.isEmpty() ? busyText() : text);
    } else {
        m_busy->stop();
        busyEnded();
    }
    emit completeChanged();
}

void SubmitPage::proceed()
{
    m_proceeding = true;
    wizard()->next();
    m_proceeding = false;
}

void SubmitPage::showError(const ApiError& error)
{
    if (error.code == ErrorCode::Cancelled)
        return;
    if (!showFieldError(error))
        m_pageError->showError(error);
    errorShown(error);
}

bool SubmitPage::isComplete() const
{
    return !m_isBusy && canSubmit();
}

bool SubmitPage::validatePage()
{
    if (m_proceeding)
        return true;
    if (m_isBusy || !checkInput())
        return false;
    if (m_submitLater)
        return true;
    submit();
    return false;
}

void SubmitPage::submit()
{
    emit submitted();
}

void SubmitPage::clearErrors()
{
    m_pageError->clear();
    for (ErrorLabel* label : std::as_const(m_fieldErrors)) {
        if (label)
            label->clear();
    }
}

void SubmitPage::setInputsEnabled(bool enabled)
{
    for (QWidget* input : std::as_const(m_inputs)) {
        if (input)
            input->setEnabled(enabled);
    }
}

QString SubmitPage::busyText() const
{
    return m_busyText ? m_busyText() : QString();
}

void SubmitPage::setInputs(std::initializer_list<QWidget*> inputs)
{
    m_inputs.clear();
    for (QWidget* input : inputs)
        m_inputs.append(input);
}

void SubmitPage::setFieldErrors(std::initializer_list<ErrorLabel*> labels)
{
    m_fieldErrors.clear();
    for (ErrorLabel* label : labels)
        m_fieldErrors.append(label);
}

bool SubmitPage::showFieldError(const ApiError&)
{
    return false;
}

void SubmitPage::frameLayout(QBoxLayout* layout)
{
    layout->insertWidget(0, m_pageError);
    layout->addWidget(m_busy);
}
