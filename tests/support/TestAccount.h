// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// The account a test signs up with or adds: its logins and its passwords, written once a test
// instead of as loose constants, and taken as they are by TestServer::addAccount and
// TestAccountFlows::signIn.
//
//     const TestAccount kOlga { "olga@example.com", "+79161234567", "Olga2026pass", "Olga2027new" };
//     server.addAccount(kOlga);
//     flows.signIn(kOlga);
//     flows.signIn(kOlga.withEmail("olga.2@example.com")); // the same passwords, another account
struct TestAccount
{
    QString email; // empty when only a phone is bound
    QString phone; // E.164, empty when only an email is bound
    QString password;
    QString newPassword; // what a password change or a recovery sets
    QString region = QStringLiteral("RU");

    // What the account signs in with: its email, else its phone.
    QString login() const { return email.isEmpty() ? phone : email; }
    // Another account with the same passwords and region: the email given, no phone.
    TestAccount withEmail(const QString& otherEmail) const
    {
        return { otherEmail, {}, password, newPassword, region };
    }
    // Another account with the same passwords and region: the email and phone given.
    TestAccount withContacts(const QString& otherEmail, const QString& otherPhone) const
    {
        return { otherEmail, otherPhone, password, newPassword, region };
    }
};
