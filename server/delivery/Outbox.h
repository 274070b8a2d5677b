// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <functional>

// Messages the server "sends" (captcha answers in test mode; codes and notices when no SMTP server or
// SMS gateway is configured), one JSON object per line, appended and flushed so a test or a developer
// can read them at once. It holds codes: readable by the server's user only (0600), and entries
// older than kKeepDays are pruned.
class Outbox
{
public:
    static constexpr int kKeepDays = 7;

    explicit Outbox(QString path);
    bool append(QJsonObject entry); // adds "time" when missing
    // Drops entries whose "time" is before `before` (ms since the epoch).
    void prune(qint64 before);
    // Drops every entry to one of these destinations except those with purpose `keepPurpose` (a
    // deleted account's codes and messages go; the notice of its deletion, already "sent", stays
    // until it is pruned).
    void erase(const QStringList& destinations, const QString& keepPurpose);
    QString path() const { return m_path; }

private:
    // Rewrites the file without the entries `drop` picks; one line at a time, in place of the file.
    void rewrite(const std::function<bool(const QJsonObject&)>& drop);

    QString m_path;
    QMutex m_mutex; // worker threads append too
};
