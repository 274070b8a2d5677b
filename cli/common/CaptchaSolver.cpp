// SPDX-License-Identifier: Apache-2.0
#include "CaptchaSolver.h"

#include "CommandOption.h"
#include "OutputFormatter.h"
#include "PromptReader.h"
#include "api/AccountApi.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

CaptchaSolver::CaptchaSolver(CommandContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

CaptchaSolver::~CaptchaSolver()
{
    for (const QString& path : std::as_const(m_temporaryFiles))
        QFile::remove(path);
}

QString CaptchaSolver::savePicture(const QByteArray& png, QString* problem)
{
    // Read here, not when made: commands make their solver before the command line is parsed.
    const QString captchaFile = m_context->options->value(CommandOption::captchaFile().name);
    if (!captchaFile.isEmpty()) {
        QFile file(captchaFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(png) != png.size()) {
            *problem = QStringLiteral("Cannot write the captcha picture to %1: %2")
                           .arg(captchaFile, file.errorString());
            return {};
        }
        return captchaFile;
    }
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("account-ctl-captcha-XXXXXX.png")));
    file.setAutoRemove(false); // it must outlive this function: the person opens it in a viewer
    if (!file.open() || file.write(png) != png.size()) {
        *problem = QStringLiteral("Cannot write the captcha picture to the temp folder: %1")
                       .arg(file.errorString());
        return {};
    }
    m_temporaryFiles.append(file.fileName());
    return file.fileName();
}

bool CaptchaSolver::concerns(const ApiError& error)
{
    return error.code == ErrorCode::CaptchaRequired || error.code == ErrorCode::CaptchaWrong;
}

void CaptchaSolver::solve(const ApiError& reason, Callback callback)
{
    if (reason)
        m_context->output->note(reason);
    m_context->api->captcha(this, [this, callback](const CaptchaResponse& captcha, const ApiError& error) {
        if (error) {
            callback(std::nullopt, error);
            return;
        }
        QString problem;
        const QString path = savePicture(captcha.image, &problem);
        if (path.isEmpty()) {
            ApiError saveError(ErrorCode::Cancelled);
            saveError.detail = problem;
            callback(std::nullopt, saveError);
            return;
        }
        m_context->output->note(QStringLiteral("Captcha picture: %1").arg(path));
        m_context->prompt->ask(
            QStringLiteral("Type the characters from the picture (an empty line for a new picture):"),
            PromptReader::Echo::Visible,
            [this, callback, id = captcha.captchaId](const std::optional<QString>& line) {
                if (!line) {
                    callback(std::nullopt, ApiError(ErrorCode::Cancelled));
                    return;
                }
                if (line->trimmed().isEmpty()) {
                    solve({}, callback);
                    return;
                }
                callback(CaptchaAnswer { id, line->trimmed() }, {});
            });
    });
}
