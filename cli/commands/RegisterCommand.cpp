// SPDX-License-Identifier: Apache-2.0
#include "RegisterCommand.h"

#include "CodePrompt.h"
#include "OutputFormatter.h"
#include "protocol/AccountMessages.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QLocale>

bool RegisterCommand::readRequest()
{
    const bool byEmail = isSet(QStringLiteral("email"));
    const bool byPhone = isSet(QStringLiteral("phone"));
    if (byEmail == byPhone) {
        failUsage(QStringLiteral("register needs either --email or --phone (with --region)."));
        return false;
    }
    m_request.region = value(QStringLiteral("region")).toUpper();
    m_request.marketingOptIn = isSet(QStringLiteral("marketing"));
    // As the app sends its own language; a terminal has the system's.
    if (isSet(QStringLiteral("language"))) {
        m_request.language = value(QStringLiteral("language"));
        if (!accountLanguages().contains(m_request.language)) {
            failUsage(QStringLiteral("Unknown language \"%1\"; one of: %2.")
                          .arg(m_request.language, accountLanguages().join(QStringLiteral(", "))));
            return false;
        }
    } else {
        const QString system = accountLanguageFor(QLocale::system().name());
        m_request.language = system.isEmpty() ? QStringLiteral("en") : system;
    }
    if (byEmail) {
        m_request.method = QStringLiteral("email");
        m_request.email = EmailAddress::normalize(value(QStringLiteral("email")));
        if (m_request.email.isEmpty()) {
            failUsage(ErrorCatalog::userMessage(ErrorCode::EmailInvalid));
            return false;
        }
        if (m_request.region.isEmpty())
            m_request.region = PhoneNumbers::defaultRegion();
        return true;
    }
    m_request.method = QStringLiteral("phone");
    if (m_request.region.isEmpty()) {
        failUsage(QStringLiteral("--phone needs --region (RU, DE, …): the country the number belongs to."));
        return false;
    }
    m_request.phone = PhoneNumbers::toE164(value(QStringLiteral("phone")), m_request.region);
    if (m_request.phone.isEmpty()) {
        failUsage(ErrorCatalog::userMessage(ErrorCode::PhoneInvalid));
        return false;
    }
    return true;
}

void RegisterCommand::run(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        failUsage(QStringLiteral("register takes options only: --email E or --phone P --region RU."));
        return;
    }
    if (!readRequest())
        return;
    AccountApi* api = m_context->api;
    m_code = new CodePrompt(
        m_context,
        [this, api](const QString& code, CodePrompt::DoneCallback done) {
            api->verifyRegistration(m_registrationId, code, this, std::move(done));
        },
        [this, api](ChallengeCallback done) {
            api->resendRegistrationCode(m_registrationId, this, std::move(done));
        },
        this);
    // Starting a registration always takes a solved captcha.
    m_captcha->sendSolved<CodeChallenge>(
        &m_request.captcha, [this](auto done) { m_context->api->startRegistration(m_request, this, done); },
        orFail<CodeChallenge>([this](const CodeChallenge& challenge) {
            m_registrationId = challenge.id;
            m_code->run(challenge, orFail([this] { askPassword(); }));
        }));
}

void RegisterCommand::askPassword()
{
    const QString login = m_request.method == QLatin1String("email") ? m_request.email : m_request.phone;
    m_password->ask(login, answerOrFail<QString>([this](const QString& password) { complete(password); }));
}

void RegisterCommand::complete(const QString& password)
{
    m_context->session->readDeviceSecret(this, [this, password](const QString& secret) {
        // A weak password (the server's list may be newer than ours) is asked for again.
        m_context->api->completeRegistration(
            m_registrationId,
            CompleteRegistrationRequest { password, m_context->settings->thisDevice(), secret }, this,
            orAgain<TokenResponse>(
                ErrorCode::PasswordWeak, [this] { askPassword(); },
                [this](const TokenResponse& tokens) { keepSession(tokens); }));
    });
}

void RegisterCommand::keepSession(const TokenResponse& tokens)
{
    Session* session = m_context->session;
    connect(session, &Session::signedIn, this, [this](qint64 accountId) {
        m_context->output->line(QStringLiteral("Account created and signed in."));
        m_context->output->field(QStringLiteral("Account ID"), QStringLiteral("accountId"), accountId);
        finish(0);
    });
    connect(session, &Session::failed, this, [this, session](const ApiError& error) {
        if (session->isSignedIn())
            return; // a late profile failure; the account exists and is kept
        // The account exists; only this computer could not keep the session (keychain).
        m_context->output->note(
            QStringLiteral("The account was created, but this computer cannot stay signed in."));
        fail(error);
    });
    session->begin(tokens);
}
