// SPDX-License-Identifier: Apache-2.0
#include "ContactChangeCommand.h"

#include "CodePrompt.h"
#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

bool ContactChangeCommand::isPhone() const
{
    return m_context->command == QLatin1String("contact phone");
}

bool ContactChangeCommand::readAddress(const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
        failUsage(isPhone() ? QStringLiteral("contact phone needs the new number (+7… or national "
                                             "digits with --region).")
                            : QStringLiteral("contact email needs the new email address."));
        return false;
    }
    const QString input = arguments.first().trimmed();
    if (!isPhone()) {
        m_address = EmailAddress::normalize(input);
        if (m_address.isEmpty()) {
            failUsage(ErrorCatalog::userMessage(ErrorCode::EmailInvalid));
            return false;
        }
        return true;
    }
    m_region = value(QStringLiteral("region")).trimmed().toUpper();
    if (m_region.isEmpty() && !input.startsWith(QLatin1Char('+'))) {
        failUsage(QStringLiteral("A national number needs --region (RU, DE, …): the country it belongs to."));
        return false;
    }
    m_address = PhoneNumbers::toE164(input, m_region.isEmpty() ? QStringLiteral("ZZ") : m_region);
    if (m_address.isEmpty()) {
        failUsage(ErrorCatalog::userMessage(ErrorCode::PhoneInvalid));
        return false;
    }
    if (m_region.isEmpty())
        m_region = PhoneNumbers::regionOf(m_address); // the server reads the number with it
    return true;
}

bool ContactChangeCommand::readArguments(const QStringList& arguments)
{
    if (!readAddress(arguments))
        return false;
    setPurpose(QStringLiteral("set ")
               + (isPhone() ? PhoneNumbers::mask(m_address) : EmailAddress::mask(m_address)));
    Session* session = m_context->session;
    m_code = new CodePrompt(
        m_context, [this](const QString& code, CodePrompt::DoneCallback done) { confirm(code, done); },
        [this, session](ChallengeCallback done) {
            session->resendAccountChallenge(m_challengeId, this, std::move(done));
        },
        this);
    return true;
}

void ContactChangeCommand::withPassword(const QString& password)
{
    auto started = orFail<CodeChallenge>([this](const CodeChallenge& challenge) {
        m_challengeId = challenge.id;
        m_code->run(challenge, orFail([this] { changed(); }));
    });
    Session* session = m_context->session;
    if (isPhone())
        session->startPhoneChange(ChangePhoneRequest { m_address, m_region, password }, this, started);
    else
        session->startEmailChange(ChangeEmailRequest { m_address, password }, this, started);
}

void ContactChangeCommand::confirm(const QString& code, std::function<void(const ApiError&)> done)
{
    auto confirmed = [this, done](const AccountProfile& profile, const ApiError& error) {
        if (!error)
            m_profile = profile;
        done(error);
    };
    const ConfirmContactRequest request { m_challengeId, code };
    if (isPhone())
        m_context->session->confirmPhoneChange(request, this, confirmed);
    else
        m_context->session->confirmEmailChange(request, this, confirmed);
}

void ContactChangeCommand::changed()
{
    // The app's label for the account follows the new address.
    m_context->session->adoptProfile(m_profile);
    OutputFormatter* out = m_context->output;
    out->line(isPhone() ? QStringLiteral("Phone number saved; it signs in from now on.")
                        : QStringLiteral("Email address saved; it signs in from now on."));
    out->set(QStringLiteral("changed"), isPhone() ? QStringLiteral("phone") : QStringLiteral("email"));
    out->accountProfile(m_profile);
    finish(ExitCode::Ok);
}
