// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class Session;

// Logs a Session's life under am.session without touching its code: state changes, sign-in and
// sign-out (account ID only), and failures with their code and request ID. Never a token or an
// address. attach() once per Session; the logger is its child and dies with it.
class SessionLogger : public QObject
{
    Q_OBJECT

public:
    static void attach(Session* session);

private:
    explicit SessionLogger(Session* session);
};
