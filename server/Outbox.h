#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QString>

// Messages the server "sends" (captcha answers in test mode; later email and SMS codes), one JSON
// object per line, appended and flushed so a test or a developer can read them at once.
class Outbox
{
public:
    explicit Outbox(QString path);
    bool append(QJsonObject entry); // adds "time" when missing
    QString path() const { return m_path; }

private:
    QString m_path;
    QMutex m_mutex; // worker threads append too
};
