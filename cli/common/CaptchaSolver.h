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
    // one, puts the answer in the request's captcha (*answer), sends it, and solves a new one as
    // long as the server refuses it (a captcha is single use, right or wrong). done() gets the
    // last answer, or the error that ended the solving.
    template<typename T> using Done = std::function<void(const T&, const ApiError&)>;
    template<typename T>
    void sendSolved(CaptchaAnswer* answer, std::function<void(Done<T> done)> send, Done<T> done,
                    const ApiError& reason = {})
    {
        solve(reason,
              [this, answer, send, done](const std::optional<CaptchaAnswer>& solved, const ApiError& error) {
                  if (!solved) {
                      done(T(), error);
                      return;
                  }
                  *answer = *solved;
                  send([this, answer, send, done](const T& value, const ApiError& error) {
                      if (concerns(error))
                          sendSolved<T>(answer, send, done, error);
                      else
                          done(value, error);
                  });
              });
    }

private:
    QString savePicture(const QByteArray& png, QString* problem);

    CommandContext* m_context;
    QStringList m_temporaryFiles;
};
