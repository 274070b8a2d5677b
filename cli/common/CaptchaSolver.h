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

    // Reads --captcha-file (CommandOption::captchaFile()) of the command line.
    explicit CaptchaSolver(CommandContext* context, QObject* parent = nullptr);
    ~CaptchaSolver() override;

    // Whether the server wants a (new) captcha solved: E-CAPTCHA-REQUIRED or E-CAPTCHA-WRONG.
    static bool concerns(const ApiError& error);
    // reason: why a captcha is needed now (E-CAPTCHA-REQUIRED, E-CAPTCHA-WRONG); printed if set.
    void solve(const ApiError& reason, Callback callback);

    // For a request that takes a solved captcha (the start of a registration or recovery): solves
    // one, sends the request with the answer, and solves a new one as long as the server refuses
    // it (a captcha is single use, right or wrong). done() gets the last answer, or the error that
    // ended the solving.
    template<typename T>
    void sendSolved(
        std::function<void(const CaptchaAnswer& answer, std::function<void(const T&, const ApiError&)> done)>
            request,
        std::function<void(const T&, const ApiError&)> done, const ApiError& reason = {})
    {
        solve(reason,
              [this, request, done](const std::optional<CaptchaAnswer>& answer, const ApiError& error) {
                  if (!answer) {
                      done(T(), error);
                      return;
                  }
                  request(*answer, [this, request, done](const T& value, const ApiError& error) {
                      if (concerns(error))
                          sendSolved<T>(request, done, error);
                      else
                          done(value, error);
                  });
              });
    }

private:
    QString savePicture(const QByteArray& png, QString* problem);

    CommandContext* m_context;
    QString m_captchaFile;
    QStringList m_temporaryFiles;
};
