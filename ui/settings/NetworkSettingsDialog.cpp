// SPDX-License-Identifier: Apache-2.0
#include "NetworkSettingsDialog.h"

#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "network/NetworkProxy.h"
#include "protocol/ApiError.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

NetworkSettingsDialog::NetworkSettingsDialog(AccountSettings* settings, TokenStore* keychain, AccountApi* api,
                                             QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_api(api)
    , m_intro(new QLabel(this))
    , m_pageError(new ErrorLabel(this))
    , m_modes(new QButtonGroup(this))
    , m_system(new QRadioButton(this))
    , m_none(new QRadioButton(this))
    , m_manual(new QRadioButton(this))
    , m_manualBox(new QGroupBox(this))
    , m_typeLabel(new QLabel(m_manualBox))
    , m_type(new QComboBox(m_manualBox))
    , m_hostLabel(new QLabel(m_manualBox))
    , m_host(new QLineEdit(m_manualBox))
    , m_hostError(new ErrorLabel(m_manualBox))
    , m_portLabel(new QLabel(m_manualBox))
    , m_port(new QSpinBox(m_manualBox))
    , m_userLabel(new QLabel(m_manualBox))
    , m_user(new QLineEdit(m_manualBox))
    , m_passwordLabel(new QLabel(m_manualBox))
    , m_password(new PasswordEdit(m_manualBox))
    , m_keychainNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("networkSettings"));
    m_intro->setWordWrap(true);
    m_pageError->setObjectName(QStringLiteral("pageError"));
    m_modes->addButton(m_system, int(ProxySettings::Mode::System));
    m_modes->addButton(m_none, int(ProxySettings::Mode::None));
    m_modes->addButton(m_manual, int(ProxySettings::Mode::Manual));
    m_type->addItem(QStringLiteral("SOCKS5"), int(ProxySettings::Type::Socks5));
    m_type->addItem(QStringLiteral("HTTP"), int(ProxySettings::Type::Http));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_hostError->setObjectName(QStringLiteral("proxyHostError"));
    m_port->setRange(1, 65535);
    m_port->setValue(1080);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_keychainNote->setWordWrap(true);
    for (auto [label, field] : { std::pair<QLabel*, QWidget*> { m_typeLabel, m_type },
                                 { m_hostLabel, m_host },
                                 { m_portLabel, m_port },
                                 { m_userLabel, m_user },
                                 { m_passwordLabel, m_password } })
        label->setBuddy(field);

    auto* form = new QFormLayout(m_manualBox);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_hostLabel, m_host);
    form->addRow(QString(), m_hostError);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_pageError);
    layout->addWidget(m_system);
    layout->addWidget(m_none);
    layout->addWidget(m_manual);
    layout->addWidget(m_manualBox);
    // Below the box, not in its form: a wrapped label in a form row can be given too little height.
    layout->addWidget(m_keychainNote);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_intro->setMinimumWidth(420);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateEnabled();
    });
    connect(m_host, &QLineEdit::textChanged, m_hostError, &ErrorLabel::clear);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NetworkSettingsDialog::reject);
    Retranslator::follow(this, [this] { retranslateUi(); });
    load(m_settings->proxy());
}

void NetworkSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Network Settings"));
    m_intro->setText(tr("How Account Manager reaches the account server. Where the service cannot be reached "
                        "directly, a proxy or VPN gets you there."));
    m_system->setText(tr("Use the &system's proxy settings"));
    m_none->setText(tr("&No proxy: connect directly"));
    m_manual->setText(tr("&Manual proxy:"));
    //: Label of the proxy kind: HTTP or SOCKS5
    m_typeLabel->setText(tr("&Type:"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_portLabel->setText(tr("P&ort:"));
    m_userLabel->setText(tr("&User name:"));
    //: Placeholder: the proxy may need no login
    m_user->setPlaceholderText(tr("Optional"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_keychainNote->setText(tr("The password is kept in the system's keychain, never in a settings file."));
    m_host->setAccessibleName(tr("Proxy host"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setAccessibleName(tr("Proxy password"));
    //: The button that saves the network settings and closes the dialog
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
}

QRadioButton* NetworkSettingsDialog::modeButton(ProxySettings::Mode mode) const
{
    return qobject_cast<QRadioButton*>(m_modes->button(int(mode)));
}

void NetworkSettingsDialog::load(const ProxySettings& proxy)
{
    modeButton(proxy.mode)->setChecked(true);
    m_type->setCurrentIndex(m_type->findData(int(proxy.type)));
    m_host->setText(proxy.host);
    if (proxy.port > 0)
        m_port->setValue(proxy.port);
    m_user->setText(proxy.user);
    updateEnabled();
    if (!proxy.needsPassword())
        return;
    // The stored password, shown masked, so that OK keeps it.
    m_keychain->readProxyPassword(proxy.host, proxy.port, this,
                                  [this](const QString& password, const ApiError&) {
                                      if (m_password->text().isEmpty())
                                          m_password->setText(password);
                                  });
}

void NetworkSettingsDialog::updateEnabled()
{
    m_manualBox->setEnabled(m_manual->isChecked() && !m_busy);
}

ProxySettings NetworkSettingsDialog::chosen() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_modes->checkedId());
    proxy.type = ProxySettings::Type(m_type->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    proxy.port = quint16(m_port->value());
    proxy.user = m_user->text().trimmed();
    return proxy;
}

void NetworkSettingsDialog::accept()
{
    if (m_busy)
        return;
    m_pageError->clear();
    const ProxySettings proxy = chosen();
    if (proxy.mode == ProxySettings::Mode::Manual && proxy.host.isEmpty()) {
        m_hostError->showMessage(tr("Enter the proxy's host name or address."));
        m_host->setFocus();
        return;
    }
    if (!proxy.needsPassword()) {
        finish(proxy);
        return;
    }
    m_busy = true;
    updateEnabled();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_keychain->writeProxyPassword(proxy.host, proxy.port, m_password->text(), this,
                                   [this, proxy](const ApiError& error) {
                                       m_busy = false;
                                       updateEnabled();
                                       m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                                       if (error) {
                                           m_pageError->showError(error);
                                           return;
                                       }
                                       finish(proxy);
                                   });
}

void NetworkSettingsDialog::finish(const ProxySettings& proxy)
{
    m_settings->setProxy(proxy);
    NetworkProxy::applyNow(proxy, m_api, m_password->text());
    emit applied(proxy);
    QDialog::accept();
}
