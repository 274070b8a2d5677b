// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// The captcha's audio alternative: its characters spoken one by one in English by eSpeak NG
// (letters by name, the answer is compared without regard to case), slowly, each with its own
// pitch and speed, apart by pauses of random length, over a low hiss. Clear for a person, not a
// fixed waveform per character for a machine to match. A 16-bit mono PCM WAV file.
class CaptchaSpeaker
{
public:
    // Empty when eSpeak NG or its voice data cannot be loaded. Thread-safe: eSpeak NG is not, so
    // every call is serialized here.
    static QByteArray renderWav(const QString& text);
};
