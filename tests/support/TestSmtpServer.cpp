// SPDX-License-Identifier: Apache-2.0
#include "TestSmtpServer.h"

#include <QDir>
#include <QJsonDocument>

TestSmtpServer::TestSmtpServer() = default;

TestSmtpServer::~TestSmtpServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool TestSmtpServer::start(const QStringList& extraArgs)
{
    // Debian's interpreter: python3-aiosmtpd is installed for it, not for any python3 on PATH.
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments(QStringList { QStringLiteral(TEST_SOURCE_DIR "/tests/server/smtp_sink.py"),
                                         QStringLiteral("--dir"), m_dir.path() }
                           + extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray output;
    while (m_process.waitForReadyRead(15000) || m_process.canReadLine()) {
        output += m_process.readAllStandardOutput();
        if (output.startsWith("PORT ") && output.contains('\n')) {
            m_port = quint16(output.mid(5, output.indexOf('\n') - 5).toUInt());
            return m_port != 0;
        }
    }
    m_error
        = QStringLiteral("smtp_sink.py did not start (is python3-aiosmtpd installed? scripts/setup-deps): ")
        + QString::fromUtf8(output + m_process.readAllStandardError());
    return false;
}

QList<QJsonObject> TestSmtpServer::messages() const
{
    QList<QJsonObject> result;
    QDir dir(m_dir.path());
    QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.section('.', 0, 0).toInt() < b.section('.', 0, 0).toInt();
    });
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result << QJsonDocument::fromJson(file.readAll()).object();
    }
    return result;
}
