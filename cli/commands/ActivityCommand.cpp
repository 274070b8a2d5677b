// SPDX-License-Identifier: Apache-2.0
#include "ActivityCommand.h"

#include "OutputFormatter.h"
#include "protocol/ActivityMessages.h"
#include "session/Session.h"

#include <QUrlQuery>

bool ActivityCommand::readArguments(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return false;
    // The server's own reading of the query, so the two never disagree on what is valid: the
    // options are named as its query items.
    QUrlQuery query;
    for (const QString& name : { QStringLiteral("limit"), QStringLiteral("before") }) {
        if (isSet(name))
            query.addQueryItem(name, value(name).trimmed());
    }
    ApiError queryError;
    m_query = ActivityQuery::fromQuery(query.toString(QUrl::FullyEncoded), &queryError);
    if (queryError) {
        failUsage(queryError.field == QLatin1String("limit")
                      ? QStringLiteral("--limit takes a number from 1 to %1.").arg(ActivityQuery::kMaxLimit)
                      : QStringLiteral("--before takes an ISO 8601 time, e.g. 2026-01-31T12:00:00Z."));
        return false;
    }
    return true;
}

void ActivityCommand::start()
{
    m_context->session->activity(m_query.before, m_query.limit, this,
                                 orFail<ActivityPage>([this](const ActivityPage& page) { show(page); }));
}

void ActivityCommand::show(const ActivityPage& page)
{
    OutputFormatter* out = m_context->output;
    const QJsonObject json = page.toJson();
    out->set(QStringLiteral("events"), json.value(QStringLiteral("events")));
    out->set(QStringLiteral("next"), json.value(QStringLiteral("next")));
    if (page.events.isEmpty())
        out->line(QStringLiteral("No activity."));
    for (const ActivityEvent& event : page.events) {
        QString line = event.time.toUTC().toString(Qt::ISODate) + QStringLiteral("  ") + event.type;
        if (event.type == QLatin1String("sign-in-failed"))
            line += QStringLiteral(" (x%1)").arg(event.count);
        if (!event.device.isEmpty())
            line += QStringLiteral("  %1 (%2, %3)")
                        .arg(event.device.name, event.device.kind, event.device.platform);
        if (!event.address.isEmpty())
            line += QStringLiteral("  from ") + event.address;
        out->line(line);
    }
    if (page.next.isValid())
        out->note(
            QStringLiteral("More: activity --before %1").arg(page.next.toUTC().toString(Qt::ISODateWithMs)));
    finish(0);
}
