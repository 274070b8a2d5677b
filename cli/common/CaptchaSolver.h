// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"
#include "protocol/CaptchaMessages.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

// A captcha at the terminal: fetches one, saves the PNG (to --captcha-file, or a file in the temp
// folder), prints the path and asks for the characters. An empty answer fetches a new picture.
// Pictures saved in the temp folder are removed again when the command ends.
class CaptchaSolver : public QObject
{
    Q_OBJECT

public:
    // answer, or std::nullopt with the error (the captcha request failed, or stdin ended: E-CANCELLED).
    using Callback = std::function<void(const std::optional<CaptchaAnswer>& answer, const ApiError& error)>;

    CaptchaSolver(CommandContext* context, const QString& captchaFile, QObject* parent = nullptr);
    ~CaptchaSolver() override;

    // Whether the server wants a (new) captcha solved: E-CAPTCHA-REQUIRED or E-CAPTCHA-WRONG.
    static bool concerns(const ApiError& error);
    // reason: why a captcha is needed now (E-CAPTCHA-REQUIRED, E-CAPTCHA-WRONG); printed if set.
    void solve(const ApiError& reason, Callback callback);

private:
    QString savePicture(const QByteArray& png, QString* problem);

    CommandContext* m_context;
    QString m_captchaFile;
    QStringList m_temporaryFiles;
};
