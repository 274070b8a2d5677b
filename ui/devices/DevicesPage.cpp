// SPDX-License-Identifier: Apache-2.0
#include "DevicesPage.h"

#include "BusyIndicator.h"
#include "DeviceListWidget.h"
#include "DeviceUnbinder.h"
#include "ErrorLabel.h"
#include "PasswordConfirmDialog.h"
#include "Retranslator.h"
#include "session/Session.h"
#include "ui_DevicesPage.h"

#include <QPushButton>

DevicesPage::DevicesPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::DevicesPage>())
    , m_unbinder(new DeviceUnbinder(session, this))
{
    m_ui->setupUi(this);

    connect(m_ui->refreshDevices, &QPushButton::clicked, this, &DevicesPage::reload);
    connect(m_ui->signOutOthers, &QPushButton::clicked, this, &DevicesPage::signOutOthers);
    connect(m_ui->deviceList, &DeviceListWidget::actionRequested, this, &DevicesPage::rowAction);
    connect(m_unbinder, &DeviceUnbinder::unbound, m_ui->deviceList, &DeviceListWidget::removeDevice);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

DevicesPage::~DevicesPage() = default;

DeviceListWidget* DevicesPage::list() const
{
    return m_ui->deviceList;
}

QPushButton* DevicesPage::refreshButton() const
{
    return m_ui->refreshDevices;
}

QPushButton* DevicesPage::signOutOthersButton() const
{
    return m_ui->signOutOthers;
}

QLabel* DevicesPage::noteLabel() const
{
    return m_ui->devicesNote;
}

ErrorLabel* DevicesPage::errorLabel() const
{
    return m_ui->devicesError;
}

void DevicesPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    if (m_ui->devicesNote->isVisibleTo(this))
        m_ui->devicesNote->setText(signedOutNote());
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
    m_ui->devicesNote->hide();
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
        m_ui->devicesNote->setText(signedOutNote());
        m_ui->devicesNote->show();
    });
}

void DevicesPage::reload()
{
    if (m_loading || !m_session->isSignedIn())
        return;
    m_loading = true;
    m_ui->devicesError->clear();
    m_ui->refreshDevices->setEnabled(false);
    m_ui->busy->start(tr("Loading devices…"));
    m_session->devices(this, [this](const DeviceList& list, const ApiError& error) {
        m_loading = false;
        m_ui->refreshDevices->setEnabled(true);
        m_ui->busy->stop();
        if (error) {
            // What was shown stays: stale is better than blank.
            m_ui->devicesError->showError(error);
            return;
        }
        m_ui->deviceList->setDevices(list.devices);
        emit loaded(list.devices.size());
    });
}

void DevicesPage::clear()
{
    m_ui->deviceList->setDevices({});
    m_ui->devicesError->clear();
}

void DevicesPage::rowAction(const BoundDevice& device)
{
    if (device.current)
        emit signOutRequested();
    else
        m_unbinder->unbind(device);
}
