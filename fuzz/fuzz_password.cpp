// SPDX-License-Identifier: Apache-2.0
// PasswordPolicy and PasswordStrength: the password fields of every wizard run them on each keystroke,
// the server on every new password. The input is "password\0login".
#include "FuzzInput.h"
#include "PasswordPolicy.h"
#include "PasswordStrength.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = FuzzInput::bytes(data, size);
    const int split = raw.indexOf('\0');
    const QString password = QString::fromUtf8(split < 0 ? raw : raw.left(split));
    const QString login = split < 0 ? QString() : QString::fromUtf8(raw.mid(split + 1));

    const QList<PasswordPolicy::Problem> problems = PasswordPolicy::check(password, login);
    FuzzInput::require(problems.contains(PasswordPolicy::Problem::TooShort)
                       == (password.size() < PasswordPolicy::minimumLength()));
    FuzzInput::require(problems.contains(PasswordPolicy::Problem::TooLong)
                       == (password.size() > PasswordPolicy::maximumLength()));
    for (const PasswordPolicy::Problem problem : problems)
        FuzzInput::require(!PasswordPolicy::reasonName(problem).isEmpty());

    // zxcvbn works on the bytes of the password; the widgets cap the length, so does this.
    if (password.size() <= 2 * PasswordPolicy::maximumLength()) {
        const PasswordStrength strength = PasswordStrength::estimate(password, { login });
        FuzzInput::require(strength.score >= 0 && strength.score <= 4);
        FuzzInput::require(strength.bits >= 0);
    }
    return 0;
}
