// SPDX-License-Identifier: Apache-2.0
#include "DevicesPage.h"

#include "BusyIndicator.h"
#include "DeviceListWidget.h"
#include "DeviceUnbinder.h"
#include "ErrorLabel.h"
#include "PasswordConfirmDialog.h"
#include "Retranslator.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DevicesPage::DevicesPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new DeviceListWidget(this))
    , m_unbinder(new DeviceUnbinder(session, this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_refresh(new QPushButton(this))
    , m_signOutOthers(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    QLabel* intro = m_intro;
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("devicesError"));
    m_refresh->setObjectName(QStringLiteral("refreshDevices"));
    m_signOutOthers->setObjectName(QStringLiteral("signOutOthers"));
    m_note->setObjectName(QStringLiteral("devicesNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addStretch();
    bottom->addWidget(m_signOutOthers);
    bottom->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &DevicesPage::reload);
    connect(m_signOutOthers, &QPushButton::clicked, this, &DevicesPage::signOutOthers);
    connect(m_list, &DeviceListWidget::actionRequested, this, &DevicesPage::rowAction);
    connect(m_unbinder, &DeviceUnbinder::unbound, m_list, &DeviceListWidget::removeDevice);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void DevicesPage::retranslateUi()
{
    //: Loads the list of devices again
    m_refresh->setText(tr("&Refresh"));
    m_intro->setText(tr("Devices signed in to your account. Unbind one you no longer use or have "
                        "sold: it is signed out, and only your password lets it back in."));
    m_list->setPlaceholderText(tr("No devices are bound to your account."));
    //: Ends the sessions of every other device (they stay bound); asks for the password first
    m_signOutOthers->setText(tr("Sign &Out on All Other Devices…"));
    if (m_note->isVisibleTo(this))
        m_note->setText(signedOutNote());
}

QString DevicesPage::signedOutNote()
{
    return tr("You have been signed out on all other devices. They stay bound: your password signs them in "
              "again.");
}

PasswordConfirmDialog* DevicesPage::signOutOthers()
{
    if (m_signOutDialog)
        m_signOutDialog->close();
    m_note->hide();
    m_signOutDialog = new PasswordConfirmDialog(this);
    m_signOutDialog->setObjectName(QStringLiteral("signOutOthersDialog"));
    m_signOutDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signOutDialog->setWindowTitle(tr("Sign Out on All Other Devices"));
    m_signOutDialog->setMessage(
        tr("Every other phone, tablet, band, scale and computer signed in to your "
           "account will be signed out. They stay bound to it, and your password signs "
           "them in again. Do this if you think someone else is signed in.\n\n"
           "Enter your account password to confirm that you are the owner."));
    //: The button that signs out the other devices after the password is typed
    m_signOutDialog->setActionText(tr("Sign Out"));
    connect(m_signOutDialog, &PasswordConfirmDialog::confirmed, this, &DevicesPage::sendSignOutOthers);
    m_signOutDialog->open();
    return m_signOutDialog;
}

void DevicesPage::sendSignOutOthers(const QString& password)
{
    QPointer<PasswordConfirmDialog> dialog = m_signOutDialog;
    dialog->setBusy(true, tr("Signing out the other devices…"));
    m_session->signOutOtherDevices(password, this, [this, dialog](const ApiError& error) {
        if (dialog)
            dialog->setBusy(false);
        if (error) {
            if (dialog)
                dialog->showError(error);
            return;
        }
        if (dialog)
            dialog->accept();
        m_note->setText(signedOutNote());
        m_note->show();
    });
}

void DevicesPage::reload()
{
    if (m_loading || !m_session->isSignedIn())
        return;
    m_loading = true;
    m_error->clear();
    m_refresh->setEnabled(false);
    m_busy->start(tr("Loading devices…"));
    m_session->devices(this, [this](const DeviceList& list, const ApiError& error) {
        m_loading = false;
        m_refresh->setEnabled(true);
        m_busy->stop();
        if (error) {
            // What was shown stays: stale is better than blank.
            m_error->showError(error);
            return;
        }
        m_list->setDevices(list.devices);
        emit loaded(list.devices.size());
    });
}

void DevicesPage::clear()
{
    m_list->setDevices({});
    m_error->clear();
}

void DevicesPage::rowAction(const BoundDevice& device)
{
    if (device.current)
        emit signOutRequested();
    else
        m_unbinder->unbind(device);
}
