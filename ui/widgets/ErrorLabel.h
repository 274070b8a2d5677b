// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ApiError.h"

#include <QWidget>
#include <functional>

class QLabel;

// An error as the user sees it: the translated message and, for errors that came from the
// server or the network, a small selectable "Reference: E-… · requestId" line that the user
// can read out or paste to support. Hidden while there is nothing to say.
class ErrorLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void showError(const ApiError& error);
    // The same with a sentence of the app's own after the message (which rules a password broke).
    void showError(const ApiError& error, const QString& addition);
    // The same with the caller's own message in place of the catalog's (a limit said in the
    // flow's words, "once an hour"), asked again on a language change; the reference stays.
    void showErrorAs(const ApiError& error, std::function<QString()> message);
    // The same, in the normal text colour: for errors that only ask the user to do something
    // (type the captcha), which red would make look like a failure.
    void showNotice(const ApiError& error);
    // A message of the app's own (a field left empty): no reference to give.
    void showMessage(const QString& message);
    void clear();
    void setAlignment(Qt::Alignment alignment);

    QString message() const;
    QString reference() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setAlarming(bool alarming);
    void fitMessage();

    void present(const ApiError& error, const QString& addition);
    void render();
    // The message is the accessible name, the reference the description; announce() also tells
    // assistive technology that an error appeared.
    void updateAccessibleText();
    void announce();

    QLabel* m_message;
    QLabel* m_reference;
    // What is shown, so that a language change renders it again: an error from the core (its
    // message comes from ErrorCatalog at display time) or none (a message of the caller's own).
    ApiError m_error;
    QString m_addition;
    std::function<QString()> m_custom; // showErrorAs()'s message, null otherwise
};
