// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <initializer_list>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class QBoxLayout;

// A wizard page whose Next sends a request. Next checks what was typed (checkInput shows each
// problem at its field) and then submits: the page emits its request signal, the wizard asks the
// server and answers with showError() or proceed(). While the request runs the page is busy: its
// inputs are off, so is Next, and the busy indicator says what is happening. Nothing typed is
// lost on an error.
class SubmitPage : public QWizardPage
{
    Q_OBJECT

public:
    // text: what the indicator says; empty for the page's own busyText().
    void setBusy(bool busy, const QString& text = {});
    bool isBusy() const { return m_isBusy; }
    // The server took the request: on to the next page, without asking this one again.
    void proceed();
    // An answer of the server: at the field it concerns (showFieldError), otherwise above the
    // form. E-CANCELLED shows nothing: the user asked for it.
    void showError(const ApiError& error);

    // When a later page sends the request (the sign-in's captcha page), Next here only checks
    // the input and moves on.
    void setSubmitLater(bool later) { m_submitLater = later; }

    bool isComplete() const override;
    bool validatePage() override;

    ErrorLabel* pageError() const { return m_pageError; }
    BusyIndicator* busyIndicator() const { return m_busy; }

signals:
    void submitted();

protected:
    explicit SubmitPage(QWidget* parent = nullptr);

    // Checks the input, with a message at each field that is wrong; false keeps the page.
    virtual bool checkInput() { return true; }
    // Sends the request: emits submitted() unless a page has a signal that carries its value.
    virtual void submit();
    // Whether Next may be pressed when not busy (a box to tick, a code still alive).
    virtual bool canSubmit() const { return true; }
    // What the indicator says while busy, in the current language (setBusyText).
    virtual QString busyText() const;
    // Turns the page's inputs off while busy; by default those of setInputs().
    virtual void setInputsEnabled(bool enabled);
    // Removes the messages of the last attempt: pageError and those of setFieldErrors().
    virtual void clearErrors();

    // For a page built from a form: its layout gets the page's error at the top and the busy
    // indicator at the bottom, where every submit page shows them.
    void frameLayout(QBoxLayout* layout);
    // What most pages only need to name: their inputs, the labels under them, the busy text
    // (a function, so that it follows the language: [] { return tr("Signing in…"); }).
    void setInputs(std::initializer_list<QWidget*> inputs);
    void setFieldErrors(std::initializer_list<ErrorLabel*> labels);
    void setBusyText(std::function<QString()> text) { m_busyText = std::move(text); }
    // Shows an error at one of the page's fields; false when it concerns none of them.
    virtual bool showFieldError(const ApiError& error);
    // After an error is shown: a page can put the focus where the user must act.
    virtual void errorShown(const ApiError& error) { Q_UNUSED(error) }
    // Called when a busy time ends: a page can put the focus back.
    virtual void busyEnded() { }

private:
    ErrorLabel* m_pageError;
    BusyIndicator* m_busy;
    QList<QPointer<QWidget>> m_inputs;
    QList<QPointer<ErrorLabel>> m_fieldErrors;
    std::function<QString()> m_busyText;
    bool m_isBusy = false;
    bool m_proceeding = false;
    bool m_submitLater = false;
};
