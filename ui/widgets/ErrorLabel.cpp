// SPDX-License-Identifier: Apache-2.0
#include "ErrorLabel.h"

#include "StatusColors.h"
#include "protocol/ApiError.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace {

// An error is an alert to assistive technology (AT-SPI role "alert"): Orca and other screen
// readers speak an alert when it becomes showing, and read its name, which is the message.
QAccessibleInterface* alertInterface(const QString& className, QObject* object)
{
    if (className == QLatin1String("ErrorLabel") && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

ErrorLabel::ErrorLabel(QWidget* parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_reference(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    setAlarming(true);

    m_reference->setObjectName(QStringLiteral("errorReference"));
    m_reference->setTextFormat(Qt::PlainText);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reference->setCursor(Qt::IBeamCursor);
    QFont small = m_reference->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_reference->setFont(small);
    m_reference->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_message);
    layout->addWidget(m_reference);

    setVisible(false);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(alertInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
}

void ErrorLabel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitMessage();
}

void ErrorLabel::fitMessage()
{
    // A wrapped label's height depends on its width, which the wizard pages' layouts do not ask
    // for: without a minimum height a second line is cut off (long Russian messages). Set here,
    // the layout gives the message all its lines.
    // Hidden, the label has not been laid out yet and its width is a default (100 px): a height
    // for it would be many lines too tall and stretch the shown error around its text.
    if (!isVisible())
        return;
    const int height = m_message->width() > 0 ? m_message->heightForWidth(m_message->width()) : -1;
    if (height > 0 && height != m_message->minimumHeight())
        m_message->setMinimumHeight(height);
}

void ErrorLabel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_error)
        render();
}

void ErrorLabel::render()
{
    const QString message = m_custom ? m_custom() : m_error.userMessage();
    m_message->setText(m_addition.isEmpty() ? message : message + QLatin1Char(' ') + m_addition);
    //: Shown under an error message; %1 is the error code and request ID, e.g. "E-LOGIN-FAILED · 3f2a9c"
    m_reference->setText(tr("Reference: %1").arg(m_error.reference()));
    fitMessage();
    updateAccessibleText();
}

void ErrorLabel::updateAccessibleText()
{
    setAccessibleName(m_message->text());
    setAccessibleDescription(m_reference->text());
}

void ErrorLabel::announce()
{
    updateAccessibleText();
    // Showing the alert is what AT-SPI passes on; the Alert event is what Windows and macOS speak.
    if (isVisible()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void ErrorLabel::showError(const ApiError& error)
{
    showError(error, QString());
}

void ErrorLabel::showErrorAs(const ApiError& error, std::function<QString()> message)
{
    m_custom = std::move(message);
    present(error, QString());
}

void ErrorLabel::showError(const ApiError& error, const QString& addition)
{
    m_custom = nullptr;
    present(error, addition);
}

void ErrorLabel::present(const ApiError& error, const QString& addition)
{
    m_error = error;
    m_addition = addition;
    render();
    m_reference->setVisible(true);
    setAlarming(true);
    setVisible(true);
    announce();
}

void ErrorLabel::showNotice(const ApiError& error)
{
    showError(error);
    setAlarming(false);
}

void ErrorLabel::setAlarming(bool alarming)
{
    // A calm red, as light or dark as the palette needs for AA contrast.
    StatusColors::paint(m_message, alarming ? std::optional(StatusColors::Kind::Error) : std::nullopt);
}

void ErrorLabel::showMessage(const QString& message)
{
    m_error = ApiError();
    m_addition.clear();
    m_custom = nullptr;
    m_message->setText(message);
    m_reference->clear();
    m_reference->setVisible(false);
    setAlarming(true);
    // Named before it shows, so that what a screen reader hears on "showing" is the message.
    updateAccessibleText();
    setVisible(!message.isEmpty());
    fitMessage();
    if (!message.isEmpty())
        announce();
}

void ErrorLabel::setAlignment(Qt::Alignment alignment)
{
    m_message->setAlignment(alignment);
    m_reference->setAlignment(alignment);
}

void ErrorLabel::clear()
{
    showMessage(QString());
}

QString ErrorLabel::message() const
{
    return m_message->text();
}

QString ErrorLabel::reference() const
{
    return m_reference->isVisibleTo(this) ? m_reference->text() : QString();
}
