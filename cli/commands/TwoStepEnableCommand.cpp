// SPDX-License-Identifier: Apache-2.0
#include "TwoStepEnableCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "PromptReader.h"
#include "session/Session.h"

#include <QJsonArray>

TwoStepEnableCommand::TwoStepEnableCommand(CommandContext* context)
    : PasswordCommand(context, QStringLiteral("switch on two-step verification"))
{
}

QString TwoStepEnableCommand::groupsOfFour(const QString& secret)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups.append(secret.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

void TwoStepEnableCommand::withPassword(const QString& password)
{
    m_context->session->startTwoStep(password, this, orFail<TwoStepSetup>([this](const TwoStepSetup& setup) {
                                         m_setup = setup;
                                         showSetup();
                                         askCode();
                                     }));
}

void TwoStepEnableCommand::showSetup()
{
    OutputFormatter* out = m_context->output;
    // What the person must read before answering: stdout in text mode, stderr beside the prompt in
    // JSON mode (where stdout is the one object at the end).
    auto show = [out](const QString& text) {
        if (out->isJson())
            out->note(text);
        else
            out->line(text);
    };
    show(QStringLiteral("Add this key to your authenticator app (time-based, %1 digits, every %2 s):")
             .arg(m_setup.digits)
             .arg(m_setup.period));
    show(QStringLiteral("  Key: ") + groupsOfFour(m_setup.secret));
    show(QStringLiteral("  or the URI (what a QR code would hold): ") + m_setup.otpauthUri);
    out->set(QStringLiteral("secret"), m_setup.secret);
    out->set(QStringLiteral("otpauthUri"), m_setup.otpauthUri);
}

void TwoStepEnableCommand::askCode()
{
    m_context->prompt->ask(QStringLiteral("The %1-digit code the app shows now:").arg(m_setup.digits),
                           PromptReader::Echo::Visible, [this](const std::optional<QString>& line) {
                               if (!line) {
                                   fail(ApiError(ErrorCode::Cancelled));
                                   return;
                               }
                               const QString code = line->trimmed().remove(QLatin1Char(' '));
                               if (code.isEmpty()) {
                                   askCode();
                                   return;
                               }
                               // A wrong code: the app's clock, or a code typed as it changed; the
                               // next one.
                               m_context->session->confirmTwoStep(
                                   TwoStepConfirmRequest { m_setup.setupId, code }, this,
                                   orAgain<TwoStepBackupCodes>(
                                       ErrorCode::CodeWrong, [this] { askCode(); },
                                       [this](const TwoStepBackupCodes& codes) { showBackupCodes(codes); }));
                           });
}

void TwoStepEnableCommand::showBackupCodes(const TwoStepBackupCodes& codes)
{
    OutputFormatter* out = m_context->output;
    out->line(QStringLiteral("Two-step verification is on. Signing in, recovering the password and "
                             "deleting the account now also ask for a code from the app."));
    out->line(QStringLiteral("Backup codes, each good for one sign-in where the app is not at hand:"));
    for (const QString& code : codes.backupCodes)
        out->line(QStringLiteral("  ") + code);
    // On stderr in both modes: a warning, not a result.
    out->note(QStringLiteral("Keep the backup codes somewhere safe, away from this computer (printed, "
                             "or in a password manager): they are shown only this once."));
    out->set(QStringLiteral("twoStep"), true);
    out->set(QStringLiteral("accountId"), m_context->session->accountId());
    out->set(QStringLiteral("backupCodes"), QJsonArray::fromStringList(codes.backupCodes));
    m_setup = {};
    finish(ExitCode::Ok);
}
