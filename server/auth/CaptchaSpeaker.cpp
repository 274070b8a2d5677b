// SPDX-License-Identifier: Apache-2.0
#include "CaptchaSpeaker.h"

#include <QDataStream>
#include <QIODevice>
#include <QMutex>
#include <QMutexLocker>
#include <QVector>
#include <algorithm>
#include <espeak-ng/speak_lib.h>
#include <sodium.h>

namespace {
QMutex g_mutex;
int g_sampleRate = 0; // 0: not initialized yet; -1: eSpeak NG could not start
QVector<qint16>* g_samples = nullptr; // where the callback writes, set under g_mutex

int collect(short* samples, int count, espeak_EVENT*)
{
    if (samples && g_samples)
        g_samples->append(QVector<qint16>(samples, samples + count));
    return 0; // go on
}

int randomIn(int low, int high)
{
    return low + int(randombytes_uniform(uint32_t(high - low + 1)));
}

bool initialize()
{
    if (g_sampleRate == 0) {
        // Synchronous: espeak_Char returns once the samples are all handed to the callback, and
        // nothing is played on the server's own sound device.
        const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
        g_sampleRate = rate > 0 && espeak_SetVoiceByName("en") == EE_OK ? rate : -1;
        if (g_sampleRate > 0)
            espeak_SetSynthCallback(collect);
    }
    return g_sampleRate > 0;
}

void appendSilence(QVector<qint16>* samples, int milliseconds)
{
    samples->insert(samples->size(), qsizetype(g_sampleRate) * milliseconds / 1000, qint16(0));
}

QByteArray wavFile(const QVector<qint16>& samples, int sampleRate)
{
    const quint32 dataBytes = quint32(samples.size()) * 2;
    QByteArray wav;
    QDataStream out(&wav, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) /* PCM */ << quint16(1) /* mono */ << quint32(sampleRate)
        << quint32(sampleRate * 2) << quint16(2) /* block align */ << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (qint16 sample : samples)
        out << sample;
    return wav;
}
} // namespace

QByteArray CaptchaSpeaker::renderWav(const QString& text)
{
    QVector<qint16> samples;
    {
        QMutexLocker lock(&g_mutex);
        if (!initialize())
            return {};
        g_samples = &samples;
        appendSilence(&samples, randomIn(300, 600));
        for (const QChar character : text.toUpper()) {
            // Slow (the default is 175 words a minute) and a little different each time.
            espeak_SetParameter(espeakRATE, randomIn(115, 145), 0);
            espeak_SetParameter(espeakPITCH, randomIn(30, 70), 0);
            espeak_SetParameter(espeakRANGE, randomIn(30, 70), 0);
            espeak_Char(wchar_t(character.unicode()));
            appendSilence(&samples, randomIn(450, 800));
        }
        g_samples = nullptr;
    }
    // A faint hiss over all of it (about -40 dB), with the speech a little softer or louder.
    const double gain = randomIn(80, 100) / 100.0;
    for (qint16& sample : samples) {
        const int noise = randomIn(-300, 300);
        sample = qint16(std::clamp(int(sample * gain) + noise, -32768, 32767));
    }
    return wavFile(samples, g_sampleRate);
}
