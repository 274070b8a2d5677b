// SPDX-License-Identifier: Apache-2.0
#include "RegistrationMessages.h"

#include "AccountMessages.h"
#include "JsonReader.h"
#include "JsonWriter.h"

#include <QRegularExpression>

const QStringList& contactKinds()
{
    static const QStringList kinds { QStringLiteral("email"), QStringLiteral("phone") };
    return kinds;
}

AM_JSON_FIELDS(StartRegistrationRequest)
{
    io.oneOf("method", method, contactKinds());
    // The method says which of the two is there; without a good method, neither is read.
    if (io.ok() && method == QLatin1String("email"))
        io.string("email", email, 254);
    else if (io.ok())
        io.string("phone", phone, 40);
    io.string("region", region, 2);
    io.optionalBoolean("marketingOptIn", marketingOptIn);
    io.object("captcha", captcha);
    io.optionalString("language", language, 35);
    // Any locale name is taken, as the account language it names: "en" for one the server does
    // not write (or none), so that a newer app in a language this server lacks still registers.
    if constexpr (Io::isReader) {
        static const QRegularExpression localeName(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"));
        if (!language.isEmpty() && !localeName.match(language).hasMatch())
            io.fail(ErrorCode::InvalidField, "language");
        const QString known = accountLanguageFor(language);
        language = known.isEmpty() ? QStringLiteral("en") : known;
    }
}

template<typename Io> void CodeChallenge::fields(Io& io, const char* idName)
{
    io.string(idName, id, 64);
    io.string("sentTo", sentTo, 254);
    io.string("channel", channel, 8);
    io.integer("resendAfter", resendAfter, 0, 86400);
    io.integer("expiresIn", expiresIn, 0, 86400);
    io.integer("codeLength", codeLength, 4, 8);
}
template void CodeChallenge::fields(JsonReader&, const char*);
template void CodeChallenge::fields(JsonWriter&, const char*);

QJsonObject CodeChallenge::toJson(const QString& idName) const
{
    return JsonWriter::write(*this, idName.toLatin1().constData());
}

CodeChallenge CodeChallenge::fromJson(const QJsonObject& json, ApiError* error, const char* idName)
{
    return JsonReader::read<CodeChallenge>(json, error, idName);
}

AM_JSON_FIELDS(ChallengeAnswer)
{
    io.string("challengeId", challengeId, 64);
    io.string("code", code, 16);
}

AM_JSON_FIELDS(VerifyCodeRequest)
{
    io.string("code", code, 16);
}

AM_JSON_FIELDS(CompleteRegistrationRequest)
{
    io.string("password", password, 1024);
    io.object("device", device);
    io.optionalString("deviceSecret", deviceSecret, 64);
}

AM_JSON_FIELDS(RegistrationStatus)
{
    io.string("registrationId", id, 64);
    io.boolean("verified", verified);
    io.string("sentTo", sentTo, 254);
    io.string("channel", channel, 8);
    io.integer("resendAfter", resendAfter, 0, 86400);
    io.integer("expiresIn", expiresIn, 0, 86400);
}
