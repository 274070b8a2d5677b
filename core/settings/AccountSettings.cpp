#include "AccountSettings.h"

#include <QSysInfo>
#include <QUuid>
#include <algorithm>

AccountSettings::AccountSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AccountSettings::AccountSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString AccountSettings::serverKey(const QUrl& server)
{
    // One group per server origin, readable for support staff: "servers/https_127.0.0.1_8443".
    // '/' and ':' would be taken as QSettings' group separator or escaped beyond recognition.
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("servers/%1_%2_%3").arg(server.scheme(), server.host()).arg(port);
}

QList<qint64> AccountSettings::accounts(const QUrl& server) const
{
    QList<qint64> result;
    const QStringList ids = m_settings->value(serverKey(server) + QStringLiteral("/accounts")).toStringList();
    for (const QString& id : ids) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value > 0)
            result.append(value);
    }
    return result;
}

void AccountSettings::addAccount(const QUrl& server, qint64 accountId)
{
    QStringList ids = m_settings->value(serverKey(server) + QStringLiteral("/accounts")).toStringList();
    const QString id = QString::number(accountId);
    if (!ids.contains(id))
        ids.append(id);
    m_settings->setValue(serverKey(server) + QStringLiteral("/accounts"), ids);
}

void AccountSettings::removeAccount(const QUrl& server, qint64 accountId)
{
    QStringList ids = m_settings->value(serverKey(server) + QStringLiteral("/accounts")).toStringList();
    ids.removeAll(QString::number(accountId));
    m_settings->setValue(serverKey(server) + QStringLiteral("/accounts"), ids);
    if (currentAccount(server) == accountId)
        m_settings->remove(serverKey(server) + QStringLiteral("/current"));
}

qint64 AccountSettings::currentAccount(const QUrl& server) const
{
    return m_settings->value(serverKey(server) + QStringLiteral("/current")).toLongLong();
}

void AccountSettings::setCurrentAccount(const QUrl& server, qint64 accountId)
{
    m_settings->setValue(serverKey(server) + QStringLiteral("/current"), QString::number(accountId));
}

QString AccountSettings::accountLabel(const QUrl& server, qint64 accountId) const
{
    return m_settings->value(QStringLiteral("%1/known/%2/label").arg(serverKey(server)).arg(accountId))
        .toString();
}

void AccountSettings::setAccountLabel(const QUrl& server, qint64 accountId, const QString& maskedLogin)
{
    m_settings->setValue(QStringLiteral("%1/known/%2/label").arg(serverKey(server)).arg(accountId),
                         maskedLogin);
}

QList<qint64> AccountSettings::knownAccounts(const QUrl& server) const
{
    m_settings->beginGroup(serverKey(server) + QStringLiteral("/known"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QList<qint64> result;
    for (const QString& group : groups) {
        bool ok = false;
        const qint64 id = group.toLongLong(&ok);
        if (ok && id > 0)
            result.append(id);
    }
    std::sort(result.begin(), result.end());
    return result;
}

void AccountSettings::forgetAccount(const QUrl& server, qint64 accountId)
{
    removeAccount(server, accountId);
    m_settings->remove(QStringLiteral("%1/known/%2").arg(serverKey(server)).arg(accountId));
}

DeviceInfo AccountSettings::thisDevice()
{
    QString id = m_settings->value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings->setValue(QStringLiteral("device/id"), id);
    }
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QStringLiteral("Computer");
    return DeviceInfo { id, name.left(100), QStringLiteral("computer"),
                        QSysInfo::prettyProductName().left(100) };
}

QString AccountSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AccountSettings::setLanguage(const QString& language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}
