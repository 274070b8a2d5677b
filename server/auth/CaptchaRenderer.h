// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// Draws a captcha: 4 to 6 characters from an alphabet without look-alikes (no 0/O, 1/I/l), each
// rotated and shifted on its own, over noise lines. Needs a QGuiApplication for fonts.
class CaptchaRenderer
{
public:
    static QString randomText();
    static QByteArray renderPng(const QString& text);
};
