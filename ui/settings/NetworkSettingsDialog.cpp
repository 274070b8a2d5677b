// SPDX-License-Identifier: Apache-2.0
#include "NetworkSettingsDialog.h"

#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "network/NetworkProxy.h"
#include "protocol/ApiError.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"
#include "ui_NetworkSettingsDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

NetworkSettingsDialog::NetworkSettingsDialog(AccountSettings* settings, TokenStore* keychain, AccountApi* api,
                                             QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_api(api)
    , m_ui(std::make_unique<Ui::NetworkSettingsDialog>())
    , m_modes(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    m_modes->addButton(m_ui->system, int(ProxySettings::Mode::System));
    m_modes->addButton(m_ui->none, int(ProxySettings::Mode::None));
    m_modes->addButton(m_ui->manual, int(ProxySettings::Mode::Manual));
    m_ui->proxyType->addItem(QStringLiteral("SOCKS5"), int(ProxySettings::Type::Socks5));
    m_ui->proxyType->addItem(QStringLiteral("HTTP"), int(ProxySettings::Type::Http));

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateEnabled();
    });
    connect(m_ui->proxyHost, &QLineEdit::textChanged, m_ui->proxyHostError, &ErrorLabel::clear);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &NetworkSettingsDialog::reject);
    Retranslator::follow(this, [this] { retranslateUi(); });
    load(m_settings->proxy());
}

NetworkSettingsDialog::~NetworkSettingsDialog() = default;

QComboBox* NetworkSettingsDialog::typeBox() const
{
    return m_ui->proxyType;
}

QLineEdit* NetworkSettingsDialog::hostEdit() const
{
    return m_ui->proxyHost;
}

QSpinBox* NetworkSettingsDialog::portBox() const
{
    return m_ui->proxyPort;
}

QLineEdit* NetworkSettingsDialog::userEdit() const
{
    return m_ui->proxyUser;
}

PasswordEdit* NetworkSettingsDialog::passwordEdit() const
{
    return m_ui->proxyPassword;
}

ErrorLabel* NetworkSettingsDialog::hostError() const
{
    return m_ui->proxyHostError;
}

ErrorLabel* NetworkSettingsDialog::pageError() const
{
    return m_ui->pageError;
}

void NetworkSettingsDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    //: The button that saves the network settings and closes the dialog
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
}

QRadioButton* NetworkSettingsDialog::modeButton(ProxySettings::Mode mode) const
{
    return qobject_cast<QRadioButton*>(m_modes->button(int(mode)));
}

void NetworkSettingsDialog::load(const ProxySettings& proxy)
{
    modeButton(proxy.mode)->setChecked(true);
    m_ui->proxyType->setCurrentIndex(m_ui->proxyType->findData(int(proxy.type)));
    m_ui->proxyHost->setText(proxy.host);
    if (proxy.port > 0)
        m_ui->proxyPort->setValue(proxy.port);
    m_ui->proxyUser->setText(proxy.user);
    updateEnabled();
    if (!proxy.needsPassword())
        return;
    // The stored password, shown masked, so that OK keeps it.
    m_keychain->readProxyPassword(proxy.host, proxy.port, this,
                                  [this](const QString& password, const ApiError&) {
                                      if (m_ui->proxyPassword->text().isEmpty())
                                          m_ui->proxyPassword->setText(password);
                                  });
}

void NetworkSettingsDialog::updateEnabled()
{
    m_ui->manualBox->setEnabled(m_ui->manual->isChecked() && !m_busy);
}

ProxySettings NetworkSettingsDialog::chosen() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_modes->checkedId());
    proxy.type = ProxySettings::Type(m_ui->proxyType->currentData().toInt());
    proxy.host = m_ui->proxyHost->text().trimmed();
    proxy.port = quint16(m_ui->proxyPort->value());
    proxy.user = m_ui->proxyUser->text().trimmed();
    return proxy;
}

void NetworkSettingsDialog::accept()
{
    if (m_busy)
        return;
    m_ui->pageError->clear();
    const ProxySettings proxy = chosen();
    if (proxy.mode == ProxySettings::Mode::Manual && proxy.host.isEmpty()) {
        m_ui->proxyHostError->showMessage(tr("Enter the proxy's host name or address."));
        m_ui->proxyHost->setFocus();
        return;
    }
    if (!proxy.needsPassword()) {
        finish(proxy);
        return;
    }
    m_busy = true;
    updateEnabled();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_keychain->writeProxyPassword(proxy.host, proxy.port, m_ui->proxyPassword->text(), this,
                                   [this, proxy](const ApiError& error) {
                                       m_busy = false;
                                       updateEnabled();
                                       m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                                       if (error) {
                                           m_ui->pageError->showError(error);
                                           return;
                                       }
                                       finish(proxy);
                                   });
}

void NetworkSettingsDialog::finish(const ProxySettings& proxy)
{
    m_settings->setProxy(proxy);
    NetworkProxy::applyNow(proxy, m_api, m_ui->proxyPassword->text());
    emit applied(proxy);
    QDialog::accept();
}
